// Trims the change log: rows older than the retention period go, except the newest row. A
// device whose cursor points into the removed part gets "reset required: log_compacted".
#pragma once

#include "sync/server/db/Db.h"

#include <cstdint>

namespace vitalis::server
{

struct CompactionResult {
    std::int64_t removedRows = 0;
    std::int64_t floor = 0; // cursors at or below this sequence can no longer be served
};

class LogCompactor
{
public:
    static CompactionResult compact(Db& db, std::int64_t olderThanMillis);
};

} // namespace vitalis::server
