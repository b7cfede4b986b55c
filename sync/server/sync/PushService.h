// Applies a pushed batch exactly once per (user, device, mutation id): the device watermark
// and the result ledger advance in the same transaction as each op's effects; ops at or below
// the watermark get their stored answer; a gap is refused with the expected id. On SQLite the
// batches of concurrent requests share one writer and one commit (GroupCommitWriter).
#pragma once

#include "core/Clock.h"
#include "core/WorkflowTable.h"
#include "dedup/SearchKeys.h"
#include "sync/protocol/PushMessages.h"
#include "sync/server/Directory.h"
#include "sync/server/auth/AuthService.h"
#include "sync/server/certificates/CertificateTemplates.h"
#include "sync/server/db/Db.h"
#include "sync/server/db/GroupCommitWriter.h"
#include "sync/server/dedup/DuplicateCheck.h"
#include "sync/server/http/Metrics.h"
#include "sync/server/interop/nid/NidHookConfig.h"
#include "sync/server/sync/ConflictDetector.h"
#include "sync/server/sync/CorrectionService.h"
#include "sync/server/sync/PushSequencer.h"
#include "sync/server/sync/RecordStore.h"
#include "sync/server/sync/RecordValidator.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace vitalis::server
{

// A change-log row produced by an op; written with its sequence number at commit time.
struct ChangeRow {
    std::string recordId;
    std::int64_t rev = 0;
    std::string locationPath;
};

class PushService
{
public:
    // `templates`: the certificate configurations prints are checked against; without them
    // (none shipped) a print's template, language and fee are taken as sent.
    PushService(DbPool& pool, Directory& directory, const Clock& clock, Metrics& metrics,
                const RecordValidator& validator, const DuplicateCheck& duplicates,
                const CertificateTemplates* templates = nullptr);

    // Throws ApiError(MutationGap) when the batch starts beyond watermark + 1 and no earlier
    // batch of the device is on its way here (PushSequencer).
    protocol::PushResponse push(const AuthContext& auth, const protocol::PushRequest& request);

    // One op from outside a device (an integration client's notification), applied exactly
    // as a pushed op; `alongside` runs in the same transaction after an applied op (the
    // sender's idempotency row, outbox rows). No device watermark: the caller owns repeats.
    protocol::OpResult
    applyExternal(const AuthContext& auth, const protocol::Op& op,
                  const std::function<void(Db&, const protocol::OpResult&)>& alongside);

    // Appends change-log rows with gap-free, commit-ordered sequence numbers: the counter row
    // is locked until commit, so no transaction can take a later number and commit earlier.
    static void appendChangeLog(Db& db, const std::vector<ChangeRow>& rows, std::int64_t now);

    // The national ID hooks a registration calls (--national-id-hook); none by default.
    void setNationalIdHooks(const nid::NidHookConfig* hooks) { nidHooks_ = hooks; }

private:
    // What an op that creates a record yields before the batch reaches the writer: the form's
    // answer and, when it has no errors, all that follows from the op alone (the fields, their
    // stored texts, search and duplicate keys). It runs on the request threads in parallel, so
    // the one SQLite writer mostly writes. Read-only: the writer may run a batch twice.
    struct Prepared {
        CheckedChange checked;
        nlohmann::json fields = nlohmann::json::object();
        CreationTexts texts;
        std::vector<dedup::SearchKey> searchKeys;
        std::optional<DuplicateCheck::Derived> dedup;
    };
    // nullopt for ops that do not create.
    using Prechecked = std::vector<std::optional<Prepared>>;
    Prepared prepare(const DirectorySnapshot& dir, const protocol::Op& op,
                     const Transition& t) const;
    Prechecked precheck(const DirectorySnapshot& dir, const protocol::PushRequest& request) const;
    // The whole batch inside the caller's transaction; `fresh` gets the new ops' outcomes.
    protocol::PushResponse applyBatch(Db& db, const AuthContext& auth, const DirectorySnapshot& dir,
                                      const protocol::PushRequest& request,
                                      const Prechecked& prechecked,
                                      std::vector<std::string>& fresh);
    std::int64_t lockWatermark(Db& db, const AuthContext& auth);
    // Runs `apply` in a committed transaction: the group-commit writer's on SQLite, one of
    // its own on `db` otherwise; again when the database says to retry.
    void commitWith(Db& db, const std::function<void(Db&)>& apply);
    protocol::OpResult applyOne(Db& db, const AuthContext& auth, const DirectorySnapshot& dir,
                                const protocol::Op& op, const std::optional<Prepared>& prepared,
                                std::int64_t now, std::vector<ChangeRow>& changes);
    // applyOne's steps: a new record (PushCreation.cpp), or a change to a stored one
    // (PushOp.cpp: checked, merged or stored as a conflict, then written with its history).
    struct OpScope;
    struct Change;
    void createRecord(const OpScope& c, const std::optional<Prepared>& prepared);
    const Office& checkCreation(const OpScope& c, const Transition& t) const;
    void changeRecord(const OpScope& c, StoredRecord s, std::optional<Record>& refusedAsDuplicate);
    void checkExisting(const OpScope& c, const Record& r) const;
    Transition checkTransition(const OpScope& c, const Record& r) const;
    void storeConflict(const OpScope& c, const StoredRecord& s,
                       const MergeDecision& decision) const;
    void writeChange(const OpScope& c, StoredRecord& s, Change change);
    // The duplicate decisions' own checks and effects (PushDuplicates.cpp), before the record
    // is saved.
    void applyDuplicateDecision(Db& db, const AuthContext& auth, const protocol::Op& op,
                                const Record& record, std::int64_t now,
                                std::string& historyReason) const;

    DbPool& pool_;
    Directory& directory_;
    const Clock& clock_;
    Metrics& metrics_;
    const RecordValidator& validator_;
    const DuplicateCheck& duplicates_;
    const CertificateTemplates* templates_;
    const nid::NidHookConfig* nidHooks_ = nullptr;
    CorrectionService corrections_;
    std::unique_ptr<GroupCommitWriter> writer_; // SQLite only; PostgreSQL runs in parallel
    PushSequencer sequencer_;
};

} // namespace vitalis::server
