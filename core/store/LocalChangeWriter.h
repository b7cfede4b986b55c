// The one way a local change is saved: the record, its outbox entry and its audit entry
// commit in ONE transaction, so a crash leaves all three or none. It also owns the rules that
// keep the outbox one op per user action: drafts never sent stay local, consecutive unsent
// edits of a record coalesce, and a discarded draft leaves nothing behind.
#pragma once

#include "core/FieldChanges.h"
#include "core/OpKind.h"
#include "core/Record.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <vector>

namespace vitalis
{

class Database;
class RecordRepository;
class OutboxRepository;
class AuditLog;
class DraftRepository;
class AttachmentRepository;

struct LocalChange {
    Record record; // the record as it should be after the change
    OpKind kind;   // an edit unless told otherwise
    nlohmann::json payload = nlohmann::json::object(); // action arguments, e.g. {"reason": ...}
    std::string userId;
    std::int64_t at = 0;    // unix ms
    bool clearDraft = true; // the autosave of this record is superseded
    // Optional, both or neither: the stored record the change starts from and the field
    // changes from it, when the caller already has them (one read and one diff per save).
    const Record* previous = nullptr;
    const FieldChanges* changes = nullptr;
};

struct CommitResult {
    std::int64_t mutationId = 0; // 0: nothing queued (no change, or a local draft save)
    std::int64_t auditSeq = 0;
    FieldChanges changes;   // what this change queued, based on the merge base
    bool coalesced = false; // the changes joined the record's open op (mutationId)
    bool written = false;   // the record row was written (false: the save changed nothing)
    Record record;          // the record as stored after the change
};

class LocalChangeWriter
{
public:
    LocalChangeWriter(Database& db, RecordRepository& records, OutboxRepository& outbox,
                      AuditLog& audit, DraftRepository& drafts, AttachmentRepository& attachments);

    // Stamps updatedAt/updatedBy (and createdAt/createdBy for a new record), diffs the fields
    // against the stored record, and queues them with their merge-base values. Rules:
    //  - a record never sent (no server revision, no outbox row) is a local draft: "draft" and
    //    "edit" changes write the record row only, with no outbox op and no audit entry; its
    //    first action queues one op that carries every field (base: none);
    //  - an "edit" joins the record's newest op while that op is still open (queued, not yet
    //    built for the server): one op, the first edit's merge-base values kept;
    //  - an "edit" that changes nothing is a no-op (mutationId 0).
    CommitResult commit(const LocalChange& change);
    // Many changes in one transaction (imports, bulk approvals).
    std::vector<CommitResult> commitBatch(std::span<const LocalChange> changes);

    // A record the server has never seen and that no op of which is on its way (status draft,
    // nothing sending or answered but refusals).
    bool discardable(const std::string& recordId);
    // Deletes such a record with its draft copy, its queued ops and its attachments, in one
    // transaction. Throws StoreError(InvalidArgument) for any other record.
    void discard(const std::string& recordId, const std::string& userId, std::int64_t at);

    // True when the record exists only on this device: no server revision and no outbox row.
    bool neverSent(const Record& record);

private:
    CommitResult apply(const LocalChange& change);
    void queue(const LocalChange& change, const Record& next, const Record* previous, bool creates,
               CommitResult& result);
    Database& m_db;
    RecordRepository& m_records;
    OutboxRepository& m_outbox;
    AuditLog& m_audit;
    DraftRepository& m_drafts;
    AttachmentRepository& m_attachments;
};

} // namespace vitalis
