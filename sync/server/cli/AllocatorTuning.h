// How the server's memory is handed out while it serves: mimalloc's freed pages (none in the
// sanitizer builds, which have no mimalloc) and SQLite's allocation counters.
#pragma once

namespace vitalis::server::cli
{

// Keeps freed pages for 2 s before giving them back to the system, unless the operator set
// MIMALLOC_DECOMMIT_DELAY, and turns SQLite's allocation counters off: see the .cpp for why.
// Call it before the first database connection.
void tuneAllocatorForServing();

} // namespace vitalis::server::cli
