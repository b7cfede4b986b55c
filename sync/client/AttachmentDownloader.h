// Brings the documents of pulled records to this device: each attachment reference in a pulled
// record becomes a "remote" row, and remote rows are downloaded, checked against their SHA-256
// and stored encrypted in the profile. A failed download stays remote and is tried next sync.
#pragma once

#include "sync/client/ApiClient.h"
#include "sync/protocol/AttachmentMessages.h"
#include "sync/protocol/RecordJson.h"

namespace vitalis
{
class ProfileStore;
}

namespace vitalis::sync
{

struct DownloadTally {
    int downloaded = 0;
    int failed = 0; // refused or corrupt; kept as remote with the reason
    std::uint64_t bytes = 0;
};

class AttachmentDownloader
{
public:
    AttachmentDownloader(ProfileStore& store, ApiClient& api, const Clock& clock);

    // Remote rows for a pulled record's references this device does not hold; returns how many.
    int remember(const std::string& recordId, const std::vector<protocol::AttachmentRef>& refs);
    // Network, session and cancellation errors stop it (SyncError); others stay on the row.
    DownloadTally run();

private:
    ProfileStore& m_store;
    ApiClient& m_api;
    const Clock& m_clock;
};

} // namespace vitalis::sync
