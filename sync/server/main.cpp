// vitalis-server: the central sync server, and its admin commands (seed, user, migrate).
#include "VitalisVersion.h"
#include "core/Clock.h"
#include "core/Uuid.h"
#include "sync/server/ApiRoutes.h"
#include "sync/server/Directory.h"
#include "sync/server/ServerConfig.h"
#include "sync/server/admin/Backup.h"
#include "sync/server/admin/BackupRestore.h"
#include "sync/server/admin/LogCompactor.h"
#include "sync/server/admin/SeedLoader.h"
#include "sync/server/admin/UserAdmin.h"
#include "sync/server/auth/SecretBox.h"
#include "sync/server/auth/Secrets.h"
#include "sync/server/auth/TotpSecretStore.h"
#include "sync/server/db/Migrations.h"
#include "sync/server/http/HttpServer.h"
#include "sync/server/sync/RecordValidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <sys/resource.h>
#include <unistd.h>

using namespace vitalis;
using namespace vitalis::server;

namespace
{

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    (void)!::write(signalPipe[1], &c, 1);
}

void out(const QString& s)
{
    std::fputs(s.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const std::string& message, int code = 2)
{
    std::fprintf(stderr, "vitalis-server: %s\n", message.c_str());
    return code;
}

DbSettings dbSettings(const ServerConfig& config)
{
    DbSettings s;
    s.url = config.database();
    s.sqliteSynchronous = config.sqliteSynchronous;
    if (s.url.dialect == Dialect::Sqlite) {
        const QString dir = QFileInfo(s.url.path).absolutePath();
        if (!QDir().mkpath(dir))
            throw std::runtime_error("cannot create data directory " + dir.toStdString());
    }
    return s;
}

// Opens the database on this thread and brings the schema up to date.
std::unique_ptr<Db> openAndMigrate(const DbSettings& settings, const Clock& clock)
{
    auto db = std::make_unique<Db>(settings, QStringLiteral("vitalis-main"));
    const int applied = Migrations::apply(db.get()[0], clock.nowMillis(),
                                          [] { return QString::fromStdString(randomToken(9)); });
    if (applied > 0)
        std::fprintf(stderr, "vitalis-server: database %s: applied %d migration(s), schema v%d\n",
                     settings.url.redacted().toLocal8Bit().constData(), applied,
                     Migrations::latestVersion());
    return db;
}

std::string readPassword()
{
    std::string password;
    std::getline(std::cin, password);
    if (!password.empty() && password.back() == '\r')
        password.pop_back();
    return password;
}

// Connections beyond the descriptor limit would make accept() fail in a busy loop: the cap
// stays below it, keeping room for database connections, logs and the listening socket.
int connectionCap(const ServerConfig& c)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return c.maxConnections;
    const auto room = static_cast<long long>(limit.rlim_cur) - 32 - 2LL * c.workers;
    if (room >= c.maxConnections)
        return c.maxConnections;
    const int cap = static_cast<int>(std::max(8LL, room));
    std::fprintf(stderr,
                 "vitalis-server: --max-connections %d lowered to %d to fit the open-file limit "
                 "of %llu\n",
                 c.maxConnections, cap, static_cast<unsigned long long>(limit.rlim_cur));
    return cap;
}

HttpSettings httpSettings(const ServerConfig& c)
{
    HttpSettings h;
    h.limits.maxBodyBytes = c.maxBodyBytes;
    h.limits.headerTimeoutMs = c.headerTimeoutSeconds * 1000;
    h.limits.bodyTimeoutMs = c.bodyTimeoutSeconds * 1000;
    h.limits.idleTimeoutMs = c.idleTimeoutSeconds * 1000;
    h.maxConnections = connectionCap(c);
    h.workers = c.workers;
    h.drainTimeoutMs = c.shutdownDrainSeconds * 1000;
    h.trustedProxies = c.trustedProxies;
    return h;
}

std::optional<QSslConfiguration> tlsConfig(const ServerConfig& c)
{
    if (c.tlsCert.isEmpty())
        return std::nullopt;
    const auto certs = QSslCertificate::fromPath(c.tlsCert, QSsl::Pem);
    if (certs.isEmpty())
        throw std::runtime_error("--tls-cert: no PEM certificate in " + c.tlsCert.toStdString());
    QFile keyFile(c.tlsKey);
    if (!keyFile.open(QIODevice::ReadOnly))
        throw std::runtime_error("--tls-key: cannot read " + c.tlsKey.toStdString());
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        throw std::runtime_error("--tls-key: not an unencrypted PEM RSA or EC private key");
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(certs);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

int serve(const ServerConfig& config)
{
    SystemClock clock;
    const DbSettings settings = dbSettings(config);
    const SecretBox secretsKey = SecretBox::fromFile(config.secretsKeyFile());
    const TotpSecretStore totpSecrets(secretsKey);
    {
        auto db = openAndMigrate(settings, clock);
        if (const int sealed = totpSecrets.prepare(*db); sealed > 0)
            std::fprintf(stderr, "vitalis-server: sealed %d TOTP secret(s) with %s\n", sealed,
                         secretsKey.file().toLocal8Bit().constData());
        if (!config.seedFile.isEmpty() &&
            db->scalarInt(QStringLiteral("SELECT COUNT(*) FROM users")).value_or(0) == 0) {
            const SeedSummary s = SeedLoader::loadFile(*db, config.seedFile, clock);
            std::fprintf(stderr,
                         "vitalis-server: seeded %s: %d locations, %d offices, %d users, %d "
                         "forms\n",
                         config.seedFile.toLocal8Bit().constData(), s.locations, s.offices,
                         s.usersAdded, s.formsAdded);
        }
    }
    DbPool pool(settings);
    Directory directory;
    Metrics metrics;
    AuthSettings authSettings;
    authSettings.accessTtlMs = config.accessTokenTtlSeconds * 1000;
    authSettings.refreshTtlMs = config.refreshTokenTtlSeconds * 1000;
    authSettings.throttle.accountThreshold = config.lockoutThreshold;
    authSettings.throttle.accountLockMs = config.lockoutSeconds * 1000;
    authSettings.throttle.accountHourlyLimit = config.loginFailuresPerHour;
    authSettings.throttle.addressLimit = config.loginAddressFailures;
    authSettings.throttle.addressWindowMs = config.loginAddressWindowSeconds * 1000;
    authSettings.totpRequiredRoles = config.totpRequiredRoles;
    AuthService auth(pool, directory, clock, metrics, totpSecrets, authSettings);
    FormEngineValidator validator(clock);
    PushService push(pool, directory, clock, metrics, validator);
    PullService pull(pool, directory);
    QueryService query(pool, directory);
    AttachmentService attachments(pool, directory, clock);
    Services services{
        pool, auth, push, pull, query, metrics, config.maxBatchOps, config.maxPullLimit};
    services.attachments = &attachments;
    Router router;
    registerRoutes(router, services);

    AccessLog accessLog(config.accessLog);
    HttpServer server(router, metrics, accessLog, clock, httpSettings(config));
    const auto tls = tlsConfig(config);
    QString error;
    const QHostAddress address(config.listenAddress);
    if (address.isNull())
        return fail("--listen: '" + config.listenAddress.toStdString() + "' is not an IP address");
    const quint16 port = server.listenOn(address, static_cast<quint16>(config.port), tls, &error);
    if (port == 0)
        return fail("cannot listen on " + config.listenAddress.toStdString() + ":" +
                        std::to_string(config.port) + ": " + error.toStdString(),
                    1);

    if (::pipe(signalPipe) == 0) {
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, [&notifier, &server] {
        notifier.setEnabled(false); // a second signal while draining changes nothing
        server.shutdown([] { QCoreApplication::quit(); });
    });
    out(QStringLiteral("vitalis-server %1 listening on %2://%3:%4 (database %5)")
            .arg(QString::fromLatin1(vitalis::kVersion),
                 tls ? QStringLiteral("https") : QStringLiteral("http"), address.toString())
            .arg(port)
            .arg(settings.url.redacted()));
    const int rc = QCoreApplication::exec();
    // Each worker closes its own database connection now, while the application object and
    // Qt Sql's connection registry are alive; none is left to the threads' exit.
    server.stopWorkers([&pool] { pool.releaseLocal(); });
    pool.releaseLocal();
    return rc;
}

int seed(const ServerConfig& config, const QString& file)
{
    SystemClock clock;
    auto db = openAndMigrate(dbSettings(config), clock);
    const SeedSummary s = SeedLoader::loadFile(*db, file, clock);
    out(QStringLiteral("seeded %1: %2 locations, %3 offices, %4 users added (%5 already "
                       "present), %6 forms added (%7 already present)")
            .arg(file)
            .arg(s.locations)
            .arg(s.offices)
            .arg(s.usersAdded)
            .arg(s.usersKept)
            .arg(s.formsAdded)
            .arg(s.formsKept));
    return 0;
}

int user(const ServerConfig& config, const QCommandLineParser& p, const QString& action)
{
    SystemClock clock;
    auto db = openAndMigrate(dbSettings(config), clock);
    UserAdmin admin(*db, clock);
    const std::string username = p.value(u"username"_qs).toStdString();
    if (username.empty())
        return fail("user " + action.toStdString() + ": --username is required");
    if (action == u"add") {
        NewUser u{username,
                  p.value(u"display-name"_qs).toStdString(),
                  p.value(u"role"_qs).toStdString(),
                  p.value(u"office"_qs).toStdString(),
                  p.value(u"jurisdiction"_qs).toStdString(),
                  readPassword()};
        out(QStringLiteral("added user %1 (id %2)")
                .arg(QString::fromStdString(username), QString::fromStdString(admin.add(u))));
    } else if (action == u"reset-password") {
        admin.resetPassword(username, readPassword());
        out(QStringLiteral("password reset for %1; the account is unlocked and its sessions "
                           "revoked")
                .arg(QString::fromStdString(username)));
    } else if (action == u"disable" || action == u"enable") {
        admin.setDisabled(username, action == u"disable");
        out(QStringLiteral("%1 %2").arg(QString::fromStdString(username),
                                        action == u"disable" ? QStringLiteral("disabled")
                                                             : QStringLiteral("enabled")));
    } else if (action == u"move") {
        admin.move(username, p.value(u"office"_qs).toStdString(),
                   p.value(u"jurisdiction"_qs).toStdString());
        out(QStringLiteral("%1 moved; their devices change over at their next sync")
                .arg(QString::fromStdString(username)));
    } else if (action == u"unlock") {
        admin.unlock(username);
        out(QStringLiteral("%1 unlocked").arg(QString::fromStdString(username)));
    } else if (action == u"totp-reset") {
        admin.resetTotp(username);
        out(QStringLiteral("second factor of %1 removed; they enrol again at next login")
                .arg(QString::fromStdString(username)));
    } else {
        return fail("unknown user command '" + action.toStdString() +
                    "' (add, reset-password, disable, enable, unlock, totp-reset, move)");
    }
    return 0;
}

int backup(const ServerConfig& config, const QString& file)
{
    Db db(dbSettings(config), QStringLiteral("vitalis-backup"));
    const BackupInfo b = Backup::write(db, file);
    out(QStringLiteral("backup written to %1: %2 bytes, schema v%3, %4 records, change log at %5")
            .arg(b.file)
            .arg(b.bytes)
            .arg(b.schemaVersion)
            .arg(b.records)
            .arg(b.changeLogSeq));
    return 0;
}

int restore(const ServerConfig& config, const QString& file)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const RestoreResult r = BackupRestore::restore(dbSettings(config).url, file, stamp);
    out(QStringLiteral("restored %1 (%2 records, change log at %3)%4; start the server; devices "
                       "that are ahead re-send their work on their next sync")
            .arg(file)
            .arg(r.backup.records)
            .arg(r.backup.changeLogSeq)
            .arg(r.keptAs.isEmpty()
                     ? QString()
                     : QStringLiteral("; the replaced database is kept as ") + r.keptAs));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vitalis-server"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(vitalis::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Vitalis central sync server.\n\n"
        "Commands:\n"
        "  serve (default)          run the server\n"
        "  migrate                  create or upgrade the database schema and exit\n"
        "  seed FILE                load a country seed (locations, offices, users, forms)\n"
        "  user add --username U --role R --office O [--display-name N] [--jurisdiction L]\n"
        "  user reset-password|disable|enable|unlock|totp-reset --username U\n"
        "  user move --username U [--office O] [--jurisdiction L]\n"
        "  compact-log --keep-days N  drop change-log rows older than N days\n"
        "  backup --out FILE        online snapshot of the SQLite database (PostgreSQL: pg_dump)\n"
        "  restore --from FILE      put a backup in place (server stopped; old file kept)\n"
        "Passwords for 'user add' and 'user reset-password' are read from the first line of "
        "standard input."));
    parser.addHelpOption();
    parser.addVersionOption();
    addConfigOptions(parser);
    parser.addOption({QStringLiteral("username"), QStringLiteral("user commands: the login name"),
                      QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("role"), QStringLiteral("user add: role name"), QStringLiteral("role")});
    parser.addOption(
        {QStringLiteral("office"), QStringLiteral("user add: office id"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("jurisdiction"),
                      QStringLiteral("user add: location id (default: the office's location)"),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("display-name"), QStringLiteral("user add: full name"),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("keep-days"),
                      QStringLiteral("compact-log: keep this many days of change log"),
                      QStringLiteral("days")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("backup: file to write"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("restore: backup file to restore"),
                      QStringLiteral("file")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("serve | migrate | seed FILE | user ACTION"));
    parser.process(app);

    try {
        const ServerConfig config = configFromParser(parser);
        const QStringList args = parser.positionalArguments();
        const QString command = args.isEmpty() ? QStringLiteral("serve") : args[0];
        if (command == u"serve" && args.size() <= 1)
            return serve(config);
        if (command == u"migrate" && args.size() == 1) {
            SystemClock clock;
            auto db = openAndMigrate(dbSettings(config), clock);
            out(QStringLiteral("schema is at version %1").arg(Migrations::currentVersion(*db)));
            return 0;
        }
        if (command == u"compact-log" && args.size() == 1) {
            bool ok = false;
            const qint64 days = parser.value(u"keep-days"_qs).toLongLong(&ok);
            if (!ok || days < 0)
                return fail("compact-log: --keep-days N is required (N >= 0)");
            SystemClock clock;
            auto db = openAndMigrate(dbSettings(config), clock);
            const auto r = LogCompactor::compact(*db, clock.nowMillis() - days * 24 * 3600 * 1000);
            out(QStringLiteral("removed %1 change-log rows; devices with cursors at or before "
                               "%2 will re-download")
                    .arg(r.removedRows)
                    .arg(r.floor));
            return 0;
        }
        if (command == u"backup" && args.size() == 1)
            return backup(config, parser.value(u"out"_qs));
        if (command == u"restore" && args.size() == 1)
            return restore(config, parser.value(u"from"_qs));
        if (command == u"seed" && args.size() == 2)
            return seed(config, args[1]);
        if (command == u"user" && args.size() == 2)
            return user(config, parser, args[1]);
        return fail("unknown command line: " + args.join(u' ').toStdString() + " (see --help)");
    } catch (const SeedError& e) {
        return fail(e.what(), 3);
    } catch (const std::invalid_argument& e) {
        return fail(e.what(), 2);
    } catch (const std::exception& e) {
        return fail(e.what(), 1);
    }
}
