// The server schema as numbered migrations, one set for SQLite and PostgreSQL alike
// (portable types only: TEXT, INTEGER, BIGINT; JSON kept as TEXT).
#pragma once

#include "sync/server/db/Db.h"

#include <QString>
#include <functional>

namespace vitalis::server
{

class Migrations
{
public:
    static int latestVersion();
    // Applies every missing migration in one transaction, serialised against other server
    // processes starting at the same time. Returns the number applied. Refuses a database
    // newer than this binary.
    static int apply(Db& db, std::int64_t nowMillis, const std::function<QString()>& newId);
    static int currentVersion(Db& db); // 0 for an empty database
    // Inside a write transaction: waits for any other process migrating or seeding the same
    // PostgreSQL database (SQLite's write lock already serialises them).
    static void lockSchema(Db& db);
};

} // namespace vitalis::server
