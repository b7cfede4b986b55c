#include "tests/support/TestDatabase.h"

#include "sync/server/db/DatabaseUrl.h"
#include "sync/server/db/Db.h"
#include "tests/support/SeedFile.h"
#include "tests/support/ServerProcess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <atomic>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace vitalis::test
{

namespace
{

// Qt Sql (the PostgreSQL admin connection) needs an application object. Tests with widgets
// create their QApplication before this environment runs (see tests/e2e/GuiOfficeDayTest.cpp).
class Environment : public ::testing::Environment
{
public:
    void SetUp() override
    {
        static int argc = 1;
        static char arg0[] = "vitalis-server-tests";
        static char* argv[] = {arg0, nullptr};
        if (!QCoreApplication::instance())
            app_ = std::make_unique<QCoreApplication>(argc, argv);
    }
    // Before exit(): Qt's own globals are gone by the time gtest deletes environments.
    void TearDown() override { app_.reset(); }

private:
    std::unique_ptr<QCoreApplication> app_;
};
[[maybe_unused]] ::testing::Environment* const kEnvironment =
    ::testing::AddGlobalTestEnvironment(new Environment);

// Serialises template creation between the test processes ctest runs in parallel.
class FileLock
{
public:
    explicit FileLock(const QString& path)
    {
        fd_ = ::open(path.toLocal8Bit().constData(), O_CREAT | O_RDWR, 0600);
        if (fd_ >= 0)
            ::flock(fd_, LOCK_EX);
    }
    ~FileLock()
    {
        if (fd_ >= 0) {
            ::flock(fd_, LOCK_UN);
            ::close(fd_);
        }
    }

private:
    int fd_ = -1;
};

QString templateDir()
{
    const QString dir = QDir::tempPath() + QStringLiteral("/vitalis-server-tests");
    QDir().mkpath(dir);
    return dir;
}

std::string withDatabase(const std::string& url, const std::string& db)
{
    const auto slash = url.rfind('/');
    const auto query = url.find('?', slash);
    return url.substr(0, slash + 1) + db + (query == std::string::npos ? "" : url.substr(query));
}

server::DbSettings adminSettings()
{
    server::DbSettings s;
    s.url = server::DatabaseUrl::parse(QString::fromStdString(postgresAdminUrl()));
    return s;
}

bool pgDatabaseExists(server::Db& db, const std::string& name)
{
    return db.scalarInt(QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE datname = ?"),
                        {QString::fromStdString(name)})
               .value_or(0) > 0;
}

void seedInto(Seed seed, const std::string& url)
{
    std::string out;
    const int rc =
        runServerCommand({QStringLiteral("seed"), QString::fromStdString(seedFile(seed).string()),
                          QStringLiteral("--database"), QString::fromStdString(url)},
                         &out);
    if (rc != 0)
        throw std::runtime_error("seeding the template failed: " + out);
}

std::string sqliteTemplate(Seed seed)
{
    const QString path = templateDir() + QStringLiteral("/template-") +
                         QString::fromStdString(seedKey(seed)) + QStringLiteral(".db");
    FileLock lock(path + QStringLiteral(".lock"));
    if (!QFileInfo::exists(path)) {
        // Templates of older server builds: nobody will use them again.
        const auto stale = QDir(templateDir()).entryInfoList({QStringLiteral("template-*.db")});
        for (const QFileInfo& f : stale)
            if (f.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
                QFile::remove(f.absoluteFilePath());
        const QString building = path + QStringLiteral(".building");
        QFile::remove(building);
        QFile::remove(building + QStringLiteral("-wal"));
        QFile::remove(building + QStringLiteral("-shm"));
        seedInto(seed, "sqlite:" + building.toStdString());
        QFile::rename(building, path);
        QFile::remove(building + QStringLiteral("-wal"));
        QFile::remove(building + QStringLiteral("-shm"));
    }
    return path.toStdString();
}

std::string pgTemplate(server::Db& admin, Seed seed)
{
    const std::string name = "vt_tmpl_" + seedKey(seed);
    FileLock lock(templateDir() + QStringLiteral("/pg-") + QString::fromStdString(name) +
                  QStringLiteral(".lock"));
    if (!pgDatabaseExists(admin, name)) {
        const std::string building = name + "_b";
        admin.executeRaw(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                             .arg(QString::fromStdString(building)));
        admin.executeRaw(
            QStringLiteral("CREATE DATABASE %1").arg(QString::fromStdString(building)));
        seedInto(seed, withDatabase(postgresAdminUrl(), building));
        admin.executeRaw(QStringLiteral("ALTER DATABASE %1 RENAME TO %2")
                             .arg(QString::fromStdString(building), QString::fromStdString(name)));
    }
    return name;
}

std::atomic<int> dbCounter{0};

std::string pgName(const std::string& suffix)
{
    return "t_" + std::to_string(::getpid()) + "_" + std::to_string(dbCounter++) + suffix;
}

} // namespace

std::string backendName(Backend b)
{
    return b == Backend::Sqlite ? "SQLite" : "PostgreSQL";
}

std::string postgresAdminUrl()
{
    const char* url = std::getenv("VITALIS_TEST_PG_URL");
    if (!url || !*url)
        throw std::runtime_error("VITALIS_TEST_PG_URL is not set: run the suite through "
                                 "tests/tools/with-test-services (it starts PostgreSQL)");
    return url;
}

TestDatabase::TestDatabase(Backend backend, Seed seed) : backend_(backend)
{
    if (backend == Backend::Sqlite) {
        const std::string tmpl = sqliteTemplate(seed);
        dir_ = std::make_unique<QTemporaryDir>();
        const QString path = dir_->filePath(QStringLiteral("server.db"));
        if (!QFile::copy(QString::fromStdString(tmpl), path))
            throw std::runtime_error("cannot copy the SQLite template");
        QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        url_ = "sqlite:" + path.toStdString();
        return;
    }
    server::Db admin(adminSettings(), QStringLiteral("test-admin-%1").arg(dbCounter++));
    const std::string tmpl = pgTemplate(admin, seed);
    pgNames_.push_back(pgName(""));
    const std::string& name = pgNames_.front();
    for (int attempt = 0;; ++attempt) {
        try {
            admin.executeRaw(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2")
                                 .arg(QString::fromStdString(name), QString::fromStdString(tmpl)));
            break;
        } catch (const server::DbError&) {
            // Another process is copying the same template right now.
            if (attempt > 50)
                throw;
            QThread::msleep(100);
        }
    }
    url_ = withDatabase(postgresAdminUrl(), name);
}

TestDatabase::~TestDatabase()
{
    if (pgNames_.empty())
        return;
    try {
        server::Db admin(adminSettings(), QStringLiteral("test-admin-%1").arg(dbCounter++));
        for (const std::string& name : {pgNames_.front() + "_bak"})
            admin.executeRaw(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                 .arg(QString::fromStdString(name)));
        for (const std::string& name : pgNames_)
            admin.executeRaw(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                 .arg(QString::fromStdString(name)));
    } catch (const std::exception&) {
        // The cluster is thrown away after the run anyway.
    }
}

std::string TestDatabase::createEmptyDatabase(const std::string& suffix)
{
    if (backend_ == Backend::Sqlite)
        return "sqlite:" + dir_->filePath(QStringLiteral("server-%1.db"))
                               .arg(QString::fromStdString(suffix))
                               .toStdString();
    server::Db admin(adminSettings(), QStringLiteral("test-admin-%1").arg(dbCounter++));
    const std::string name = pgName("_" + suffix);
    admin.executeRaw(QStringLiteral("CREATE DATABASE %1").arg(QString::fromStdString(name)));
    pgNames_.push_back(name);
    return withDatabase(postgresAdminUrl(), name);
}

std::string TestDatabase::sqlitePath() const
{
    return url_.substr(7);
}

void TestDatabase::backup()
{
    if (backend_ == Backend::Sqlite) {
        // A cold copy of an SQLite database in WAL mode is the file and its -wal (the last
        // commits may still be only in the log).
        backupDir_ = std::make_unique<QTemporaryDir>();
        const QString path = QString::fromStdString(sqlitePath());
        for (const QString& suffix : {QString(), QStringLiteral("-wal")})
            if (QFileInfo::exists(path + suffix) &&
                !QFile::copy(path + suffix,
                             backupDir_->filePath(QStringLiteral("backup.db")) + suffix))
                throw std::runtime_error("backup copy failed");
        return;
    }
    server::Db admin(adminSettings(), QStringLiteral("test-admin-%1").arg(dbCounter++));
    admin.executeRaw(QStringLiteral("DROP DATABASE IF EXISTS %1_bak")
                         .arg(QString::fromStdString(pgNames_.front())));
    admin.executeRaw(QStringLiteral("CREATE DATABASE %1_bak TEMPLATE %1")
                         .arg(QString::fromStdString(pgNames_.front())));
}

void TestDatabase::restore()
{
    if (backend_ == Backend::Sqlite) {
        const QString path = QString::fromStdString(sqlitePath());
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            const QString from = backupDir_->filePath(QStringLiteral("backup.db")) + suffix;
            if (QFileInfo::exists(from) && !QFile::copy(from, path + suffix))
                throw std::runtime_error("restore copy failed");
            QFile(path + suffix).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        return;
    }
    server::Db admin(adminSettings(), QStringLiteral("test-admin-%1").arg(dbCounter++));
    admin.executeRaw(QStringLiteral("DROP DATABASE %1 WITH (FORCE)")
                         .arg(QString::fromStdString(pgNames_.front())));
    admin.executeRaw(QStringLiteral("CREATE DATABASE %1 TEMPLATE %1_bak")
                         .arg(QString::fromStdString(pgNames_.front())));
}

server::DbSettings dbSettings(const std::string& url)
{
    server::DbSettings s;
    s.url = server::DatabaseUrl::parse(QString::fromStdString(url));
    return s;
}

} // namespace vitalis::test
