#include "core/store/LocalChangeWriter.h"

#include "core/store/AttachmentRepository.h"
#include "core/store/AuditLog.h"
#include "core/store/Database.h"
#include "core/store/DraftRepository.h"
#include "core/store/OutboxRepository.h"
#include "core/store/RecordRepository.h"

namespace vitalis
{

namespace
{

bool isEditLike(const std::string& kind)
{
    return kind == "edit" || kind == "create";
}

} // namespace

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

CommitResult LocalChangeWriter::apply(const LocalChange& change)
{
    if (change.userId.empty())
        throw StoreError(StoreErrc::InvalidArgument,
                         "a local change to record " + change.record.id + " needs a user id");
    Record next = change.record;
    const auto previous = m_records.find(next.id);
    // The server has never seen the record: its first op must carry every field.
    const bool creates = !previous || neverSent(*previous);
    const bool localSave = change.kind == "draft" || (creates && previous && change.kind == "edit");
    if (change.kind == "draft" && !creates)
        throw StoreError(StoreErrc::InvalidArgument,
                         "record " + next.id + " has been sent: its changes are saved as an edit");
    const nlohmann::json base = m_records.mergeBase(next.id).value_or(nlohmann::json::object());
    const nlohmann::json none = nlohmann::json::object();
    const nlohmann::json& before = creates || !previous ? none : previous->fields;

    CommitResult result;
    auto baseValue = [&](const std::string& field) {
        auto it = base.find(field);
        return it == base.end() ? nlohmann::json() : *it;
    };
    for (const auto& [field, value] : next.fields.items()) {
        auto it = before.find(field);
        if (it == before.end() || *it != value)
            result.changes[field] = {{"value", value}, {"base", baseValue(field)}};
    }
    for (const auto& [field, value] : before.items())
        if (!next.fields.contains(field))
            result.changes[field] = {{"value", nullptr}, {"base", baseValue(field)}};

    const bool statusChanged = previous && previous->status != next.status;
    if (previous && !statusChanged &&
        ((localSave && previous->fields == next.fields) ||
         (change.kind == "edit" && result.changes.empty())))
        return result;

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
    // Autosave of a draft: what is typed is kept, but it is not an action yet.
    if (localSave)
        return result;
    queue(change, next, previous ? &*previous : nullptr, result);
    if (change.clearDraft)
        m_drafts.remove(next.id);
    return result;
}

void LocalChangeWriter::queue(const LocalChange& change, const Record& next,
                              const Record* previous, CommitResult& result)
{
    std::optional<OutboxEntry> tail;
    if (previous && change.kind == "edit")
        tail = m_outbox.openTail(next.id);
    // An edit joins the op before it while that op has not left: an edit run, or the op that
    // creates the record on the server (which must carry everything anyway).
    if (tail && (isEditLike(tail->kind) ||
                 (tail->baseRevision == 0 && previous->serverRevision == 0))) {
        nlohmann::json merged = tail->changes;
        for (const auto& [field, c] : result.changes.items()) {
            if (merged.contains(field))
                merged[field]["value"] = c["value"]; // the first edit's base stays
            else
                merged[field] = c;
        }
        m_outbox.absorb(tail->mutationId, merged, change.at);
        result.mutationId = tail->mutationId;
        result.coalesced = true;
    } else {
        OutboxEntry op;
        op.recordId = next.id;
        op.kind = change.kind;
        op.baseRevision = previous ? previous->serverRevision : 0;
        op.changes = result.changes;
        op.payload = change.payload;
        if (!previous || previous->status != next.status || neverSent(*previous))
            op.payload["status"] = toString(next.status);
        op.formVersion = next.formVersion;
        op.createdAt = change.at;
        result.mutationId = m_outbox.enqueue(std::move(op));
    }

    nlohmann::json fieldIds = nlohmann::json::array();
    for (const auto& [field, value] : result.changes.items())
        fieldIds.push_back(field);
    // Values stay out of the audit trail: it must survive being shown to auditors.
    result.auditSeq = m_audit.append(change.at, change.userId, change.kind, next.id,
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
