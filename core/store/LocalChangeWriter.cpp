#include "core/store/LocalChangeWriter.h"

#include "core/store/AttachmentRepository.h"
#include "core/store/AuditLog.h"
#include "core/store/Database.h"
#include "core/store/DraftRepository.h"
#include "core/store/OutboxRepository.h"
#include "core/store/RecordRepository.h"

namespace vitalis
{

LocalChangeWriter::LocalChangeWriter(Database& db, RecordRepository& records,
                                     OutboxRepository& outbox, AuditLog& audit,
                                     DraftRepository& drafts, AttachmentRepository& attachments)
    : m_db(db), m_records(records), m_outbox(outbox), m_audit(audit), m_drafts(drafts),
      m_attachments(attachments)
{
}

bool LocalChangeWriter::neverSent(const Record& record)
{
    return record.serverRevision == 0 && !m_outbox.hasAnyFor(record.id);
}

namespace
{
// A save that leaves the record as it is writes nothing.
bool changesNothing(const LocalChange& change, const Record& previous, bool localSave,
                    const FieldChanges& queued)
{
    if (previous.status != change.record.status)
        return false;
    if (localSave)
        return change.changes ? change.changes->empty() : previous.fields == change.record.fields;
    return change.kind == OpKind::edit() && queued.empty();
}
} // namespace

CommitResult LocalChangeWriter::apply(const LocalChange& change)
{
    if (change.userId.empty())
        throw StoreError(StoreErrc::InvalidArgument,
                         "a local change to record " + change.record.id + " needs a user id");
    std::optional<Record> stored;
    if (!change.previous)
        stored = m_records.find(change.record.id);
    const Record* previous = change.previous ? change.previous : stored ? &*stored : nullptr;
    // The server has never seen the record: its first op must carry every field.
    const bool creates = !previous || neverSent(*previous);
    const bool localSave =
        change.kind == OpKind::draft() || (creates && previous && change.kind == OpKind::edit());
    if (change.kind == OpKind::draft() && !creates)
        throw StoreError(StoreErrc::InvalidArgument,
                         "record " + change.record.id +
                             " has been sent: its changes are saved as an edit");

    CommitResult result;
    if (!localSave) {
        // One diff per save: the caller's when it has one. Bases are the merge base's values
        // (what the server last had), none for a record the server has never seen.
        if (creates)
            result.changes = FieldChanges::diff(nlohmann::json::object(), change.record.fields);
        else
            result.changes = change.changes
                                 ? *change.changes
                                 : FieldChanges::diff(previous->fields, change.record.fields);
        if (!creates && !result.changes.empty())
            result.changes.rebase(
                m_records.mergeBase(change.record.id).value_or(nlohmann::json::object()));
    }
    if (previous && changesNothing(change, *previous, localSave, result.changes)) {
        result.record = *previous;
        return result;
    }

    Record next = change.record;
    next.updatedAt = change.at;
    next.updatedBy = change.userId;
    if (previous) {
        next.createdAt = previous->createdAt;
        next.createdBy = previous->createdBy;
        next.serverRevision = previous->serverRevision; // only sync moves the revision
        m_records.update(next);
    } else {
        next.createdAt = change.at;
        next.createdBy = change.userId;
        m_records.insert(next);
    }
    result.written = true;
    // Autosave of a draft: what is typed is kept, but it is not an action yet.
    if (!localSave) {
        queue(change, next, previous, creates, result);
        if (change.clearDraft)
            m_drafts.remove(next.id);
    }
    result.record = std::move(next);
    return result;
}

void LocalChangeWriter::queue(const LocalChange& change, const Record& next, const Record* previous,
                              bool creates, CommitResult& result)
{
    std::optional<OutboxEntry> tail;
    if (previous && change.kind == OpKind::edit())
        tail = m_outbox.openTail(next.id);
    // An edit joins the op before it while that op has not left: an edit run, or the op that
    // creates the record on the server (which must carry everything anyway).
    if (tail && (tail->kind.changesFields() ||
                 (tail->baseRevision == 0 && previous->serverRevision == 0))) {
        FieldChanges merged = FieldChanges::fromJson(tail->changes);
        // The base is the merge base, not what the ops before this one send: a value set
        // back to it may still differ from an op in flight, so it stays in the op.
        merged.merge(result.changes, FieldChanges::BackToBase::Keep);
        m_outbox.absorb(tail->mutationId, merged.toJson(), change.at);
        result.mutationId = tail->mutationId;
        result.coalesced = true;
    } else {
        OutboxEntry op;
        op.recordId = next.id;
        op.kind = change.kind;
        op.baseRevision = previous ? previous->serverRevision : 0;
        op.changes = result.changes.toJson();
        op.payload = change.payload.is_null() ? nlohmann::json::object() : change.payload;
        if (!previous || previous->status != next.status || creates)
            op.payload["status"] = toString(next.status);
        op.formVersion = next.formVersion;
        op.createdAt = change.at;
        result.mutationId = m_outbox.enqueue(std::move(op));
    }

    nlohmann::json fieldIds = nlohmann::json::array();
    for (const auto& [field, c] : result.changes)
        fieldIds.push_back(field);
    // Values stay out of the audit trail: it must survive being shown to auditors.
    result.auditSeq =
        m_audit.append(change.at, change.userId, std::string(change.kind.name()), next.id,
                       {{"mutationId", result.mutationId},
                        {"fields", fieldIds},
                        {"status", toString(next.status)}});
}

bool LocalChangeWriter::discardable(const std::string& recordId)
{
    const auto r = m_records.find(recordId);
    if (!r || r->status != RecordStatus::Draft || r->serverRevision != 0)
        return false;
    for (const auto& e : m_outbox.forRecord(recordId))
        if (e.state != OutboxState::Queued && e.state != OutboxState::Rejected)
            return false;
    return true;
}

void LocalChangeWriter::discard(const std::string& recordId, const std::string& userId,
                                std::int64_t at)
{
    if (!discardable(recordId))
        throw StoreError(StoreErrc::InvalidArgument,
                         "record " + recordId + " is not a draft kept only on this device");
    Transaction tx(m_db);
    const bool hadOps = m_outbox.removeForRecord(recordId) > 0;
    for (const auto& a : m_attachments.forRecord(recordId))
        m_attachments.remove(a.id);
    m_drafts.remove(recordId);
    m_records.remove(recordId);
    // Actions already in the trail get their end; a draft that only ever lived in the form
    // has no trail to close.
    if (hadOps)
        m_audit.append(at, userId, "discard", recordId, {{"status", "discarded"}});
    tx.commit();
}

CommitResult LocalChangeWriter::commit(const LocalChange& change)
{
    Transaction tx(m_db);
    CommitResult r = apply(change);
    tx.commit();
    return r;
}

std::vector<CommitResult> LocalChangeWriter::commitBatch(std::span<const LocalChange> changes)
{
    Transaction tx(m_db);
    std::vector<CommitResult> out;
    out.reserve(changes.size());
    for (const LocalChange& c : changes)
        out.push_back(apply(c));
    tx.commit();
    return out;
}

} // namespace vitalis
