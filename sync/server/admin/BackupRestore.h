// Puts a checked backup in place of the embedded SQLite database while the server is stopped.
// The database it replaces (with its WAL) is renamed and kept beside it, never deleted.
#pragma once

#include "sync/server/admin/Backup.h"
#include "sync/server/db/DatabaseUrl.h"

namespace vitalis::server
{

struct RestoreResult {
    BackupInfo backup;
    QString keptAs; // where the replaced database went; empty when there was none
};

class BackupRestore
{
public:
    // Throws std::invalid_argument (PostgreSQL target, missing --from) or std::runtime_error
    // naming the file; on failure the current database is where it was.
    static RestoreResult restore(const DatabaseUrl& target, const QString& backupFile,
                                 const QString& stamp);
};

} // namespace vitalis::server
