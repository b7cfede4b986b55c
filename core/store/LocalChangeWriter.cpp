#include "core/store/LocalChangeWriter.h"

#include "core/store/AuditLog.h"
#include "core/store/Database.h"
#include "core/store/DraftRepository.h"
#include "core/store/OutboxRepository.h"
#include "core/store/RecordRepository.h"

namespace vitalis
{

LocalChangeWriter::LocalChangeWriter(Database& db, RecordRepository& records,
                                     OutboxRepository& outbox, AuditLog& audit,
                                     DraftRepository& drafts)
    : m_db(db), m_records(records), m_outbox(outbox), m_audit(audit), m_drafts(drafts)
{
}

CommitResult LocalChangeWriter::apply(const LocalChange& change)
{
    if (change.userId.empty())
        throw StoreError(StoreErrc::InvalidArgument,
                         "a local change to record " + change.record.id + " needs a user id");
    Record next = change.record;
    const auto previous = m_records.find(next.id);
    const nlohmann::json base = m_records.mergeBase(next.id).value_or(nlohmann::json::object());
    const nlohmann::json& before = previous ? previous->fields : nlohmann::json::object();

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
    if (previous && change.kind == "edit" && result.changes.empty() && !statusChanged)
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

    OutboxEntry op;
    op.recordId = next.id;
    op.kind = change.kind;
    op.baseRevision = previous ? previous->serverRevision : 0;
    op.changes = result.changes;
    op.payload = change.payload;
    if (statusChanged || !previous)
        op.payload["status"] = toString(next.status);
    op.formVersion = next.formVersion;
    op.createdAt = change.at;
    result.mutationId = m_outbox.enqueue(std::move(op));

    nlohmann::json fieldIds = nlohmann::json::array();
    for (const auto& [field, value] : result.changes.items())
        fieldIds.push_back(field);
    // Values stay out of the audit trail: it must survive being shown to auditors.
    result.auditSeq = m_audit.append(change.at, change.userId, change.kind, next.id,
                                     {{"mutationId", result.mutationId},
                                      {"fields", fieldIds},
                                      {"status", toString(next.status)}});
    if (change.clearDraft)
        m_drafts.remove(next.id);
    return result;
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
