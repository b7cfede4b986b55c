#include "sync/server/cli/BackupCommands.h"

#include "sync/server/admin/Backup.h"
#include "sync/server/admin/BackupRestore.h"
#include "sync/server/cli/CommandDatabase.h"
#include "sync/server/cli/CommandOutput.h"

namespace vitalis::server::cli
{

int BackupCommands::backup(const QString& file)
{
    Db db(dbSettings(config_), QStringLiteral("vitalis-backup"));
    const BackupInfo b = Backup::write(db, file);
    say(QStringLiteral("backup written to %1: %2 bytes, schema v%3, %4 records, change log at %5")
            .arg(b.file)
            .arg(b.bytes)
            .arg(b.schemaVersion)
            .arg(b.records)
            .arg(b.changeLogSeq));
    return 0;
}

int BackupCommands::restore(const QString& file, const QString& stamp)
{
    const RestoreResult r = BackupRestore::restore(dbSettings(config_).url, file, stamp);
    say(QStringLiteral("restored %1 (%2 records, change log at %3)%4; start the server; devices "
                       "that are ahead re-send their work on their next sync")
            .arg(file)
            .arg(r.backup.records)
            .arg(r.backup.changeLogSeq)
            .arg(r.keptAs.isEmpty()
                     ? QString()
                     : QStringLiteral("; the replaced database is kept as ") + r.keptAs));
    return 0;
}

} // namespace vitalis::server::cli
