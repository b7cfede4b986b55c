#include "sync/server/admin/BackupRestore.h"

#include "sync/server/auth/Secrets.h"
#include "sync/server/db/Migrations.h"

#include <QFile>
#include <QFileInfo>
#include <stdexcept>

namespace vitalis::server
{

namespace
{
// The backup, migrated, with the numbers of the database it replaces carried forward: a
// restored server never reserves or issues again a number it had already handed out.
CarryForwardResult prepare(const QString& incoming, const DatabaseUrl& target, bool acceptLoss,
                           std::int64_t now)
{
    DbSettings restoredSettings;
    restoredSettings.url = DatabaseUrl::sqliteFile(incoming);
    DbSettings replacedSettings;
    replacedSettings.url = target;
    Db restored(restoredSettings, QStringLiteral("vitalis-restoring"));
    Migrations::apply(restored, now, [] { return QString::fromStdString(randomToken(9)); });
    return NumberCarryForward::fromDatabase(replacedSettings, restored, acceptLoss);
}
} // namespace

RestoreResult BackupRestore::restore(const DatabaseUrl& target, const QString& backupFile,
                                     const QString& stamp, bool acceptLostNumberBlocks,
                                     std::int64_t nowMillis)
{
    if (target.dialect != Dialect::Sqlite)
        throw std::invalid_argument(
            "restore: this server's database is PostgreSQL; restore it with pg_restore "
            "(docs/admin-guide.md, \"Backups\")");
    if (backupFile.isEmpty())
        throw std::invalid_argument("restore: --from FILE is required");
    RestoreResult result;
    result.backup = Backup::verify(backupFile);

    const QString db = target.path;
    const QString incoming = db + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupFile, incoming))
        throw std::runtime_error("restore: cannot copy " + backupFile.toStdString() + " to " +
                                 incoming.toStdString());
    try {
        result.numbers = prepare(incoming, target, acceptLostNumberBlocks, nowMillis);
    } catch (const std::exception& e) {
        QFile::remove(incoming);
        throw std::runtime_error(std::string("restore: ") + e.what() + " Nothing was changed.");
    }
    if (QFileInfo::exists(db)) {
        result.keptAs = db + QStringLiteral(".before-restore-") + stamp;
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFileInfo::exists(db + suffix) &&
                !QFile::rename(db + suffix, result.keptAs + suffix)) {
                QFile::remove(incoming);
                throw std::runtime_error("restore: cannot move " + (db + suffix).toStdString() +
                                         " aside; nothing was changed");
            }
    }
    if (!QFile::rename(incoming, db))
        throw std::runtime_error("restore: cannot rename " + incoming.toStdString() + " to " +
                                 db.toStdString() + "; the old database is at " +
                                 result.keptAs.toStdString());
    QFile(db).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return result;
}

} // namespace vitalis::server
