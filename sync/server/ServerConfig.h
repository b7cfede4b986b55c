// Everything an operator can set: flags, or the same keys in an INI config file (--config);
// flags win. validate() names the offending option.
#pragma once

#include "core/NumberPool.h"
#include "sync/server/db/DatabaseUrl.h"

#include <QString>
#include <QStringList>
#include <optional>

class QCommandLineParser;

namespace vitalis::server
{

struct ServerConfig {
    QString listenAddress = QStringLiteral("127.0.0.1");
    int port = 8480;
    QString dataDir;     // embedded SQLite file lives here unless --database is given
    QString databaseUrl; // sqlite:PATH or postgres://user:pass@host:port/db
    QString tlsCert;     // PEM; both or neither
    QString tlsKey;
    qint64 accessTokenTtlSeconds = 15 * 60;
    qint64 refreshTokenTtlSeconds = 30LL * 24 * 3600;
    qint64 maxBodyBytes = 8LL * 1024 * 1024;
    int maxBatchOps = 1000;
    int maxPullLimit = 5000;
    int lockoutThreshold = 5;
    qint64 lockoutSeconds = 15 * 60;
    int loginFailuresPerHour = 100; // per account name, whatever the address
    int loginAddressFailures = 20;  // per client address per window
    qint64 loginAddressWindowSeconds = 15 * 60;
    int headerTimeoutSeconds = 10;
    int bodyTimeoutSeconds = 30;
    int idleTimeoutSeconds = 60;
    int maxConnections = 1000; // lowered to fit the process's descriptor limit
    int shutdownDrainSeconds = 30;
    QString accessLog; // file, "-" for stderr, empty for none
    QStringList totpRequiredRoles;
    QString seedFile; // loaded at start when the database has no users yet
    int workers = 4;
    qint64 websubRetryBaseMs = 5000;       // first retry of a failed delivery (then doubling)
    qint64 websubDeadAfterSeconds = 86400; // a delivery failing this long is dead-lettered
    QString sqliteSynchronous = QStringLiteral("FULL");
    QString rolesFile;          // optional JSON role catalog; defaults from core otherwise
    QString dedupRulesDir;      // duplicate-detection rules; DedupRules::defaultDirectory otherwise
    QString secretsKey;         // key file sealing TOTP secrets; see secretsKeyFile()
    QString certificateKey;     // server signing key; its certificate is certificateKey + ".cert"
    int deviceKeyDays = 90;     // validity of the device issuing keys the server certifies
    QStringList trustedProxies; // load balancers whose X-Forwarded-For is believed
    NumberPoolPolicy numberPool; // offline registration: block size, refill, expiry, limits
    qint64 numberPoolClockOffsetSeconds = 0; // drills and tests only: block expiry clock ahead
    QString rootPublicKey;            // the country's root public key (keys init-root's FILE.pub)
    int verifyRequestsPerMinute = 60; // public /verify requests per client address
    // Certificate configurations (--certificate-templates); the shipped ones when empty.
    QString certificateTemplatesDir;
    // FHIR mappings of POST /fhir/Bundle and FHIR payloads (--fhir-mappings); shipped ones when
    // empty.
    QString fhirMappingsDir;
    QString
        nationalIdHookFile; // --national-id-hook: JSON hooks (nid::NidHookConfig); none if empty

    // Throws std::invalid_argument naming the option.
    DatabaseUrl database() const;
    // --secrets-key, else secrets.key in --data DIR, else beside the SQLite file, else (a
    // PostgreSQL URL alone) in the user's application data folder.
    QString secretsKeyFile() const;
    void validate() const;
};

// Registers every option (with its --help text) on `parser`.
void addConfigOptions(QCommandLineParser& parser);
// Reads --config first, then overrides with the flags given. Throws std::invalid_argument.
ServerConfig configFromParser(const QCommandLineParser& parser);

} // namespace vitalis::server
