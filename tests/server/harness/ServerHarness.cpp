#include "tests/server/harness/ServerHarness.h"

#include "core/TrackingId.h"
#include "core/Uuid.h"
#include "sync/server/db/Db.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <atomic>
#include <chrono>
#include <curl/curl.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace vitalis::test
{

namespace
{

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
        curl_global_init(CURL_GLOBAL_DEFAULT);
    }
    // Before exit(): Qt's own globals are gone by the time gtest deletes environments.
    void TearDown() override { app_.reset(); }

private:
    std::unique_ptr<QCoreApplication> app_;
};
[[maybe_unused]] ::testing::Environment* const kEnvironment =
    ::testing::AddGlobalTestEnvironment(new Environment);

// Identifies the template: the seed, its forms and the server binary that wrote it.
std::string templateKey()
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const char* f : {"test-seed.json", "tbirth.json", "tdeath.json"}) {
        QFile file(QStringLiteral(VITALIS_TEST_DATA_DIR "/") + QString::fromLatin1(f));
        if (file.open(QIODevice::ReadOnly))
            h.addData(file.readAll());
    }
    const QFileInfo binary(QStringLiteral(VITALIS_SERVER_BINARY));
    h.addData(QByteArray::number(binary.size()));
    h.addData(QByteArray::number(binary.lastModified().toMSecsSinceEpoch()));
    return h.result().toHex().left(16).toStdString();
}

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

void seedInto(const std::string& url)
{
    std::string out;
    const int rc = runServerCommand({QStringLiteral("seed"),
                                     QStringLiteral(VITALIS_TEST_DATA_DIR "/test-seed.json"),
                                     QStringLiteral("--database"), QString::fromStdString(url)},
                                    &out);
    if (rc != 0)
        throw std::runtime_error("seeding the template failed: " + out);
}

std::string sqliteTemplate()
{
    const QString path = templateDir() + QStringLiteral("/template-") +
                         QString::fromStdString(templateKey()) + QStringLiteral(".db");
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
        seedInto("sqlite:" + building.toStdString());
        QFile::rename(building, path);
        QFile::remove(building + QStringLiteral("-wal"));
        QFile::remove(building + QStringLiteral("-shm"));
    }
    return path.toStdString();
}

std::string pgTemplate(server::Db& admin)
{
    const std::string name = "vt_tmpl_" + templateKey();
    FileLock lock(templateDir() + QStringLiteral("/pg-") + QString::fromStdString(name) +
                  QStringLiteral(".lock"));
    if (!pgDatabaseExists(admin, name)) {
        const std::string building = name + "_b";
        admin.executeRaw(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                             .arg(QString::fromStdString(building)));
        admin.executeRaw(
            QStringLiteral("CREATE DATABASE %1").arg(QString::fromStdString(building)));
        seedInto(withDatabase(postgresAdminUrl(), building));
        admin.executeRaw(QStringLiteral("ALTER DATABASE %1 RENAME TO %2")
                             .arg(QString::fromStdString(building), QString::fromStdString(name)));
    }
    return name;
}

std::atomic<int> dbCounter{0};

size_t collect(char* data, size_t size, size_t n, void* out)
{
    static_cast<std::string*>(out)->append(data, size * n);
    return size * n;
}

size_t collectHeader(char* data, size_t size, size_t n, void* out)
{
    std::string line(data, size * n);
    const auto colon = line.find(':');
    if (colon != std::string::npos) {
        std::string name = line.substr(0, colon);
        for (auto& c : name)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        std::string value = line.substr(colon + 1);
        while (!value.empty() && (value.back() == '\r' || value.back() == '\n'))
            value.pop_back();
        while (!value.empty() && value.front() == ' ')
            value.erase(0, 1);
        (*static_cast<std::map<std::string, std::string>*>(out))[name] = value;
    }
    return size * n;
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

TestDatabase::TestDatabase(Backend backend) : backend_(backend)
{
    if (backend == Backend::Sqlite) {
        const std::string tmpl = sqliteTemplate();
        dir_ = std::make_unique<QTemporaryDir>();
        const QString path = dir_->filePath(QStringLiteral("server.db"));
        if (!QFile::copy(QString::fromStdString(tmpl), path))
            throw std::runtime_error("cannot copy the SQLite template");
        QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        url_ = "sqlite:" + path.toStdString();
        return;
    }
    server::Db admin(adminSettings(), QStringLiteral("test-admin-%1").arg(dbCounter++));
    const std::string tmpl = pgTemplate(admin);
    pgName_ = "t_" + std::to_string(::getpid()) + "_" + std::to_string(dbCounter++);
    for (int attempt = 0;; ++attempt) {
        try {
            admin.executeRaw(
                QStringLiteral("CREATE DATABASE %1 TEMPLATE %2")
                    .arg(QString::fromStdString(pgName_), QString::fromStdString(tmpl)));
            break;
        } catch (const server::DbError&) {
            // Another process is copying the same template right now.
            if (attempt > 50)
                throw;
            QThread::msleep(100);
        }
    }
    url_ = withDatabase(postgresAdminUrl(), pgName_);
}

TestDatabase::~TestDatabase()
{
    if (pgName_.empty())
        return;
    try {
        server::Db admin(adminSettings(), QStringLiteral("test-admin-%1").arg(dbCounter++));
        admin.executeRaw(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                             .arg(QString::fromStdString(pgName_)));
        admin.executeRaw(QStringLiteral("DROP DATABASE IF EXISTS %1_bak WITH (FORCE)")
                             .arg(QString::fromStdString(pgName_)));
    } catch (const std::exception&) {
        // The cluster is thrown away after the run anyway.
    }
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
    admin.executeRaw(
        QStringLiteral("DROP DATABASE IF EXISTS %1_bak").arg(QString::fromStdString(pgName_)));
    admin.executeRaw(
        QStringLiteral("CREATE DATABASE %1_bak TEMPLATE %1").arg(QString::fromStdString(pgName_)));
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
    admin.executeRaw(
        QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(QString::fromStdString(pgName_)));
    admin.executeRaw(
        QStringLiteral("CREATE DATABASE %1 TEMPLATE %1_bak").arg(QString::fromStdString(pgName_)));
}

HttpResponse httpRequest(const std::string& method, const std::string& url, const std::string& body,
                         const std::map<std::string, std::string>& headers, long timeoutMs)
{
    HttpResponse r;
    CURL* curl = curl_easy_init();
    curl_slist* list = nullptr;
    for (const auto& [k, v] : headers)
        list = curl_slist_append(list, (k + ": " + v).c_str());
    if (!body.empty() || method == "POST") {
        if (!headers.count("Content-Type"))
            list = curl_slist_append(list, "Content-Type: application/json");
        list = curl_slist_append(list, "Expect:");
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    }
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &r.raw);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, collectHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &r.headers);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, timeoutMs);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    const CURLcode rc = curl_easy_perform(curl);
    if (rc == CURLE_OK)
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &r.status);
    else
        r.curlError = curl_easy_strerror(rc);
    curl_slist_free_all(list);
    curl_easy_cleanup(curl);
    if (!r.raw.empty())
        r.body = json::parse(r.raw, nullptr, false);
    return r;
}

int runServerCommand(const QStringList& args, std::string* output, const QByteArray& stdinData)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(VITALIS_SERVER_BINARY), args);
    if (!p.waitForStarted(10000))
        throw std::runtime_error("cannot start " VITALIS_SERVER_BINARY);
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    if (output)
        *output = p.readAll().toStdString();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

ServerProcess::ServerProcess(std::string databaseUrl, QStringList extraArgs)
    : databaseUrl_(std::move(databaseUrl)), extraArgs_(std::move(extraArgs))
{
}

ServerProcess::~ServerProcess()
{
    if (running())
        stop();
}

void ServerProcess::start()
{
    process_ = std::make_unique<QProcess>();
    QStringList args{QStringLiteral("--database"), QString::fromStdString(databaseUrl_),
                     QStringLiteral("--port"), QStringLiteral("0")};
    args += extraArgs_;
    process_->start(QStringLiteral(VITALIS_SERVER_BINARY), args);
    if (!process_->waitForStarted(10000))
        throw std::runtime_error("cannot start " VITALIS_SERVER_BINARY);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    std::string out;
    while (std::chrono::steady_clock::now() < deadline) {
        process_->waitForReadyRead(200);
        out += process_->readAllStandardOutput().toStdString();
        stderr_ += process_->readAllStandardError().toStdString();
        const auto pos = out.find("listening on http");
        if (pos != std::string::npos) {
            const auto colon = out.find(':', out.find("//", pos) + 2);
            port_ = std::stoi(out.substr(colon + 1));
            return;
        }
        if (process_->state() == QProcess::NotRunning)
            break;
    }
    throw std::runtime_error("vitalis-server did not start: " + out + stderr_);
}

int ServerProcess::stop()
{
    if (!process_)
        return -1;
    bool hung = false;
    if (process_->state() != QProcess::NotRunning) {
        process_->terminate();
        hung = !process_->waitForFinished(20000);
    }
    if (hung) {
        process_->kill();
        process_->waitForFinished(5000);
    }
    stderr_ += process_->readAllStandardError().toStdString();
    if (hung || process_->exitStatus() != QProcess::NormalExit)
        return -1;
    return process_->exitCode();
}

void ServerProcess::kill9()
{
    if (!process_)
        return;
    process_->kill(); // SIGKILL
    process_->waitForFinished(10000);
}

qint64 ServerProcess::pid() const
{
    return process_ ? process_->processId() : 0;
}

bool ServerProcess::running() const
{
    return process_ && process_->state() != QProcess::NotRunning;
}

std::string ServerProcess::url(const std::string& path) const
{
    return "http://127.0.0.1:" + std::to_string(port_) + path;
}

std::string ServerProcess::output() const
{
    if (process_)
        stderr_ += process_->readAllStandardError().toStdString();
    return stderr_;
}

HttpResponse ServerProcess::get(const std::string& path, const std::string& token)
{
    std::map<std::string, std::string> h;
    if (!token.empty())
        h["Authorization"] = "Bearer " + token;
    return httpRequest("GET", url(path), {}, h);
}

HttpResponse ServerProcess::post(const std::string& path, const json& body,
                                 const std::string& token)
{
    std::map<std::string, std::string> h;
    if (!token.empty())
        h["Authorization"] = "Bearer " + token;
    return httpRequest("POST", url(path), body.dump(), h);
}

Session::Session(ServerProcess& server, std::string username, std::string deviceId)
    : server_(server), username_(std::move(username)),
      deviceId_(deviceId.empty() ? "dev-" + generateUuid() : std::move(deviceId))
{
}

HttpResponse Session::login(const std::string& totp)
{
    json body = {{"username", username_}, {"password", kPassword}, {"device_id", deviceId_}};
    if (!totp.empty())
        body["totp"] = totp;
    HttpResponse r = server_.post("/api/v1/auth/login", body);
    if (r.status == 200) {
        token_ = r.body["access_token"];
        userId_ = r.body["user"]["id"];
        loginBody_ = r.body;
    }
    return r;
}

void Session::loginOrFail()
{
    const HttpResponse r = login();
    if (r.status != 200)
        throw std::runtime_error("login as " + username_ + " failed: " + r.raw);
}

HttpResponse Session::push(const json& ops)
{
    return server_.post("/api/v1/push", {{"protocol", 1}, {"ops", ops}}, token_);
}

HttpResponse Session::pull(const std::string& cursor, int limit)
{
    json body = {{"protocol", 1}, {"limit", limit}};
    if (!cursor.empty())
        body["cursor"] = cursor;
    return server_.post("/api/v1/pull", body, token_);
}

std::map<std::string, json> Session::pullAll(std::string* cursor, int limit)
{
    std::map<std::string, json> out;
    std::string c = cursor ? *cursor : std::string();
    for (int page = 0; page < 100000; ++page) {
        const HttpResponse r = pull(c, limit);
        if (r.status != 200)
            throw std::runtime_error("pull failed: " + r.raw);
        for (const auto& ch : r.body["changes"]) {
            if (ch["type"] == "upsert")
                out[ch["record"]["id"]] = ch["record"];
            else
                out[ch["record_id"]] = nullptr;
        }
        c = r.body["cursor"];
        if (!r.body["has_more"].get<bool>())
            break;
    }
    if (cursor)
        *cursor = c;
    return out;
}

std::string newRecordId()
{
    return generateUuid();
}

std::string newTrackingId(char eventSymbol)
{
    static const std::string deviceCode = device_code::random();
    static std::atomic<std::uint32_t> sequence{0};
    return tracking_id::make(eventSymbol, deviceCode, sequence++);
}

json birthFields(const std::string& first)
{
    return {{"child_first", first},
            {"child_family", "Lopes"},
            {"child_sex", "female"},
            {"birth_date", "2026-01-15"},
            {"mother_name", "Rosa Lopes"}};
}

json changes(const json& values, const json& bases)
{
    json out = json::object();
    for (auto it = values.begin(); it != values.end(); ++it)
        out[it.key()] = {{"base", bases.contains(it.key()) ? bases[it.key()] : json()},
                         {"value", it.value()}};
    return out;
}

json createOp(std::int64_t mutationId, const std::string& recordId, const std::string& officeId,
              const json& fields, const std::string& action, const std::string& formId,
              const std::string& eventType)
{
    return {{"mutation_id", mutationId},
            {"record_id", recordId},
            {"action", action},
            {"base_rev", 0},
            {"form_id", formId},
            {"form_version", 1},
            {"record",
             {{"event_type", eventType},
              {"office_id", officeId},
              {"tracking_id", newTrackingId(eventType == "death" ? 'D' : 'B')}}},
            {"changes", changes(fields)}};
}

json changeOp(std::int64_t mutationId, const std::string& recordId, const std::string& action,
              std::int64_t baseRev, const json& ch, const std::string& formId)
{
    return {{"mutation_id", mutationId},
            {"record_id", recordId},
            {"action", action},
            {"base_rev", baseRev},
            {"form_id", formId},
            {"form_version", 1},
            {"changes", ch}};
}

} // namespace vitalis::test
