// The client's sync stack over one profile store, as a device runs it: the libcurl transport,
// the API client with a short real backoff, and the sync engine.
#pragma once

#include "core/RandomSource.h"
#include "core/store/ProfileStore.h"
#include "sync/client/ApiClient.h"
#include "sync/client/CurlTransport.h"
#include "sync/client/SyncEngine.h"
#include "tests/support/ShortSleeper.h"

#include <memory>
#include <string>

namespace vitalis::test
{

class SyncStack
{
public:
    // `maxAttempts` 1: a failed request fails the run (no retry inside it), as a cut would on a
    // laptop that loses signal; the next run must resume. Transfers time out after 20 s unless
    // `t` says otherwise.
    SyncStack(ProfileStore& store, const Clock& clock, const std::string& serverUrl,
              int maxAttempts = 8, sync::TransportOptions t = {});
    sync::ApiClient& api() { return *m_api; }
    sync::SyncEngine& engine() { return *m_engine; }

private:
    SodiumRandomSource m_random;
    ShortSleeper m_sleeper;
    std::unique_ptr<sync::CurlTransport> m_transport;
    std::unique_ptr<sync::ApiClient> m_api;
    std::unique_ptr<sync::SyncEngine> m_engine;
};

} // namespace vitalis::test
