// Integration clients (hospital systems, ID systems, subscribers): who they are, their hashed
// secret, scopes, jurisdiction, events, allowed fields and rate limit. The only owner of the
// integration_clients table; the admin commands and the token service both go through it.
#pragma once

#include "sync/server/db/Db.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace vitalis::server
{

// The scopes an integration client may hold (docs/integration-guide.md).
namespace client_scope
{
inline constexpr const char* Notify = "notify";
inline constexpr const char* Search = "search";
inline constexpr const char* Subscribe = "subscribe";
inline constexpr const char* Nid = "nid";
inline constexpr const char* Dci = "dci";
bool isKnown(const std::string& scope);
} // namespace client_scope

struct IntegrationClient {
    std::string id;
    std::string name;
    std::string secretHash;
    std::set<std::string> scopes;
    std::string jurisdictionId;
    std::set<std::string> events;           // event types it may touch; empty: none
    std::vector<std::string> allowedFields; // fields it may receive; empty: all
    int rateLimitPerMinute = 600;
    std::string signingKey; // Ed25519 public key, base64; empty: its DCI messages go unsigned
    std::vector<std::string> callbacks; // URL prefixes it may be called back at (DCI)
    std::int64_t createdAt = 0;
    bool revoked = false;

    bool has(const std::string& scope) const { return scopes.count(scope) != 0; }
    // True when `url` lies under one of the registered callback prefixes.
    bool mayCallBack(const std::string& url) const;
    nlohmann::json describe() const; // everything but the secret hash
};

struct NewIntegrationClient {
    std::string name;
    std::vector<std::string> scopes;
    std::string jurisdictionId;
    std::vector<std::string> events;
    std::vector<std::string> allowedFields;
    int rateLimitPerMinute = 600;
};

// Bad admin input (unknown scope, unknown location, ...): the message names the option.
class ClientConfigError : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

struct ClientCredentials {
    std::string clientId;
    std::string clientSecret; // shown once; only its argon2id hash is stored
};

class IntegrationClientStore
{
public:
    static ClientCredentials create(Db& db, const NewIntegrationClient& c, std::int64_t now);
    static std::vector<IntegrationClient> list(Db& db);
    static std::optional<IntegrationClient> load(Db& db, const std::string& id);
    // A new secret; the old one and every token issued with it stop working.
    static ClientCredentials rotate(Db& db, const std::string& id, std::int64_t now);
    static void revoke(Db& db, const std::string& id, std::int64_t now);
    // The Ed25519 public key (base64 of 32 bytes) the client signs DCI messages with; replaces
    // the previous one. Throws ClientConfigError naming --public-key or --id.
    static void setSigningKey(Db& db, const std::string& id, const std::string& publicKey,
                              std::int64_t now);
    // The URL prefixes the registry may call the client back at (http or https, with a host);
    // replaces the previous ones. Throws ClientConfigError naming --callbacks or --id.
    static void setCallbacks(Db& db, const std::string& id, const std::vector<std::string>& urls,
                             std::int64_t now);
    // The next number of the client's tracking-ID sequence (inside the caller's transaction).
    static std::int64_t nextTrackingSequence(Db& db, const std::string& id);
};

} // namespace vitalis::server
