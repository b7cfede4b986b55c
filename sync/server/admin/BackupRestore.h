// Puts a checked backup in place of the embedded SQLite database while the server is stopped.
// The database it replaces (with its WAL) is renamed and kept beside it, never deleted.
#pragma once

#include "sync/server/admin/Backup.h"
#include "sync/server/admin/NumberCarryForward.h"
#include "sync/server/db/DatabaseUrl.h"

namespace vitalis::server
{

struct RestoreResult {
    BackupInfo backup;
    QString keptAs;             // where the replaced database went; empty when there was none
    CarryForwardResult numbers; // registration counters and blocks carried forward
};

class BackupRestore
{
public:
    // Throws std::invalid_argument (PostgreSQL target, missing --from) or std::runtime_error
    // naming the file; on failure the current database is where it was. The restored copy is
    // migrated and gets the registration counters and number blocks of the database it
    // replaces (NumberCarryForward): refused when those cannot be read, unless
    // `acceptLostNumberBlocks`.
    static RestoreResult restore(const DatabaseUrl& target, const QString& backupFile,
                                 const QString& stamp, bool acceptLostNumberBlocks,
                                 std::int64_t nowMillis);
};

} // namespace vitalis::server
