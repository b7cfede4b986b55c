#include "sync/server/admin/Backup.h"

#include "sync/server/db/Migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <stdexcept>

namespace vitalis::server
{

namespace
{

std::string s(const QString& q)
{
    return q.toStdString();
}

QString sqlString(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// A read-only connection of its own, removed again when it goes out of scope.
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(const QString& file)
        : name_(QStringLiteral("vitalis-backup-check-") +
                QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            throw std::runtime_error(s(file) + ": cannot open: " + s(db.lastError().text()));
    }
    ~ReadOnlyFile()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name_, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name_);
    }
    ReadOnlyFile(const ReadOnlyFile&) = delete;
    ReadOnlyFile& operator=(const ReadOnlyFile&) = delete;

    // The first column of the first row; throws naming the file when the query fails.
    QVariant scalar(const QString& sql, const QString& file) const
    {
        QSqlQuery q(QSqlDatabase::database(name_, false));
        if (!q.exec(sql) || !q.next())
            throw std::runtime_error(s(file) + ": not a Vitalis server database (" +
                                     s(q.lastError().text()) + ")");
        return q.value(0);
    }

private:
    QString name_;
};

} // namespace

BackupInfo Backup::write(Db& db, const QString& outFile)
{
    if (db.isPostgres())
        throw std::invalid_argument(
            "backup: this server's database is PostgreSQL; back it up with pg_dump "
            "--format=custom and restore with pg_restore (docs/admin-guide.md, \"Backups\")");
    if (outFile.isEmpty())
        throw std::invalid_argument("backup: --out FILE is required");
    if (QFileInfo::exists(outFile))
        throw std::invalid_argument("backup: " + s(outFile) +
                                    " already exists; choose a new file name (a backup never "
                                    "overwrites another)");
    const QString partial = outFile + QStringLiteral(".partial");
    QFile::remove(partial);
    try {
        // VACUUM INTO copies one read transaction's view: the server's writers are not blocked
        // (WAL) and no half-committed push can appear in the copy.
        db.executeRaw(QStringLiteral("VACUUM INTO %1").arg(sqlString(partial)));
        verify(partial);
    } catch (const std::exception& e) {
        QFile::remove(partial);
        throw std::runtime_error("backup to " + s(outFile) + " failed: " + e.what());
    }
    if (!QFile::rename(partial, outFile)) {
        QFile::remove(partial);
        throw std::runtime_error("backup: cannot rename " + s(partial) + " to " + s(outFile));
    }
    return verify(outFile);
}

BackupInfo Backup::verify(const QString& file)
{
    if (!QFileInfo(file).isFile())
        throw std::runtime_error(s(file) + ": no such file");
    BackupInfo info;
    info.file = file;
    info.bytes = QFileInfo(file).size();
    ReadOnlyFile db(file);
    const QString integrity = db.scalar(QStringLiteral("PRAGMA integrity_check"), file).toString();
    if (integrity != QStringLiteral("ok"))
        throw std::runtime_error(s(file) + ": damaged (integrity check: " + s(integrity) + ")");
    info.schemaVersion =
        db.scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations"), file).toInt();
    if (info.schemaVersion < 1 || info.schemaVersion > Migrations::latestVersion())
        throw std::runtime_error(s(file) + ": schema version " +
                                 std::to_string(info.schemaVersion) + " is not one this build (" +
                                 std::to_string(Migrations::latestVersion()) + ") can serve");
    info.records = db.scalar(QStringLiteral("SELECT COUNT(*) FROM records"), file).toLongLong();
    info.changeLogSeq =
        db.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log"), file)
            .toLongLong();
    return info;
}

} // namespace vitalis::server
