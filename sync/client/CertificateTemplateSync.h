// One sync step: downloads the server's certificate configurations and SVG templates when they
// changed (If-None-Match with the stored ETag: unchanged costs a 304 and no body) and keeps
// them in the device's store, where CertificatePrinting prefers them to the installed files.
#pragma once

#include "core/Clock.h"
#include "sync/client/ApiClient.h"

#include <string>

namespace vitalis
{
class ProfileStore;
}

namespace vitalis::sync
{

class CertificateTemplateSync
{
public:
    CertificateTemplateSync(ProfileStore& store, ApiClient& api, const Clock& clock)
        : m_store(store), m_api(api), m_clock(clock)
    {
    }
    // "stored" (new configurations kept), "unchanged" (304), "none" (the server serves none,
    // or sent what this program cannot read: the stored copy stays as it was).
    std::string run();

private:
    ProfileStore& m_store;
    ApiClient& m_api;
    const Clock& m_clock;
};

} // namespace vitalis::sync
