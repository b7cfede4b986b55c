#include "sync/client/RecordRebase.h"

#include "core/FieldChanges.h"
#include "core/RecordAction.h"
#include "core/store/ProfileStore.h"

namespace vitalis::sync
{

std::vector<OutboxEntry> pendingEntries(ProfileStore& store, const std::string& recordId)
{
    return store.outbox().unsentForRecord(recordId);
}

bool hasUnsentWork(ProfileStore& store, const std::string& recordId)
{
    const auto entries = store.outbox().forRecord(recordId);
    if (entries.empty())
        return false;
    for (const auto& e : entries)
        if (e.state == OutboxState::Queued || e.state == OutboxState::Sending ||
            e.state == OutboxState::WaitingRetry)
            return true;
    const OutboxState last = entries.back().state;
    return last == OutboxState::Rejected || last == OutboxState::Conflict;
}

int rebaseOnServer(ProfileStore& store, const Record& server)
{
    auto& records = store.records();
    const auto pending = pendingEntries(store, server.id);
    if (pending.empty()) {
        // Nothing local on top: the record is the server's copy and its own merge base (one
        // write, no second copy of the values; the common case of every pull).
        records.saveServerCopy(server);
        return 0;
    }
    Record local = server;
    const auto existing = records.find(server.id);
    if (existing) {
        // Device-side bookkeeping the server does not know about stays as it was.
        if (local.createdAt == 0)
            local.createdAt = existing->createdAt;
    }
    for (const auto& e : pending) {
        // A correction request's changes are a proposal: the record keeps its values until a
        // registrar approves (on the server), and its status reason stays.
        const auto action = e.kind.action();
        if (action && isCorrectionRequestAction(*action))
            continue;
        FieldChanges::fromJson(e.changes).applyTo(local.fields);
        if (auto s = e.payload.find("status"); s != e.payload.end() && s->is_string())
            if (auto status = recordStatusFromString(s->get<std::string>()))
                local.status = *status;
        if (auto r = e.payload.find("reason"); r != e.payload.end() && r->is_string())
            local.statusReason = r->get<std::string>();
    }
    if (existing && !pending.empty()) {
        local.updatedAt = std::max(local.updatedAt, existing->updatedAt);
        local.updatedBy = existing->updatedBy;
    }
    records.save(local);
    records.setMergeBase(server.id, server.fields, server.serverRevision);
    return static_cast<int>(pending.size());
}

} // namespace vitalis::sync
