// `vitalis-server client create|list|rotate|revoke`: integration clients (hospital systems,
// ID systems, subscribers); create and rotate print the secret once, as JSON on stdout. Also
// `deliveries list|replay` and `nid list|replay`, the admin's view of what was sent to them.
#pragma once

#include "core/Clock.h"
#include "sync/server/ServerConfig.h"

#include <QString>
#include <string>

namespace vitalis::server::cli
{

// The options of a client command, as given on the command line ("" when absent).
struct ClientOptions {
    std::string id, name, scopes, jurisdiction, events, fields, rateLimit, publicKey, callbacks;
};

class ClientCommand
{
public:
    ClientCommand(const ServerConfig& config, const Clock& clock) : config_(config), clock_(clock)
    {
    }
    int run(const QString& action, const ClientOptions& o);
    // `vitalis-server deliveries list [--state S] | replay [--id ID]` (WebSub outbox).
    int deliveries(const QString& action, const std::string& state, const std::string& id);
    // `vitalis-server nid list [--state S] | replay [--id ID]` (national ID hook calls).
    int nidCalls(const QString& action, const std::string& state, const std::string& id);

private:
    const ServerConfig& config_;
    const Clock& clock_;
};

} // namespace vitalis::server::cli
