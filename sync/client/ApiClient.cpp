#include "sync/client/ApiClient.h"

#include "core/Uuid.h"
#include "core/store/SettingsRepository.h"
#include "sync/protocol/ErrorBody.h"
#include "sync/protocol/ProtocolVersion.h"

namespace vitalis::sync
{

using nlohmann::json;

std::string_view toString(SyncError::Kind kind)
{
    switch (kind) {
    case SyncError::Kind::Network:
        return "network";
    case SyncError::Kind::Server:
        return "server";
    case SyncError::Kind::NotLoggedIn:
        return "not_logged_in";
    case SyncError::Kind::Refused:
        return "refused";
    case SyncError::Kind::ResetRequired:
        return "reset_required";
    case SyncError::Kind::MutationGap:
        return "mutation_gap";
    case SyncError::Kind::Busy:
        return "busy";
    case SyncError::Kind::Cancelled:
        return "cancelled";
    case SyncError::Kind::Local:
        return "local";
    }
    return "unknown";
}

namespace
{

// Why no answer came back, as the SyncError's code, so front ends can say it in words.
std::string transportReason(TransportError::Kind kind)
{
    switch (kind) {
    case TransportError::Kind::Connect:
        return "connect";
    case TransportError::Kind::Timeout:
        return "timeout";
    case TransportError::Kind::Tls:
        return "tls";
    case TransportError::Kind::Io:
        return "io";
    case TransportError::Kind::Cancelled:
        return "cancelled";
    }
    return {};
}

// The connection was made and then lost or too slow: a smaller answer may get through, where
// a refused connection or a certificate problem says nothing about the answer's size.
bool diedPartWay(const TransportError& e)
{
    return e.kind() == TransportError::Kind::Io || e.kind() == TransportError::Kind::Timeout;
}

} // namespace

ApiClient::ApiClient(Transport& transport, SettingsRepository& settings, Sleeper& sleeper,
                     RandomSource& random, BackoffPolicy policy)
    : m_transport(transport), m_settings(settings), m_sleeper(sleeper), m_backoff(policy, random)
{
}

std::string ApiClient::deviceId()
{
    if (auto id = m_settings.get(kDeviceId))
        return *id;
    const std::string id = generateUuid();
    m_settings.set(kDeviceId, id);
    return id;
}

bool ApiClient::hasSession()
{
    return m_settings.get(kRefreshToken).has_value();
}

void ApiClient::setCancelFlag(const std::atomic<bool>* flag)
{
    m_cancel = flag;
    m_transport.setCancelFlag(flag);
}

void ApiClient::storeTokens(const protocol::TokenPair& tokens)
{
    m_settings.set(kAccessToken, tokens.accessToken);
    m_settings.set(kRefreshToken, tokens.refreshToken);
    m_settings.set(kUserInfo, protocol::encodeUserInfo(tokens.user).dump());
}

protocol::TokenPair ApiClient::login(const std::string& username, const std::string& password,
                                     const std::string& totp)
{
    protocol::LoginRequest req{username, password, deviceId(), totp};
    const json answer =
        call("POST", "/api/v1/auth/login", protocol::encodeLoginRequest(req), false);
    protocol::TokenPair tokens = protocol::decodeTokenPair(answer);
    storeTokens(tokens);
    return tokens;
}

void ApiClient::refresh()
{
    const auto token = m_settings.get(kRefreshToken);
    if (!token)
        throw SyncError(SyncError::Kind::NotLoggedIn, "not logged in: run 'vitalis-cli login'");
    try {
        const json answer = call("POST", "/api/v1/auth/refresh",
                                 protocol::encodeRefreshRequest({*token, deviceId()}), false);
        storeTokens(protocol::decodeTokenPair(answer));
        tally([](CallStats& c) { ++c.refreshes; });
    } catch (const SyncError& e) {
        if (e.kind() != SyncError::Kind::Refused)
            throw;
        // The refresh token expired or was revoked: local work goes on, sync needs a login.
        m_settings.remove(kAccessToken);
        m_settings.remove(kRefreshToken);
        throw SyncError(SyncError::Kind::NotLoggedIn,
                        std::string("the session has ended (") + e.what() +
                            "); log in again to sync. Local work is not affected.",
                        e.code());
    }
}

void ApiClient::logout()
{
    m_settings.remove(kAccessToken);
    m_settings.remove(kRefreshToken);
}

protocol::PushResponse ApiClient::push(const protocol::PushRequest& request)
{
    return protocol::decodePushResponse(
        call("POST", "/api/v1/push", protocol::encodePushRequest(request), true));
}

protocol::PullResponse ApiClient::pull(const protocol::PullRequest& request)
{
    return protocol::decodePullResponse(
        call("POST", "/api/v1/pull", protocol::encodePullRequest(request), true));
}

namespace
{
protocol::PushResponse decodePushAnswer(const std::string& text)
{
    try {
        return protocol::decodePushResponse(json::parse(text));
    } catch (const json::exception& e) {
        throw SyncError(SyncError::Kind::Server,
                        std::string("the server sent a body that is not JSON (/api/v1/push): ") +
                            e.what());
    }
}
} // namespace

PendingPush ApiClient::startPush(std::span<const std::string_view> encodedOps)
{
    PendingPush pending;
    pending.m_body = protocol::encodePushRequestText(encodedOps);
    bool refreshed = false;
    HttpRequest req;
    try {
        // Built here: the token is read from the store, which only this thread touches.
        req = request("POST", "/api/v1/push", &pending.m_body, true, refreshed);
    } catch (const SyncError&) {
        // No token and no refresh (offline): the push fails where a sent one would, in
        // finishPush, so the caller handles both alike.
        std::promise<PendingPush::Reply> failed;
        failed.set_exception(std::current_exception());
        pending.m_reply = failed.get_future();
        return pending;
    }
    pending.m_reply = std::async(std::launch::async, [this, req = std::move(req)]() {
        PendingPush::Reply reply;
        HttpResponse r = sendWithRetry(req);
        if (r.status >= 200 && r.status < 300)
            reply.answer = decodePushAnswer(r.body);
        else
            reply.failed = std::move(r);
        return reply;
    });
    return pending;
}

protocol::PushResponse ApiClient::finishPush(PendingPush& pending)
{
    PendingPush::Reply reply = pending.m_reply.get();
    if (reply.answer)
        return std::move(*reply.answer);
    if (!wantsRefresh(reply.failed, true))
        fail("POST", "/api/v1/push", reply.failed, true);
    // The access token expired (maybe mid-batch): the same body again after a refresh; the
    // server's ledger makes a repeated push harmless.
    refresh();
    return decodePushAnswer(exchange("POST", "/api/v1/push", &pending.m_body, true));
}

std::string ApiClient::pullBody(protocol::PullRequest request, const PageCut& onCut)
{
    std::string text = protocol::encodePullRequest(request).dump();
    CutHook smaller;
    if (onCut)
        smaller = [&](HttpRequest& r) {
            request.limit = onCut();
            text = protocol::encodePullRequest(request).dump(); // also after a token refresh
            r.body = text;
        };
    return exchange("POST", "/api/v1/pull", &text, true, smaller);
}

std::optional<HttpRequest> ApiClient::pullHttpRequest(const protocol::PullRequest& request)
{
    const auto token = m_settings.get(kAccessToken);
    if (!token)
        return std::nullopt;
    HttpRequest req;
    req.path = "/api/v1/pull";
    req.body = protocol::encodePullRequest(request).dump();
    req.headers.emplace_back("Authorization", "Bearer " + *token);
    return req;
}

void ApiClient::countPrefetched(const HttpResponse& response)
{
    tally([&](CallStats& c) {
        ++c.requests;
        c.bytesSent += response.bytesSent;
        c.bytesReceived += response.bytesReceived;
    });
}

std::string ApiClient::pullBodyAfter(protocol::PullRequest request, const TransportError& first,
                                     const PageCut& onCut)
{
    if (first.kind() == TransportError::Kind::Cancelled)
        throw SyncError(SyncError::Kind::Cancelled, "sync cancelled");
    if (onCut && diedPartWay(first))
        request.limit = onCut();
    if (first.kind() == TransportError::Kind::Tls || m_backoff.policy().maxAttempts <= 1)
        throw SyncError(SyncError::Kind::Network, first.what(), transportReason(first.kind()));
    return pullBody(std::move(request), onCut);
}

json ApiClient::get(const std::string& path)
{
    return call("GET", path, json(), true);
}

json ApiClient::send(const std::string& method, const std::string& path, const json& body)
{
    return call(method, path, body, true);
}

std::string ApiClient::sendRaw(const std::string& method, const std::string& path,
                               const std::string& body)
{
    return exchange(method, path, method == "GET" ? nullptr : &body, true);
}

std::optional<HttpResponse> ApiClient::getIfChanged(const std::string& path,
                                                    const std::string& etag)
{
    bool refreshed = false;
    for (;;) {
        HttpRequest req = request("GET", path, nullptr, true, refreshed);
        if (!etag.empty())
            req.headers.emplace_back("If-None-Match", etag);
        HttpResponse r = sendWithRetry(std::move(req));
        if (r.status == 304)
            return std::nullopt;
        if (r.status >= 200 && r.status < 300)
            return r;
        if (!refreshed && wantsRefresh(r, true)) {
            refresh();
            refreshed = true;
            continue;
        }
        fail("GET", path, r, true);
    }
}

HttpResponse ApiClient::sendWithRetry(HttpRequest request, const CutHook& onCut)
{
    const int maxAttempts = m_backoff.policy().maxAttempts;
    for (int attempt = 1;; ++attempt) {
        if (cancelled())
            throw SyncError(SyncError::Kind::Cancelled, "sync cancelled");
        std::string why;
        std::optional<std::int64_t> retryAfter;
        try {
            tally([](CallStats& c) { ++c.requests; });
            HttpResponse r = m_transport.send(request);
            tally([&](CallStats& c) {
                c.bytesSent += r.bytesSent;
                c.bytesReceived += r.bytesReceived;
            });
            if (r.status < 500 && r.status != 429 && r.status != 408)
                return r;
            why = "HTTP " + std::to_string(r.status);
            retryAfter = r.retryAfterMs;
            if (attempt >= maxAttempts)
                return r;
        } catch (const TransportError& e) {
            if (e.kind() == TransportError::Kind::Cancelled)
                throw SyncError(SyncError::Kind::Cancelled, "sync cancelled");
            if (onCut && diedPartWay(e))
                onCut(request); // before giving up too: the next run starts from it
            // A certificate or pin mismatch does not heal by waiting: never retry it.
            if (e.kind() == TransportError::Kind::Tls || attempt >= maxAttempts)
                throw SyncError(SyncError::Kind::Network, e.what(), transportReason(e.kind()));
            why = e.what();
        }
        std::int64_t delay = 0;
        tally([&](CallStats& c) {
            delay = m_backoff.delayMs(attempt, retryAfter); // its random source is not shared
            ++c.retries;
        });
        if (onRetry)
            onRetry(attempt, delay, why);
        m_sleeper.sleepMs(delay);
    }
}

json ApiClient::call(const std::string& method, const std::string& path, const json& body,
                     bool authenticated)
{
    const std::string text = body.is_null() ? std::string() : body.dump();
    const std::string answer =
        exchange(method, path, body.is_null() ? nullptr : &text, authenticated);
    try {
        return json::parse(answer);
    } catch (const json::exception& e) {
        throw SyncError(SyncError::Kind::Server,
                        "the server sent a body that is not JSON (" + path + "): " + e.what());
    }
}

HttpRequest ApiClient::request(const std::string& method, const std::string& path,
                               const std::string* body, bool authenticated, bool& refreshed)
{
    HttpRequest req;
    req.method = method;
    req.path = path;
    if (body)
        req.body = *body;
    if (!authenticated)
        return req;
    auto token = m_settings.get(kAccessToken);
    if (!token) {
        if (refreshed || !hasSession())
            throw SyncError(SyncError::Kind::NotLoggedIn, "not logged in: run 'vitalis-cli login'");
        refresh();
        refreshed = true;
        token = m_settings.get(kAccessToken);
        if (!token)
            throw SyncError(SyncError::Kind::NotLoggedIn, "not logged in: run 'vitalis-cli login'");
    }
    req.headers.emplace_back("Authorization", "Bearer " + *token);
    return req;
}

bool ApiClient::wantsRefresh(const HttpResponse& r, bool authenticated) const
{
    if (r.status != 401 || !authenticated)
        return false;
    try {
        return protocol::decodeError(json::parse(r.body)).code == "unauthorized";
    } catch (const json::exception&) {
        return false;
    }
}

void ApiClient::fail(const std::string& method, const std::string& path, const HttpResponse& r,
                     bool authenticated)
{
    protocol::ErrorBody err;
    try {
        err = protocol::decodeError(json::parse(r.body));
    } catch (const json::exception&) {
        err.code = "http_" + std::to_string(r.status);
        err.message = r.body.substr(0, 200);
    }
    const std::string message = method + " " + path + ": HTTP " + std::to_string(r.status) + " " +
                                err.code + ": " + err.message +
                                (err.path.empty() ? "" : " (at " + err.path + ")");
    if (r.status >= 500)
        throw SyncError(SyncError::Kind::Server, message, err.code, err.details);
    if (err.code == "reset_required")
        throw SyncError(SyncError::Kind::ResetRequired, message, err.code, err.details);
    if (err.code == "mutation_gap")
        throw SyncError(SyncError::Kind::MutationGap, message, err.code, err.details);
    if (r.status == 401 && authenticated)
        throw SyncError(SyncError::Kind::NotLoggedIn, message, err.code, err.details);
    throw SyncError(SyncError::Kind::Refused, message, err.code, err.details);
}

std::string ApiClient::exchange(const std::string& method, const std::string& path,
                                const std::string* body, bool authenticated, const CutHook& onCut)
{
    bool refreshed = false;
    for (;;) {
        HttpResponse r =
            sendWithRetry(request(method, path, body, authenticated, refreshed), onCut);
        if (r.status >= 200 && r.status < 300)
            return std::move(r.body);
        if (!refreshed && wantsRefresh(r, authenticated)) {
            // The access token expired (maybe mid-batch): refresh once and repeat the call.
            // The server's ledger makes a repeated push harmless.
            refresh();
            refreshed = true;
            continue;
        }
        fail(method, path, r, authenticated);
    }
}

} // namespace vitalis::sync
