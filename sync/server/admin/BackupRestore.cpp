#include "sync/server/admin/BackupRestore.h"

#include <QFile>
#include <QFileInfo>
#include <stdexcept>

namespace vitalis::server
{

RestoreResult BackupRestore::restore(const DatabaseUrl& target, const QString& backupFile,
                                     const QString& stamp)
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
