// How the server's allocator (mimalloc) holds freed memory while it serves. A no-op when the
// build has no mimalloc (the sanitizer builds).
#pragma once

namespace vitalis::server::cli
{

// Keeps freed pages for 2 s before giving them back to the system, unless the operator set
// MIMALLOC_DECOMMIT_DELAY: see the comment in the .cpp for why.
void tuneAllocatorForServing();

} // namespace vitalis::server::cli
