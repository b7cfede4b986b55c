#include "sync/server/cli/BackupCommands.h"

#include "sync/server/admin/Backup.h"
#include "sync/server/admin/BackupRestore.h"
#include "sync/server/cli/CommandDatabase.h"
#include "sync/server/cli/CommandOutput.h"

#include <stdexcept>

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

namespace
{
QString numbersText(const CarryForwardResult& n)
{
    if (n.lostAccepted)
        return QStringLiteral("; registration counters and number blocks NOT carried forward "
                              "(--accept-lost-number-blocks): numbers devices hold from later "
                              "blocks are voided when they sync");
    return QStringLiteral("; %1 registration counter(s) and %2 number block(s) carried forward")
        .arg(n.counters)
        .arg(n.blocks);
}
} // namespace

int BackupCommands::restore(const QString& file, const QString& stamp, bool acceptLostNumberBlocks)
{
    const RestoreResult r = BackupRestore::restore(
        dbSettings(config_).url, file, stamp, acceptLostNumberBlocks, SystemClock().nowMillis());
    say(QStringLiteral("restored %1 (%2 records, change log at %3)%4%5; start the server; "
                       "devices that are ahead re-send their work on their next sync")
            .arg(file)
            .arg(r.backup.records)
            .arg(r.backup.changeLogSeq)
            .arg(r.keptAs.isEmpty()
                     ? QString()
                     : QStringLiteral("; the replaced database is kept as ") + r.keptAs)
            .arg(numbersText(r.numbers)));
    return 0;
}

int BackupCommands::carryNumbers(const QString& fromUrl, bool acceptLostNumberBlocks)
{
    if (fromUrl.isEmpty() && !acceptLostNumberBlocks)
        throw std::invalid_argument("carry-numbers: --from-database URL (the database being "
                                    "replaced) is required");
    SystemClock clock;
    auto restored = openAndMigrate(dbSettings(config_), clock);
    CarryForwardResult r;
    r.lostAccepted = true; // no replaced database named, and the loss accepted
    if (!fromUrl.isEmpty()) {
        DbSettings replaced;
        replaced.url = DatabaseUrl::parse(fromUrl);
        r = NumberCarryForward::fromDatabase(replaced, *restored, acceptLostNumberBlocks);
    }
    say(QStringLiteral("carry-numbers into %1%2")
            .arg(dbSettings(config_).url.redacted())
            .arg(numbersText(r)));
    return 0;
}

} // namespace vitalis::server::cli
