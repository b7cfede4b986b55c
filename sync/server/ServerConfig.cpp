#include "sync/server/ServerConfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <stdexcept>

namespace vitalis::server
{

namespace
{

struct OptionSpec {
    const char* name;
    const char* valueName;
    const char* help;
};

// One table drives --help, the config-file keys and validation of unknown keys.
const OptionSpec kOptions[] = {
    {"listen", "address", "Address to listen on (default 127.0.0.1; 0.0.0.0 for all)."},
    {"port", "port", "TCP port (default 8480; 0 = any free port, printed at start)."},
    {"data", "dir", "Data directory; the embedded SQLite database is DIR/vitalis-server.db."},
    {"database", "url",
     "Database URL: sqlite:PATH or postgres://user:password@host:port/dbname[?sslmode=...]. "
     "Overrides --data."},
    {"tls-cert", "file", "PEM certificate (chain) for HTTPS; requires --tls-key."},
    {"tls-key", "file", "PEM private key for HTTPS."},
    {"access-token-ttl", "seconds", "Lifetime of access tokens (default 900)."},
    {"refresh-token-ttl", "seconds", "Lifetime of refresh tokens (default 2592000 = 30 days)."},
    {"max-body-bytes", "bytes", "Largest request body accepted (default 8388608 = 8 MiB)."},
    {"max-batch-ops", "n", "Most ops accepted in one push (default 1000)."},
    {"max-pull-limit", "n", "Largest pull page a client may ask for (default 5000)."},
    {"websub-retry-base-ms", "ms",
     "WebSub: wait before the first retry of a failed delivery, doubled each time with jitter "
     "(default 5000)."},
    {"websub-dead-after", "seconds",
     "WebSub: a delivery still failing after this long is dead-lettered (default 86400)."},
    {"lockout-threshold", "n", "Failed logins in a row that lock an account (default 5)."},
    {"lockout-seconds", "seconds", "How long a locked account stays locked (default 900)."},
    {"login-failures-per-hour", "n",
     "Failed logins an hour that lock an account name until the hour ends (default 100)."},
    {"login-address-failures", "n",
     "Failed logins from one client address that refuse it for the rest of the window "
     "(default 20)."},
    {"login-address-window", "seconds", "Window of login-address-failures (default 900)."},
    {"header-timeout", "seconds",
     "Time a client has to send a request's headers (default 10; also for a new connection)."},
    {"body-timeout", "seconds", "Longest pause while a request body arrives (default 30)."},
    {"idle-timeout", "seconds", "Keep-alive connection closed after this idle time (default 60)."},
    {"max-connections", "n",
     "Open connections at most; past it the idlest is closed or the newcomer gets 503 "
     "(default 1000, lowered to fit the descriptor limit)."},
    {"shutdown-drain", "seconds",
     "On SIGTERM, how long requests being handled may take to finish (default 30)."},
    {"access-log", "file",
     "Append one line per request to FILE ('-' for standard error; default: none)."},
    {"totp-required-roles", "roles",
     "Comma-separated roles that must use a TOTP second factor, e.g. "
     "local_registrar,system_admin (default: none)."},
    {"seed", "file", "Country seed (JSON) loaded at start if the database has no users yet."},
    {"workers", "n", "Worker threads (each with its own database connection; default 4)."},
    {"sqlite-synchronous", "mode",
     "SQLite synchronous pragma: FULL (default, survives power loss) or NORMAL."},
    {"roles", "file", "JSON role catalog ({\"roles\": {...}}); default: built-in roles."},
    {"dedup-rules", "dir",
     "Folder of duplicate-detection rule files, one per event (default: share/vitalis/forms/"
     "dedup beside the program)."},
    {"secrets-key", "file",
     "Key sealing TOTP secrets in the database, created (mode 0600) if absent; every server "
     "process of one database needs the same file (default: secrets.key in --data, or beside "
     "the SQLite file)."},
    {"certificate-key", "file",
     "The server's certificate signing key (vitalis-server keys new-server); its root-signed "
     "certificate is FILE.cert. Laptops that print get their issuing keys certified by it "
     "(POST /api/v1/certificate-keys); it also signs the published revocation list. "
     "Default: none (printing with a QR and the revocation list are off)."},
    {"device-key-days", "n", "Days a laptop's certificate issuing key is valid (default 90)."},
    {"certificate-templates", "dir",
     "Folder of certificate configurations (<event>.json and their SVG templates): prints are "
     "checked against them (template, language, fee) and laptops download them at sync "
     "(default: share/vitalis/forms/certificates beside the program)."},
    {"fhir-mappings", "dir",
     "Folder of FHIR R4 mappings (<event>.json, checked by vitalis-forms fhir-check): how "
     "POST /fhir/Bundle fills the forms and how FHIR payloads to subscribers are written "
     "(default: share/vitalis/forms/fhir beside the program)."},
    {"national-id-hook", "file",
     "JSON file of national ID hooks (birth.register, death.register): where the national ID "
     "system is, its credentials (OAuth, bearer, mutual TLS) and retry knobs; checked at start "
     "(see docs/admin-guide.md). Default: none (registrations call no national ID system)."},
    {"trusted-proxies", "addresses",
     "Comma-separated addresses or subnets of load balancers / reverse proxies: for requests "
     "from them the client address (access log, login throttle) is taken from "
     "X-Forwarded-For (default: none, the header is ignored)."},
    {"number-block-size", "n",
     "Registration numbers in one block reserved for a device's offline registrations "
     "(default 100)."},
    {"number-low-water", "n",
     "A device holding fewer unused reserved numbers gets another block at its next sync "
     "(default 50)."},
    {"number-expiry-days", "days",
     "A block of reserved numbers is usable for this many days; its unused numbers are then "
     "recorded as gaps (default 60)."},
    {"max-offline-days", "days",
     "A device whose last sync is older may not register offline; a block's numbers are "
     "still accepted this long after it expires (default 14)."},
    {"number-blocks-per-device", "n",
     "Blocks with unused numbers one device and user may hold per office and year "
     "(default 3)."},
    {"number-pool-clock-offset", "seconds",
     "Drills and tests only: the clock that expires blocks of reserved numbers runs this far "
     "ahead of the machine's (default 0)."},
    {"root-public-key", "file",
     "The country's root public key (FILE.pub of keys init-root): what the public /verify "
     "page checks certificates against (default: none, the page says it is not set up)."},
    {"verify-requests-per-minute", "n",
     "Certificate checks one client address may ask the public /verify page for in a "
     "minute; more get HTTP 429 (default 60)."},
};

qint64 toInt(const QString& option, const QString& value, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = value.toLongLong(&ok);
    if (!ok || v < min || v > max)
        throw std::invalid_argument("--" + option.toStdString() + ": expected an integer in " +
                                    std::to_string(min) + ".." + std::to_string(max) + ", got '" +
                                    value.toStdString() + "'");
    return v;
}

void apply(ServerConfig& c, const QString& key, const QString& value, const QString& baseDir)
{
    auto path = [&](const QString& p) {
        return p.isEmpty() || QDir::isAbsolutePath(p) ? p : QDir(baseDir).absoluteFilePath(p);
    };
    if (key == u"listen")
        c.listenAddress = value;
    else if (key == u"port")
        c.port = static_cast<int>(toInt(key, value, 0, 65535));
    else if (key == u"data")
        c.dataDir = path(value);
    else if (key == u"database")
        c.databaseUrl = value;
    else if (key == u"tls-cert")
        c.tlsCert = path(value);
    else if (key == u"tls-key")
        c.tlsKey = path(value);
    else if (key == u"access-token-ttl")
        c.accessTokenTtlSeconds = toInt(key, value, 10, 7LL * 24 * 3600);
    else if (key == u"refresh-token-ttl")
        c.refreshTokenTtlSeconds = toInt(key, value, 60, 365LL * 24 * 3600);
    else if (key == u"max-body-bytes")
        c.maxBodyBytes = toInt(key, value, 1024, 1LL << 30);
    else if (key == u"max-batch-ops")
        c.maxBatchOps = static_cast<int>(toInt(key, value, 1, 100000));
    else if (key == u"max-pull-limit")
        c.maxPullLimit = static_cast<int>(toInt(key, value, 1, 100000));
    else if (key == u"websub-retry-base-ms")
        c.websubRetryBaseMs = toInt(key, value, 10, 3600LL * 1000);
    else if (key == u"websub-dead-after")
        c.websubDeadAfterSeconds = toInt(key, value, 1, 365LL * 24 * 3600);
    else if (key == u"lockout-threshold")
        c.lockoutThreshold = static_cast<int>(toInt(key, value, 1, 1000));
    else if (key == u"lockout-seconds")
        c.lockoutSeconds = toInt(key, value, 1, 365LL * 24 * 3600);
    else if (key == u"login-failures-per-hour")
        c.loginFailuresPerHour = static_cast<int>(toInt(key, value, 1, 100000));
    else if (key == u"login-address-failures")
        c.loginAddressFailures = static_cast<int>(toInt(key, value, 1, 1000000));
    else if (key == u"login-address-window")
        c.loginAddressWindowSeconds = toInt(key, value, 1, 24 * 3600);
    else if (key == u"header-timeout")
        c.headerTimeoutSeconds = static_cast<int>(toInt(key, value, 1, 3600));
    else if (key == u"body-timeout")
        c.bodyTimeoutSeconds = static_cast<int>(toInt(key, value, 1, 3600));
    else if (key == u"idle-timeout")
        c.idleTimeoutSeconds = static_cast<int>(toInt(key, value, 1, 24 * 3600));
    else if (key == u"max-connections")
        c.maxConnections = static_cast<int>(toInt(key, value, 1, 1000000));
    else if (key == u"shutdown-drain")
        c.shutdownDrainSeconds = static_cast<int>(toInt(key, value, 0, 3600));
    else if (key == u"access-log")
        c.accessLog = value == u"-" ? value : path(value);
    else if (key == u"totp-required-roles")
        c.totpRequiredRoles = value.split(u',', Qt::SkipEmptyParts);
    else if (key == u"seed")
        c.seedFile = path(value);
    else if (key == u"workers")
        c.workers = static_cast<int>(toInt(key, value, 1, 256));
    else if (key == u"sqlite-synchronous") {
        const QString v = value.toUpper();
        if (v != u"FULL" && v != u"NORMAL" && v != u"EXTRA")
            throw std::invalid_argument("--sqlite-synchronous: expected FULL, NORMAL or EXTRA");
        c.sqliteSynchronous = v;
    } else if (key == u"roles")
        c.rolesFile = path(value);
    else if (key == u"dedup-rules")
        c.dedupRulesDir = path(value);
    else if (key == u"secrets-key")
        c.secretsKey = path(value);
    else if (key == u"certificate-key")
        c.certificateKey = path(value);
    else if (key == u"certificate-templates")
        c.certificateTemplatesDir = path(value);
    else if (key == u"fhir-mappings")
        c.fhirMappingsDir = path(value);
    else if (key == u"national-id-hook")
        c.nationalIdHookFile = path(value);
    else if (key == u"device-key-days")
        c.deviceKeyDays = static_cast<int>(toInt(key, value, 1, 3650));
    else if (key == u"trusted-proxies")
        c.trustedProxies = value.split(u',', Qt::SkipEmptyParts);
    else if (key == u"number-block-size")
        c.numberPool.blockSize = toInt(key, value, 1, 100000);
    else if (key == u"number-low-water")
        c.numberPool.lowWater = toInt(key, value, 0, 1000000);
    else if (key == u"number-expiry-days")
        c.numberPool.expiryDays = static_cast<int>(toInt(key, value, 0, 3650));
    else if (key == u"max-offline-days")
        c.numberPool.maxOfflineDays = static_cast<int>(toInt(key, value, 0, 3650));
    else if (key == u"number-blocks-per-device")
        c.numberPool.maxActiveBlocks = static_cast<int>(toInt(key, value, 1, 100));
    else if (key == u"number-pool-clock-offset")
        c.numberPoolClockOffsetSeconds = toInt(key, value, -3650LL * 86400, 3650LL * 86400);
    else if (key == u"root-public-key")
        c.rootPublicKey = path(value);
    else if (key == u"verify-requests-per-minute")
        c.verifyRequestsPerMinute = static_cast<int>(toInt(key, value, 1, 1000000));
    else
        throw std::invalid_argument("unknown configuration key '" + key.toStdString() + "'");
}

} // namespace

DatabaseUrl ServerConfig::database() const
{
    if (!databaseUrl.isEmpty())
        return DatabaseUrl::parse(databaseUrl);
    if (dataDir.isEmpty())
        throw std::invalid_argument("no database: give --data DIR (embedded SQLite) or "
                                    "--database URL");
    return DatabaseUrl::sqliteFile(QDir(dataDir).absoluteFilePath(u"vitalis-server.db"_qs));
}

QString ServerConfig::secretsKeyFile() const
{
    static const QString kName = QStringLiteral("secrets.key");
    if (!secretsKey.isEmpty())
        return secretsKey;
    if (!dataDir.isEmpty())
        return QDir(dataDir).absoluteFilePath(kName);
    const DatabaseUrl url = database();
    if (url.dialect == Dialect::Sqlite)
        return QFileInfo(url.path).absoluteDir().absoluteFilePath(kName);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .absoluteFilePath(kName);
}

void ServerConfig::validate() const
{
    (void)database();
    if (tlsCert.isEmpty() != tlsKey.isEmpty())
        throw std::invalid_argument("--tls-cert and --tls-key must be given together");
    for (const QString& f : {tlsCert, tlsKey, seedFile, rolesFile})
        if (!f.isEmpty() && !QFileInfo(f).isReadable())
            throw std::invalid_argument("cannot read file '" + f.toStdString() + "'");
}

void addConfigOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("config"),
                      QStringLiteral("INI file with any of the options below as key = value "
                                     "(section [server] or none); flags override it."),
                      QStringLiteral("file")});
    for (const auto& o : kOptions)
        parser.addOption({QString::fromLatin1(o.name), QString::fromUtf8(o.help),
                          QString::fromLatin1(o.valueName)});
}

ServerConfig configFromParser(const QCommandLineParser& parser)
{
    ServerConfig c;
    if (parser.isSet(u"config"_qs)) {
        const QString file = parser.value(u"config"_qs);
        if (!QFileInfo(file).isReadable())
            throw std::invalid_argument("--config: cannot read '" + file.toStdString() + "'");
        QSettings ini(file, QSettings::IniFormat);
        if (ini.status() != QSettings::NoError)
            throw std::invalid_argument("--config: '" + file.toStdString() +
                                        "' is not a valid INI file");
        const QString baseDir = QFileInfo(file).absolutePath();
        for (const QString& rawKey : ini.allKeys()) {
            QString key = rawKey;
            if (key.startsWith(u"server/"))
                key = key.mid(7);
            QVariant v = ini.value(rawKey);
            const QString value =
                v.typeId() == QMetaType::QStringList ? v.toStringList().join(u',') : v.toString();
            try {
                apply(c, key, value, baseDir);
            } catch (const std::invalid_argument& e) {
                throw std::invalid_argument(file.toStdString() + ": " + e.what());
            }
        }
    }
    for (const auto& o : kOptions) {
        const QString name = QString::fromLatin1(o.name);
        if (parser.isSet(name))
            apply(c, name, parser.value(name), QDir::currentPath());
    }
    c.validate();
    return c;
}

} // namespace vitalis::server
