#include "tests/e2e/E2eServer.h"

#include "sync/server/db/Db.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <atomic>
#include <fcntl.h>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sys/file.h>
#include <unistd.h>

namespace vitalis::e2e
{

namespace fs = std::filesystem;
using nlohmann::json;

namespace
{

std::atomic<int> counter{0};

// Serialises template creation between the test processes ctest runs in parallel.
class FileLock
{
public:
    explicit FileLock(const std::string& path)
    {
        fd_ = ::open(path.c_str(), O_CREAT | O_RDWR, 0600);
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
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

private:
    int fd_ = -1;
};

fs::path workDir()
{
    const fs::path d = fs::temp_directory_path() / "vitalis-e2e";
    fs::create_directories(d);
    return d;
}

std::string seedText()
{
    std::ifstream in(std::string(VITALIS_SOURCE_DIR) + "/resources/demo/seed.json");
    json seed = json::parse(in);
    for (auto& f : seed["forms"])
        f["file"] = std::string(VITALIS_SOURCE_DIR) + "/forms/definitions/" +
                    fs::path(f["file"].get<std::string>()).filename().string();
    return seed.dump(1);
}

// Identifies a template: the seed and the server binary that wrote it.
std::string templateKey()
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray::fromStdString(seedText()));
    const QFileInfo binary(QStringLiteral(VITALIS_SERVER_BINARY));
    h.addData(QByteArray::number(binary.size()));
    h.addData(QByteArray::number(binary.lastModified().toMSecsSinceEpoch()));
    return h.result().toHex().left(16).toStdString();
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
    s.url = server::DatabaseUrl::parse(QString::fromStdString(test::postgresAdminUrl()));
    return s;
}

void seedInto(const std::string& url)
{
    std::string out;
    const int rc = test::runServerCommand(
        {QStringLiteral("seed"), QString::fromStdString(E2eServer::seedFile().string()),
         QStringLiteral("--database"), QString::fromStdString(url)},
        &out);
    if (rc != 0)
        throw std::runtime_error("seeding the e2e template failed: " + out);
}

fs::path sqliteTemplate()
{
    const fs::path path = workDir() / ("template-" + templateKey() + ".db");
    FileLock lock(path.string() + ".lock");
    if (!fs::exists(path)) {
        const fs::path building = path.string() + ".building";
        for (const char* s : {"", "-wal", "-shm"})
            fs::remove(building.string() + s);
        seedInto("sqlite:" + building.string());
        // The seed command closed the database cleanly: no -wal is left to carry along.
        fs::rename(building, path);
    }
    return path;
}

std::string pgTemplate(server::Db& admin)
{
    const std::string name = "ve2e_tmpl_" + templateKey();
    FileLock lock((workDir() / ("pg-" + name + ".lock")).string());
    const bool exists =
        admin
            .scalarInt(QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE datname = ?"),
                       {QString::fromStdString(name)})
            .value_or(0) > 0;
    if (!exists) {
        const std::string building = name + "_b";
        admin.executeRaw(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                             .arg(QString::fromStdString(building)));
        admin.executeRaw(
            QStringLiteral("CREATE DATABASE %1").arg(QString::fromStdString(building)));
        seedInto(withDatabase(test::postgresAdminUrl(), building));
        admin.executeRaw(QStringLiteral("ALTER DATABASE %1 RENAME TO %2")
                             .arg(QString::fromStdString(building), QString::fromStdString(name)));
    }
    return name;
}

std::string pgName(const std::string& suffix)
{
    return "ve2e_" + std::to_string(::getpid()) + "_" + std::to_string(counter++) + suffix;
}

} // namespace

fs::path E2eServer::seedFile()
{
    const std::string text = seedText();
    const fs::path path = workDir() / ("seed-" + templateKey() + ".json");
    if (!fs::exists(path)) {
        const fs::path tmp = path.string() + "." + std::to_string(::getpid());
        std::ofstream(tmp) << text;
        fs::rename(tmp, path);
    }
    return path;
}

E2eServer::E2eServer(Backend backend, const fs::path& dir) : backend_(backend), dir_(dir)
{
    fs::create_directories(dir_);
    if (backend_ == Backend::Sqlite) {
        const fs::path db = dir_ / "server.db";
        fs::copy_file(sqliteTemplate(), db, fs::copy_options::overwrite_existing);
        fs::permissions(db, fs::perms::owner_read | fs::perms::owner_write);
        databaseUrl_ = "sqlite:" + db.string();
        return;
    }
    server::Db admin(adminSettings(), QStringLiteral("e2e-admin-%1").arg(counter++));
    const std::string tmpl = pgTemplate(admin);
    const std::string name = pgName("");
    for (int attempt = 0;; ++attempt) {
        try {
            admin.executeRaw(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2")
                                 .arg(QString::fromStdString(name), QString::fromStdString(tmpl)));
            break;
        } catch (const server::DbError&) {
            if (attempt > 50) // another process is copying the same template right now
                throw;
            QThread::msleep(100);
        }
    }
    pgDatabases_.push_back(name);
    databaseUrl_ = withDatabase(test::postgresAdminUrl(), name);
}

E2eServer::~E2eServer()
{
    stop();
    if (pgDatabases_.empty())
        return;
    try {
        server::Db admin(adminSettings(), QStringLiteral("e2e-admin-%1").arg(counter++));
        for (const auto& name : pgDatabases_)
            admin.executeRaw(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                 .arg(QString::fromStdString(name)));
    } catch (const std::exception&) {
        // The cluster is thrown away after the run anyway.
    }
}

std::string E2eServer::createEmptyDatabase(const std::string& suffix)
{
    if (backend_ == Backend::Sqlite)
        return "sqlite:" + (dir_ / ("server-" + suffix + ".db")).string();
    server::Db admin(adminSettings(), QStringLiteral("e2e-admin-%1").arg(counter++));
    const std::string name = pgName("_" + suffix);
    admin.executeRaw(QStringLiteral("CREATE DATABASE %1").arg(QString::fromStdString(name)));
    pgDatabases_.push_back(name);
    return withDatabase(test::postgresAdminUrl(), name);
}

void E2eServer::start(int port)
{
    if (port == 0)
        port = port_;
    QStringList extra{QStringLiteral("--workers"), QStringLiteral("2")};
    if (port != 0) // the harness passes --port 0 first; the last --port wins
        extra += {QStringLiteral("--port"), QString::number(port)};
    process_ = std::make_unique<test::ServerProcess>(databaseUrl_, extra);
    process_->start();
    port_ = process_->port();
}

void E2eServer::stop()
{
    if (!process_)
        return;
    process_->stop();
    pastLog_ += process_->output();
    process_.reset();
}

bool E2eServer::running() const
{
    return process_ && process_->running();
}

std::string E2eServer::log() const
{
    return pastLog_ + (process_ ? process_->output() : std::string());
}

int E2eServer::admin(QStringList args, std::string* output) const
{
    args += {QStringLiteral("--database"), QString::fromStdString(databaseUrl_)};
    return test::runServerCommand(args, output);
}

} // namespace vitalis::e2e
