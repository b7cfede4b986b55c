#include "sync/client/PullPrefetch.h"

namespace vitalis::sync
{

PullPrefetch::PullPrefetch(ApiClient& api) : m_api(api) {}

PullPrefetch::~PullPrefetch()
{
    if (m_download.valid())
        m_download.wait();
}

void PullPrefetch::start(const protocol::PullRequest& request)
{
    if (m_download.valid())
        m_download.wait();
    m_pending.reset();
    auto http = m_api.pullHttpRequest(request);
    if (!http)
        return; // no access token: take() goes the ordinary way, which refreshes
    m_pending = request;
    Transport& transport = m_api.transport();
    m_download = std::async(std::launch::async, [&transport, req = std::move(*http)] {
        Outcome out;
        try {
            out.response = transport.send(req);
        } catch (const TransportError& e) {
            out.error = e; // retried (or reported) on the calling thread
        }
        return out;
    });
}

std::string PullPrefetch::take(const protocol::PullRequest& request,
                               const ApiClient::PageCut& onCut)
{
    if (m_download.valid()) {
        Outcome out = m_download.get();
        const bool same =
            m_pending && m_pending->cursor == request.cursor && m_pending->limit == request.limit;
        m_pending.reset();
        if (out.response) {
            m_api.countPrefetched(*out.response);
            if (same && out.response->status >= 200 && out.response->status < 300)
                return std::move(out.response->body);
        } else if (same && out.error) {
            return m_api.pullBodyAfter(request, *out.error, onCut);
        }
    }
    return m_api.pullBody(request, onCut);
}

} // namespace vitalis::sync
