// One sync run of a profile: push the outbox in batches (exactly once via the server's
// watermark and ledger), pull changes page by page, rebase unsent work, handle resets. Holds
// the profile's sync lock for the run; progress callbacks; cancellation between and during
// requests leaves the store consistent (every step commits on its own).
#pragma once

#include "core/Clock.h"
#include "sync/client/ApiClient.h"
#include "sync/client/SyncError.h"

#include <atomic>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vitalis
{
class ProfileStore;
}

namespace vitalis::sync
{

class AttachmentUploader;
class OutboxProcessor;
struct PushTally;
struct WireOp;

struct SyncOptions {
    int batchOps = 200; // ops per push request
    // Push requests on the server at once: the server reads and checks batch N+1 while it
    // writes N (1 = one after another).
    int pushesInFlight = 2;
    int pullLimit = 500; // records per pull page
    bool push = true;
    bool pull = true;
    int maxRounds = 3; // push/pull rounds while a pull or reset produced new work
    std::int64_t attachmentChunkBytes = 64 * 1024; // upload chunk (the server may cap it)
    bool downloadAttachments = true;               // fetch documents of pulled records
};

struct SyncProgress {
    std::string phase; // "attachments", "push", "pull", "reset", "numbers", "downloads"
    std::int64_t opsSent = 0;
    std::int64_t opsTotal = 0;
    std::int64_t recordsPulled = 0;
    std::uint64_t bytesSent = 0;
    std::uint64_t bytesReceived = 0;
    std::uint64_t attachmentBytesSent = 0; // chunk bytes of this run's uploads
    std::uint64_t attachmentBytesTotal = 0;
};

struct SyncReport {
    bool ok = false;
    std::optional<SyncError::Kind> errorKind;
    std::string error;
    std::string errorCode; // SyncError::code(): the server's code, or the network failure's reason
    int opsSent = 0;
    int applied = 0, merged = 0, conflicts = 0, rejected = 0;
    int recordsPulled = 0, removed = 0, rebased = 0;
    int resets = 0;
    int conflictsImported = 0, conflictsClosed = 0; // see ConflictSync
    int requeuedAfterServerLoss = 0;
    int attachmentsUploaded = 0, attachmentsFailed = 0, attachmentsDownloaded = 0;
    std::uint64_t attachmentBytesSent = 0;
    int opsWaitingForAttachments = 0; // left queued with the reason (see AttachmentUploader)
    int numbersVoided = 0;            // pool numbers the server refused (the records got others)
    int poolBlocks = 0; // reserved number blocks held after the run (offline registration)
    std::int64_t poolNumbers = 0;      // numbers left in them
    bool revocationsRefreshed = false; // the certificate revocation list was downloaded
    std::string certificateTemplates;  // CertificateTemplateSync: stored, unchanged, none
    std::vector<std::string> removedWithEdits;
    CallStats stats;
    nlohmann::json toJson() const;
};

class SyncEngine
{
public:
    SyncEngine(ProfileStore& store, ApiClient& api, const Clock& clock);
    SyncReport run(const SyncOptions& options = {},
                   const std::function<void(const SyncProgress&)>& progress = {},
                   const std::atomic<bool>* cancel = nullptr);

private:
    enum class PushFailure { Resend, Stop, Throw };
    struct InFlight; // a push request on the server and its ops
    void pushAll(const SyncOptions& o, SyncReport& report, SyncProgress& p,
                 const std::function<void(const SyncProgress&)>& progress);
    // Trims the batch before its first op whose attachments are not uploaded yet; true then.
    bool holdBackWaiting(std::vector<WireOp>& batch, std::size_t inFlight,
                         AttachmentUploader& uploader, OutboxProcessor& outbox, SyncReport& report);
    PushFailure pushFailed(const SyncError& e, const std::vector<WireOp>& batch,
                           OutboxProcessor& outbox, const SyncOptions& o, SyncReport& report,
                           SyncProgress& p,
                           const std::function<void(const SyncProgress&)>& progress);
    // Starts pushes until o.pushesInFlight are on the server; true when the next ops wait for
    // their attachments (nothing more to send this run).
    bool sendMore(std::deque<InFlight>& flight, const SyncOptions& o, OutboxProcessor& outbox,
                  AttachmentUploader& uploader, SyncReport& report, SyncProgress& p);
    // After the batch ahead failed: waits for the pushes still on the server and leaves
    // their ops to be sent again (the server's ledger answers any it applied).
    void abandon(std::deque<InFlight>& flight, OutboxProcessor& outbox, const std::string& why);
    static std::vector<std::string_view> opTexts(const std::vector<WireOp>& batch);
    static void countAnswers(const PushTally& t, std::size_t ops, SyncReport& report,
                             SyncProgress& p);
    bool pullAll(const SyncOptions& o, SyncReport& report, SyncProgress& p,
                 const std::function<void(const SyncProgress&)>& progress);
    void uploadAttachments(const SyncOptions& o, SyncReport& report, SyncProgress& p,
                           const std::function<void(const SyncProgress&)>& progress);
    void rememberAttachments(const protocol::PullResponse& page);
    void refetch();
    ProfileStore& m_store;
    ApiClient& m_api;
    const Clock& m_clock;
};

} // namespace vitalis::sync
