#include "tests/support/SyncStack.h"

namespace vitalis::test
{

SyncStack::SyncStack(ProfileStore& store, const Clock& clock, const std::string& serverUrl,
                     int maxAttempts, sync::TransportOptions t)
{
    t.baseUrl = serverUrl;
    t.transferTimeoutMs = t.transferTimeoutMs == 120'000 ? 20'000 : t.transferTimeoutMs;
    t.lowSpeedSeconds = 10;
    m_transport = std::make_unique<sync::CurlTransport>(t);
    sync::BackoffPolicy policy;
    policy.initialMs = 20;
    policy.maxMs = 200;
    policy.maxAttempts = maxAttempts;
    m_api = std::make_unique<sync::ApiClient>(*m_transport, store.settings(), m_sleeper, m_random,
                                              policy);
    m_engine = std::make_unique<sync::SyncEngine>(store, *m_api, clock);
}

} // namespace vitalis::test
