#include "sync/server/cli/AllocatorTuning.h"

#include <cstdlib>
#include <sqlite3.h>

#ifdef VITALIS_MIMALLOC
#include <mimalloc.h>
#endif

namespace vitalis::server::cli
{

void tuneAllocatorForServing()
{
#ifdef VITALIS_MIMALLOC
    // Each push request's parse and each op's writes free megabytes that the next request, a
    // few hundred milliseconds later, needs again. With mimalloc's default 25 ms those pages
    // went back to the kernel between requests and came back as page faults: a quarter of the
    // server's push samples were mimalloc filling fresh pages and the kernel faulting them in.
    // An idle server still returns its memory, 2 s later (docs/performance.md).
    if (std::getenv("MIMALLOC_DECOMMIT_DELAY") == nullptr &&
        std::getenv("MIMALLOC_RESET_DELAY") == nullptr)
        mi_option_set(mi_option_decommit_delay, 2000);
#endif
    // SQLite counts every allocation for sqlite3_status() under one process-wide mutex unless
    // told not to before its first connection; the server never reads those counters, and its
    // request threads and writer allocate through SQLite at once. Refused (SQLITE_MISUSE, no
    // harm) if a connection was opened already.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

} // namespace vitalis::server::cli
