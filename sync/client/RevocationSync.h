// One sync step: downloads the server's signed certificate revocation list and keeps it in the
// device's store, so certificates can be checked against it while offline. A server with no
// signing key publishes none (not_found): the stored copy stays as it was.
#pragma once

#include "core/Clock.h"
#include "sync/client/ApiClient.h"

namespace vitalis
{
class ProfileStore;
}

namespace vitalis::sync
{

class RevocationSync
{
public:
    RevocationSync(ProfileStore& store, ApiClient& api, const Clock& clock)
        : m_store(store), m_api(api), m_clock(clock)
    {
    }
    // True when a list was stored.
    bool run();

private:
    ProfileStore& m_store;
    ApiClient& m_api;
    const Clock& m_clock;
};

} // namespace vitalis::sync
