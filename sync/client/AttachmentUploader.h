// Uploads a profile's pending attachments before their ops are pushed: in chunks at the
// server's acknowledged offset, storing that offset locally after every acknowledged chunk, so
// a cut upload (crash, killed process, lost link) resumes from the last acknowledged chunk.
#pragma once

#include "sync/client/ApiClient.h"
#include "sync/protocol/Op.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace vitalis
{
class ProfileStore;
struct AttachmentInfo;
} // namespace vitalis

namespace vitalis::sync
{

struct UploadTally {
    int uploaded = 0;            // finished (hash checked by the server) in this run
    int failed = 0;              // refused by the server; the reason is kept on the attachment
    std::uint64_t bytesSent = 0; // chunk bytes sent (including a re-sent chunk)
    std::uint64_t bytesTotal = 0;
};

class AttachmentUploader
{
public:
    static constexpr std::int64_t kDefaultChunkBytes = 64 * 1024;

    AttachmentUploader(ProfileStore& store, ApiClient& api,
                       std::int64_t chunkBytes = kDefaultChunkBytes);

    // Uploads every pending attachment of a record that leaves the device (not a draft).
    // Network, session and cancellation errors stop the run (SyncError) with every
    // acknowledged chunk recorded; a refusal of one attachment is kept on it and the run goes on.
    UploadTally run(const std::function<void(const UploadTally&)>& progress = {});

    // Why an op cannot be pushed yet ("" when it can): an attachment its values reference
    // (protocol::attachmentValues) is still pending on this device. The server would refuse
    // it (attachments_incomplete).
    std::string waitingReason(const nlohmann::json& attachmentValues);

private:
    void uploadOne(const AttachmentInfo& a, UploadTally& tally,
                   const std::function<void(const UploadTally&)>& progress);
    ProfileStore& m_store;
    ApiClient& m_api;
    std::int64_t m_chunkBytes;
};

} // namespace vitalis::sync
