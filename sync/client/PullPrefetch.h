// Downloads pull page N+1 while page N is applied: one page in flight, one being applied, so
// the client's memory stays two pages whatever the download's size. The download thread only
// moves bytes through the transport; tokens, retries and errors stay with ApiClient here.
#pragma once

#include "sync/client/ApiClient.h"

#include <future>
#include <optional>
#include <string>

namespace vitalis::sync
{

class PullPrefetch
{
public:
    explicit PullPrefetch(ApiClient& api);
    ~PullPrefetch(); // waits for a download in flight (the transport is not shared meanwhile)
    PullPrefetch(const PullPrefetch&) = delete;
    PullPrefetch& operator=(const PullPrefetch&) = delete;

    // Starts fetching `request` in the background. Until take(), nothing else may use the
    // ApiClient's transport.
    void start(const protocol::PullRequest& request);
    // The answer's body for `request`: the prefetched one when it was for the same request and
    // came back 2xx; otherwise fetched here through ApiClient::pullBody (refresh on 401,
    // retries, errors mapped as for any call; a prefetch that died counts as an attempt, and
    // `onCut` hears of every transfer that died part-way, the prefetch's included).
    std::string take(const protocol::PullRequest& request, const ApiClient::PageCut& onCut = {});

private:
    struct Outcome {
        std::optional<HttpResponse> response; // none: the transport threw `error`
        std::optional<TransportError> error;
    };
    ApiClient& m_api;
    std::optional<protocol::PullRequest> m_pending;
    std::future<Outcome> m_download;
};

} // namespace vitalis::sync
