// `vitalis-server serve`: migrates (and seeds an empty database when asked), then runs the HTTP
// server until SIGTERM/SIGINT, draining requests before it returns.
#pragma once

#include "sync/server/ServerConfig.h"

#include <string>

namespace vitalis
{
class Clock;
}

namespace vitalis::server
{
class DbPool;
struct DbSettings;
class DuplicateCheck;
class Metrics;
class Router;
class SecretBox;
class TotpSecretStore;
} // namespace vitalis::server

namespace vitalis::server::cli
{

class ServeCommand
{
public:
    explicit ServeCommand(const ServerConfig& config) : config_(config) {}
    // Runs in the QCoreApplication's event loop; the process exit code.
    int run();

private:
    // Brings the schema up to date, checks the secrets key and seals old TOTP secrets, seeds.
    void migrateAndSeed(const SecretBox& key, const TotpSecretStore& totpSecrets,
                        const DuplicateCheck& duplicates,
                        const std::string& dedupFingerprint) const;
    // Listens, runs the event loop until SIGTERM/SIGINT has drained the requests, stops the
    // HTTP writer threads; the exit code.
    int listenAndServe(Router& router, Metrics& metrics, const Clock& clock, DbPool& pool,
                       const DbSettings& settings);
    const ServerConfig& config_;
};

} // namespace vitalis::server::cli
