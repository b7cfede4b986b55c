// A restored database must never reserve or issue again a registration number that the
// database it replaces had already handed out: its counters become max(replaced, restored) per
// office and year, and the replaced database's number blocks are added to it.
#pragma once

#include "sync/server/db/Db.h"

#include <QString>

namespace vitalis::server
{

struct CarryForwardResult {
    int counters = 0;          // counters the replaced database had
    int blocks = 0;            // blocks added to the restored database
    bool lostAccepted = false; // nothing carried: the admin accepted losing the replaced state
};

class NumberCarryForward
{
public:
    // `replaced` is read only; `restored` must be migrated. One transaction on `restored`.
    static CarryForwardResult apply(Db& replaced, Db& restored);
    // Opens the replaced database (an SQLite file that must exist, or a PostgreSQL URL) and
    // carries forward into `restored`. When it cannot be read and `acceptLoss` is false,
    // throws std::runtime_error saying what is at stake and which flag accepts it.
    static CarryForwardResult fromDatabase(const DbSettings& replaced, Db& restored,
                                           bool acceptLoss);
};

} // namespace vitalis::server
