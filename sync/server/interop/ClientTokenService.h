// OAuth 2.0 client-credentials grant for integration clients (RFC 6749 §4.4): a client id and
// secret (HTTP Basic or form body) buy a short-lived bearer token carrying the client's scopes;
// every API call presents it, within the client's rate limit. Tokens are stored as digests.
#pragma once

#include "core/Clock.h"
#include "sync/server/db/Db.h"
#include "sync/server/interop/IntegrationClientStore.h"

#include <QByteArray>
#include <QUrlQuery>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>

namespace vitalis::server
{

// The integration client behind a request, with the scopes its token carries.
struct ClientContext {
    IntegrationClient client;
    std::set<std::string> scopes;
};

// The token endpoint's answer: RFC 6749 §5.1 on success, §5.2 ({"error": ...}) on failure.
struct TokenAnswer {
    int status = 200;
    nlohmann::json body;
    bool challengeBasic = false; // 401 to a Basic attempt: send WWW-Authenticate
};

class ClientTokenService
{
public:
    ClientTokenService(DbPool& pool, const Clock& clock, std::int64_t tokenTtlMs = 10 * 60 * 1000)
        : pool_(pool), clock_(clock), ttlMs_(tokenTtlMs)
    {
    }

    // `form`: the form-encoded body already parsed; `authorization`: the request's header.
    TokenAnswer issue(const QByteArray& authorization, const QUrlQuery& form,
                      const std::string& remote);
    // Throws ApiError: Unauthorized (no/unknown/expired token), Forbidden (token lacks
    // `scope`), TooManyRequests (over the client's rate limit).
    ClientContext authenticate(const QByteArray& authorization, const std::string& scope);

    // The body of a form-encoded request ('+' is a space there, unlike in URLs).
    static QUrlQuery parseForm(const QByteArray& body);

private:
    void throttle(const IntegrationClient& client);

    DbPool& pool_;
    const Clock& clock_;
    std::int64_t ttlMs_;
    std::mutex rateMutex_;
    struct Window {
        std::int64_t start = 0;
        int count = 0;
    };
    std::map<std::string, Window> windows_; // client id -> this minute's calls
};

} // namespace vitalis::server
