#include "sync/server/cli/ServeCommand.h"

#include "VitalisVersion.h"
#include "core/Clock.h"
#include "forms/fhir/FhirMappingCheck.h"
#include "sync/server/ApiRoutes.h"
#include "sync/server/Directory.h"
#include "sync/server/admin/SeedLoader.h"
#include "sync/server/auth/SecretBox.h"
#include "sync/server/auth/TotpSecretStore.h"
#include "sync/server/certificates/CertificateTemplates.h"
#include "sync/server/cli/CommandDatabase.h"
#include "sync/server/cli/CommandOutput.h"
#include "sync/server/dedup/DedupRules.h"
#include "sync/server/dedup/DuplicateCheck.h"
#include "sync/server/dedup/DuplicateService.h"
#include "sync/server/http/HttpServer.h"
#include "sync/server/interop/FhirBundleService.h"
#include "sync/server/interop/FhirPayloadWriter.h"
#include "sync/server/interop/InteropRoutes.h"
#include "sync/server/interop/SearchKeyStore.h"
#include "sync/server/interop/WebSubWorker.h"
#include "sync/server/interop/dci/DciCallbackWorker.h"
#include "sync/server/interop/nid/NidCallbackService.h"
#include "sync/server/interop/nid/NidWorker.h"
#include "sync/server/stats/StatisticsStore.h"
#include "sync/server/sync/CertificateKeyService.h"
#include "sync/server/sync/RecordValidator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace vitalis::server::cli
{

namespace
{

int signalPipe[2] = {-1, -1};

// The machine's clock moved by a fixed offset (--number-pool-clock-offset): lets a drill see
// blocks of reserved numbers expire without waiting two months.
class ShiftedClock final : public Clock
{
public:
    ShiftedClock(const Clock& base, std::int64_t offsetMs) : base_(base), offset_(offsetMs) {}
    std::int64_t nowMillis() const override { return base_.nowMillis() + offset_; }

private:
    const Clock& base_;
    std::int64_t offset_;
};

void onSignal(int)
{
    const char c = 1;
    (void)!::write(signalPipe[1], &c, 1);
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

AuthSettings authSettings(const ServerConfig& config)
{
    AuthSettings a;
    a.accessTtlMs = config.accessTokenTtlSeconds * 1000;
    a.refreshTtlMs = config.refreshTokenTtlSeconds * 1000;
    a.throttle.accountThreshold = config.lockoutThreshold;
    a.throttle.accountLockMs = config.lockoutSeconds * 1000;
    a.throttle.accountHourlyLimit = config.loginFailuresPerHour;
    a.throttle.addressLimit = config.loginAddressFailures;
    a.throttle.addressWindowMs = config.loginAddressWindowSeconds * 1000;
    a.totpRequiredRoles = config.totpRequiredRoles;
    return a;
}

// The rules the duplicate check uses: --dedup-rules, else the shipped ones beside the program.
// Without any, the server says so and flags nothing.
std::filesystem::path dedupRulesDirectory(const ServerConfig& config)
{
    std::filesystem::path dir = config.dedupRulesDir.toStdString();
    if (dir.empty())
        dir = defaultDedupRulesDirectory(QCoreApplication::applicationDirPath().toStdString());
    if (dir.empty())
        std::fprintf(stderr, "vitalis-server: no duplicate-detection rules found "
                             "(--dedup-rules): records are not checked for duplicates\n");
    return dir;
}

// Names the rule files' contents: records are indexed again when it changes.
std::string dedupRulesFingerprint(const std::filesystem::path& dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!dir.empty())
        for (const QFileInfo& f :
             QDir(QString::fromStdString(dir.string()))
                 .entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(f.filePath());
            hash.addData(f.fileName().toUtf8());
            if (file.open(QIODevice::ReadOnly))
                hash.addData(file.readAll());
        }
    return hash.result().toHex().toStdString();
}

// The certificate configurations prints are checked against: --certificate-templates, else the
// shipped ones beside the program. An unusable one stops the server (exit 2, file and path).
std::optional<CertificateTemplates> loadCertificateTemplates(const ServerConfig& config)
{
    std::filesystem::path dir = config.certificateTemplatesDir.toStdString();
    if (dir.empty())
        dir = defaultCertificateTemplatesDirectory(
            QCoreApplication::applicationDirPath().toStdString());
    if (dir.empty()) {
        std::fprintf(stderr, "vitalis-server: no certificate configurations found "
                             "(--certificate-templates): prints are not checked against them\n");
        return std::nullopt;
    }
    return CertificateTemplates::load(dir);
}

// The FHIR mappings: --fhir-mappings, else the shipped ones beside the program. Throws
// std::invalid_argument naming file and JSON path when one is unusable.
std::vector<fhir::Mapping> loadFhirMappings(const ServerConfig& config)
{
    std::filesystem::path dir = config.fhirMappingsDir.toStdString();
    if (dir.empty())
        dir = defaultFhirMappingsDirectory(QCoreApplication::applicationDirPath().toStdString());
    if (dir.empty()) {
        std::fprintf(stderr, "vitalis-server: no FHIR mappings found (--fhir-mappings): "
                             "POST /fhir/Bundle refuses every Bundle\n");
        return {};
    }
    std::vector<std::string> errors;
    auto mappings = fhir::loadMappingDirectory(dir, errors);
    if (!errors.empty()) {
        std::string all;
        for (const auto& e : errors)
            all += "\n  " + e;
        throw std::invalid_argument("unusable FHIR mapping(s):" + all);
    }
    return mappings;
}

// Each mapping against the form it fills on this server: one that no longer suits it stops the
// start (file and JSON path); one whose form this server lacks is only reported.
void checkFhirMappings(DbPool& pool, Directory& directory,
                       const std::vector<fhir::Mapping>& mappings)
{
    const auto dir = directory.current(pool.local());
    std::string all;
    for (const auto& m : mappings) {
        const auto form = dir->forms->latest(m.form);
        if (!form) {
            std::fprintf(stderr,
                         "vitalis-server: FHIR mapping %s: no form '%s' on this server: its "
                         "Bundles are refused\n",
                         m.file.c_str(), m.form.c_str());
            continue;
        }
        for (const auto& e : fhir::checkMapping(m, *form))
            all += "\n  " + e;
    }
    if (!all.empty())
        throw std::invalid_argument("FHIR mapping(s) that do not suit their forms:" + all);
}

} // namespace

void ServeCommand::migrateAndSeed(const SecretBox& key, const TotpSecretStore& totpSecrets,
                                  const DuplicateCheck& duplicates,
                                  const std::string& dedupFingerprint) const
{
    SystemClock clock;
    auto db = openAndMigrate(dbSettings(config_), clock);
    if (const int sealed = totpSecrets.prepare(*db); sealed > 0)
        std::fprintf(stderr, "vitalis-server: sealed %d TOTP secret(s) with %s\n", sealed,
                     key.file().toLocal8Bit().constData());
    if (!config_.seedFile.isEmpty() &&
        db->scalarInt(QStringLiteral("SELECT COUNT(*) FROM users")).value_or(0) == 0) {
        const SeedSummary s = SeedLoader::loadFile(*db, config_.seedFile, clock);
        std::fprintf(stderr,
                     "vitalis-server: seeded %s: %d locations, %d offices, %d users, %d "
                     "forms\n",
                     config_.seedFile.toLocal8Bit().constData(), s.locations, s.offices,
                     s.usersAdded, s.formsAdded);
    }
    // An upgrade, a restored older backup or a new statistics configuration: count again.
    if (StatisticsStore::ensureBuilt(*db))
        std::fprintf(stderr, "vitalis-server: statistics rebuilt from the records\n");
    // Records stored before the duplicate rules in use get their keys (an upgrade, new rules).
    if (const std::int64_t n = duplicates.ensureIndexed(*db, dedupFingerprint); n >= 0)
        std::fprintf(stderr, "vitalis-server: duplicate check: %lld record(s) indexed\n",
                     static_cast<long long>(n));
    // Records stored before the registry search (or its key format) get their search keys.
    Directory directory;
    if (const std::int64_t n = SearchKeyStore::ensureIndexed(*db, *directory.current(*db)->forms);
        n >= 0)
        std::fprintf(stderr, "vitalis-server: search: %lld record(s) indexed\n",
                     static_cast<long long>(n));
}

int ServeCommand::run()
{
    SystemClock clock;
    // Checked before anything starts: a bad hook file stops the server naming file and path.
    const nid::NidHookConfig nidHooks =
        config_.nationalIdHookFile.isEmpty()
            ? nid::NidHookConfig()
            : nid::NidHookConfig::load(config_.nationalIdHookFile.toStdString());
    const DbSettings settings = dbSettings(config_);
    const std::optional<CertificateTemplates> templates = loadCertificateTemplates(config_);
    const SecretBox secretsKey = SecretBox::fromFile(config_.secretsKeyFile());
    const TotpSecretStore totpSecrets(secretsKey);
    const std::filesystem::path dedupDir = dedupRulesDirectory(config_);
    const DedupRules dedupRules =
        dedupDir.empty() ? DedupRules() : DedupRules::loadDirectory(dedupDir);
    const DuplicateCheck duplicates(dedupRules);
    migrateAndSeed(secretsKey, totpSecrets, duplicates, dedupRulesFingerprint(dedupDir));
    DbPool pool(settings);
    Directory directory;
    Metrics metrics;
    AuthService auth(pool, directory, clock, metrics, totpSecrets, authSettings(config_));
    FormEngineValidator validator(clock);
    PushService push(pool, directory, clock, metrics, validator, duplicates,
                     templates ? &*templates : nullptr);
    push.setNationalIdHooks(&nidHooks);
    PullService pull(pool, directory);
    QueryService query(pool, directory);
    AttachmentService attachments(pool, directory, clock);
    const ShiftedClock poolClock(clock, config_.numberPoolClockOffsetSeconds * 1000);
    NumberPoolService numberPools(pool, directory, poolClock, config_.numberPool);
    // The server key is read once: it certifies laptops' keys and signs the revocation list.
    const CertificateKeys keys =
        CertificateKeys::fromFiles(config_.certificateKey, config_.rootPublicKey);
    CertificateKeyService certificateKeys(pool, directory, clock, keys, config_.deviceKeyDays);
    Services services{
        pool, auth, push, pull, query, metrics, config_.maxBatchOps, config_.maxPullLimit};
    services.certificateKeys = &certificateKeys;
    services.attachments = &attachments;
    services.numberPools = &numberPools;
    CertificateService certificates(pool, clock, keys, config_.verifyRequestsPerMinute);
    services.certificates = &certificates;
    services.certificateTemplates = templates ? &*templates : nullptr;
    ClientTokenService clientTokens(pool, clock);
    NotificationService notifications(pool, directory, push, clock);
    WebSubHub hub(pool, clock);
    SearchService search(pool, clock);
    dci::DciRegistry dciRegistry(search, pool, clock);
    dci::DciSubscriptions dciSubscriptions(dciRegistry, pool, clock);
    const std::vector<fhir::Mapping> fhirMappings = loadFhirMappings(config_);
    checkFhirMappings(pool, directory, fhirMappings);
    FhirBundleService fhirBundles(pool, directory, notifications, clock, fhirMappings);
    const FhirPayloadWriter fhirPayloads(fhirMappings);
    InteropServices interop{clientTokens, notifications, hub,
                            search,       dciRegistry,   dciSubscriptions};
    interop.fhir = &fhirBundles;
    services.interop = &interop;
    WebSubSettings websub;
    websub.retryBaseMs = config_.websubRetryBaseMs;
    websub.deadAfterMs = config_.websubDeadAfterSeconds * 1000;
    WebSubWorker deliveries(pool, clock, metrics, websub, &fhirPayloads);
    dci::DciCallbackWorker dciCallbacks(pool, clock, websub);
    nid::NidAnswers nidAnswers(pool, directory, push, nidHooks);
    nid::NidWorker nidCalls(pool, clock, metrics, nidAnswers);
    nid::NidCallbackService nidCallbacks(pool, clock, metrics, nidAnswers);
    deliveries.start();
    dciCallbacks.start();
    nidCalls.start();
    DuplicateService duplicateQueries(pool, directory, dedupRules);
    services.duplicates = &duplicateQueries;
    Router router;
    registerRoutes(router, services);
    nid::registerNidRoutes(router, nidCallbacks);

    const int rc = listenAndServe(router, metrics, clock, pool, settings);
    // Each worker closes its own database connection now, while the application object and
    // Qt Sql's connection registry are alive; none is left to the threads' exit.
    deliveries.stop();
    dciCallbacks.stop();
    nidCalls.stop();
    pool.releaseLocal();
    return rc;
}

int ServeCommand::listenAndServe(Router& router, Metrics& metrics, const Clock& clock, DbPool& pool,
                                 const DbSettings& settings)
{
    AccessLog accessLog(config_.accessLog);
    HttpServer server(router, metrics, accessLog, clock, httpSettings(config_));
    const auto tls = tlsConfig(config_);
    QString error;
    const QHostAddress address(config_.listenAddress);
    if (address.isNull())
        return fail("--listen: '" + config_.listenAddress.toStdString() + "' is not an IP address");
    const quint16 port = server.listenOn(address, static_cast<quint16>(config_.port), tls, &error);
    if (port == 0)
        return fail("cannot listen on " + config_.listenAddress.toStdString() + ":" +
                        std::to_string(config_.port) + ": " + error.toStdString(),
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
    say(QStringLiteral("vitalis-server %1 listening on %2://%3:%4 (database %5)")
            .arg(QString::fromLatin1(vitalis::kVersion),
                 tls ? QStringLiteral("https") : QStringLiteral("http"), address.toString())
            .arg(port)
            .arg(settings.url.redacted()));
    const int rc = QCoreApplication::exec();
    // The writer threads close their own connections (a connection left to a thread's exit
    // would race ~QCoreApplication).
    server.stopWorkers([&pool] { pool.releaseLocal(); });
    return rc;
}

} // namespace vitalis::server::cli
