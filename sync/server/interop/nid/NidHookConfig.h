// The national ID hook file (`vitalis-server serve --national-id-hook FILE`): per event and
// action ("birth.register", "death.register") where the national ID system is, how the server
// proves who it is (OAuth client credentials, a static bearer token, mutual TLS) and the retry
// knobs. Checked whole at start; every problem names the file and its JSON path.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>

namespace vitalis::server::nid
{

struct NidAuth {
    std::string type = "none";                           // none | bearer | oauth
    std::string token;                                   // bearer
    std::string tokenUrl, clientId, clientSecret, scope; // oauth (RFC 6749 §4.4)
};

struct NidHook {
    std::string key; // "birth.register"
    std::string url;
    NidAuth auth;
    std::string clientCert, clientKey, caFile; // mutual TLS (PEM files), all optional
    std::string nationalIdField;               // form field the returned number goes into
    std::int64_t timeoutMs = 10000;
    std::int64_t retryBaseMs = 5000;
    std::int64_t retryMaxMs = 3600LL * 1000;
    std::int64_t deadAfterMs = 24LL * 3600 * 1000;
    std::int64_t callbackTtlMs = 30LL * 24 * 3600 * 1000; // how long a 202's token stays good
};

class NidHookConfig
{
public:
    // Throws std::runtime_error "FILE: /hooks/birth.register/url: ..." (all problems, one a line).
    static NidHookConfig load(const std::filesystem::path& file);
    static NidHookConfig fromJson(const nlohmann::json& j, const std::string& file);

    // The hook for an event and action (e.g. "birth", "register"); null when none.
    const NidHook* find(const std::string& eventType, const std::string& action) const;
    const NidHook* byKey(const std::string& key) const;
    bool empty() const { return hooks_.empty(); }

private:
    std::map<std::string, NidHook> hooks_;
};

} // namespace vitalis::server::nid
