// The sync API as calls: login, refresh, push, pull. Adds the bearer token, refreshes it once
// on 401 and repeats the call (mid-batch expiry), and retries infrastructure failures with
// backoff. Tokens live in the profile's encrypted settings, never in a plain file.
#pragma once

#include "core/Clock.h"
#include "sync/client/Backoff.h"
#include "sync/client/SyncError.h"
#include "sync/client/Transport.h"
#include "sync/protocol/AuthMessages.h"
#include "sync/protocol/PullMessages.h"
#include "sync/protocol/PushMessages.h"

#include <atomic>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <span>

namespace vitalis
{
class SettingsRepository;
}

namespace vitalis::sync
{

struct CallStats {
    std::uint64_t bytesSent = 0;
    std::uint64_t bytesReceived = 0;
    int requests = 0;
    int retries = 0;
    int refreshes = 0;
};

// A push on its way (ApiClient::startPush): the exchange runs on a thread of its own, so the
// caller applies the previous answer to the store meanwhile. Several may be in flight; one
// thread starts and finishes them, in the order it started them.
class PendingPush
{
public:
    bool valid() const { return m_reply.valid(); }

private:
    friend class ApiClient;
    struct Reply {
        std::optional<protocol::PushResponse> answer; // set on 2xx
        HttpResponse failed;                          // otherwise: mapped in finishPush
    };
    std::string m_body;
    std::future<Reply> m_reply;
};

class ApiClient
{
public:
    static constexpr const char* kAccessToken = "auth.access_token";
    static constexpr const char* kRefreshToken = "auth.refresh_token";
    static constexpr const char* kUserInfo = "auth.user";
    static constexpr const char* kDeviceId = "sync.device_id";

    ApiClient(Transport& transport, SettingsRepository& settings, Sleeper& sleeper,
              RandomSource& random, BackoffPolicy policy = {});

    // The device id this profile signs in with (a UUID made once and kept).
    std::string deviceId();
    bool hasSession();

    protocol::TokenPair login(const std::string& username, const std::string& password,
                              const std::string& totp = {});
    void refresh(); // throws SyncError(NotLoggedIn) when the refresh token is refused
    void logout();  // forgets the tokens locally (best effort on the server)

    protocol::PushResponse push(const protocol::PushRequest& request);
    // Pipelined push of ops already encoded (each exactly as stored: a re-sent op is the
    // same bytes). The request, the retries and the answer's decoding happen on another
    // thread; finishPush waits, refreshes an expired token and repeats the call if needed.
    PendingPush startPush(std::span<const std::string_view> encodedOps);
    protocol::PushResponse finishPush(PendingPush& pending);
    protocol::PullResponse pull(const protocol::PullRequest& request);
    // Called when a pull's transfer died part-way (a cut link, a timeout); returns the page
    // size the retry asks for (see PullPageSize).
    using PageCut = std::function<int()>;
    // The pull answer's text as it came (for protocol::PullPageReader: no DOM on the way).
    std::string pullBody(protocol::PullRequest request, const PageCut& onCut = {});
    // For PullPrefetch, which sends a pull on another thread: the request as pullBody would
    // send it (none without an access token), the transport, and the accounting of its answer.
    std::optional<HttpRequest> pullHttpRequest(const protocol::PullRequest& request);
    Transport& transport() { return m_transport; }
    void countPrefetched(const HttpResponse& response);
    // After the prefetch's attempt died without an answer: that attempt counts (onCut hears of
    // it), so with one attempt allowed (or a TLS failure) this throws as pullBody would have;
    // else pullBody.
    std::string pullBodyAfter(protocol::PullRequest request, const TransportError& first,
                              const PageCut& onCut = {});
    nlohmann::json get(const std::string& path); // authenticated GET (conflicts, records)
    // Authenticated call with a JSON body (null = none) and a JSON answer.
    nlohmann::json send(const std::string& method, const std::string& path,
                        const nlohmann::json& body);
    // Authenticated call with raw bytes both ways (attachment chunks and downloads); same
    // token refresh, retries and error mapping as the JSON calls.
    std::string sendRaw(const std::string& method, const std::string& path,
                        const std::string& body);
    // Authenticated GET sending If-None-Match: `etag` (none when empty); nullopt when the
    // server answers 304 Not Modified, else the answer (body and its ETag).
    std::optional<HttpResponse> getIfChanged(const std::string& path, const std::string& etag);

    void setCancelFlag(const std::atomic<bool>* flag);
    CallStats stats() const
    {
        std::lock_guard lock(m_statsMutex);
        return m_stats;
    }
    // Called before each retry sleep: (attempt, delay, reason). The CLI prints it.
    std::function<void(int, std::int64_t, const std::string&)> onRetry;

private:
    nlohmann::json call(const std::string& method, const std::string& path,
                        const nlohmann::json& body, bool authenticated);
    // `onCut` may rewrite the request after a transfer that died part-way, before any retry.
    using CutHook = std::function<void(HttpRequest&)>;
    std::string exchange(const std::string& method, const std::string& path,
                         const std::string* body, bool authenticated, const CutHook& onCut = {});
    HttpRequest request(const std::string& method, const std::string& path, const std::string* body,
                        bool authenticated, bool& refreshed);
    bool wantsRefresh(const HttpResponse& r, bool authenticated) const;
    [[noreturn]] void fail(const std::string& method, const std::string& path,
                           const HttpResponse& r, bool authenticated);
    HttpResponse sendWithRetry(HttpRequest request, const CutHook& onCut = {});
    void storeTokens(const protocol::TokenPair& tokens);
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    Transport& m_transport;
    SettingsRepository& m_settings;
    Sleeper& m_sleeper;
    Backoff m_backoff;
    const std::atomic<bool>* m_cancel = nullptr;
    // Pushes in flight count and back off on their own threads.
    template <typename F> void tally(F&& f)
    {
        std::lock_guard lock(m_statsMutex);
        f(m_stats);
    }
    mutable std::mutex m_statsMutex;
    CallStats m_stats;
};

} // namespace vitalis::sync
