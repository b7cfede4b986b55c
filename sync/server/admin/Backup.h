// Online backup of the embedded SQLite database: one consistent snapshot (VACUUM INTO, inside a
// read transaction) taken while the server keeps serving, written beside the target and renamed
// only once it is complete and checked. PostgreSQL is backed up with pg_dump instead.
#pragma once

#include "sync/server/db/Db.h"

#include <QString>

namespace vitalis::server
{

struct BackupInfo {
    QString file;
    qint64 bytes = 0;
    int schemaVersion = 0;
    qint64 records = 0;
    qint64 changeLogSeq = 0; // newest change-log sequence in the snapshot
};

class Backup
{
public:
    // Writes a snapshot of `db` to `outFile`, which must not exist yet. Throws
    // std::invalid_argument (PostgreSQL, existing target) or std::runtime_error naming the file.
    static BackupInfo write(Db& db, const QString& outFile);
    // Opens `file` read-only and checks that it is a complete Vitalis database: SQLite's
    // integrity check and a schema this build knows. Throws std::runtime_error saying why not.
    static BackupInfo verify(const QString& file);
};

} // namespace vitalis::server
