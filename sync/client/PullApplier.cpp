#include "sync/client/PullApplier.h"

#include "core/store/ProfileStore.h"
#include "sync/client/RecordRebase.h"
#include "sync/protocol/PullMessages.h"

#include <algorithm>
#include <unordered_set>

namespace vitalis::sync
{

namespace
{
// A record leaving this device takes its open conflicts along: nobody here can decide them
// any more (they stay open on the server for someone in scope).
void removeRecord(ProfileStore& store, const std::string& id, std::int64_t now)
{
    for (const auto& c : store.conflicts().open(id))
        store.conflicts().resolve(c.id, ConflictResolution::KeepTheirs, nlohmann::json(),
                                  "(record left this device's scope)", now);
    store.records().remove(id);
}

// A record read by PullPageReader carries its fields as text: stored as sent, unless unsent
// work goes on top (then the values are needed as a tree, rarely). `unsent`: the records with
// unsent outbox entries, read once for the page.
int applyUpsert(ProfileStore& store, const protocol::PullChange& change,
                const std::unordered_set<std::string>& unsent)
{
    const Record& server = change.record->record;
    if (!server.fields.is_null())
        return rebaseOnServer(store, server);
    if (!unsent.contains(server.id)) {
        store.records().saveServerCopy(server, change.fieldsJson);
        return 0;
    }
    Record parsed = server;
    parsed.fields = nlohmann::json::parse(change.fieldsJson);
    return rebaseOnServer(store, parsed);
}
} // namespace

PullApplier::PullApplier(ProfileStore& store, const Clock& clock) : m_store(store), m_clock(clock)
{
}

std::string PullApplier::cursor()
{
    return m_store.settings().get(kCursor, "");
}

bool PullApplier::resetPending()
{
    return m_store.settings().get(kResetPending).has_value();
}

void PullApplier::beginReset(const std::string& reason)
{
    Transaction tx(m_store.db());
    m_store.settings().set(kResetPending, reason);
    m_store.settings().set(kCursor, "");
    m_store.records().clearSentAgain();
    tx.commit();
}

PageTally PullApplier::applyPage(const protocol::PullResponse& page)
{
    PageTally tally;
    const bool reset = resetPending();
    Transaction tx(m_store.db());
    RecordIdList kept = keptAfterRemoval();
    const std::vector<std::string> keptIds = kept.ids(); // read once: pull is the hot path
    const std::unordered_set<std::string> unsent = m_store.outbox().recordsWithUnsent();
    std::vector<std::string> backInScope;
    for (const auto& change : page.changes) {
        if (change.type == protocol::ChangeType::Upsert && change.record) {
            if (applyUpsert(m_store, change, unsent) > 0)
                ++tally.rebased;
            ++tally.upserts;
            if (std::find(keptIds.begin(), keptIds.end(), change.recordId) != keptIds.end())
                backInScope.push_back(change.recordId);
            if (reset)
                m_store.records().markSentAgain(change.recordId);
            continue;
        }
        ++tally.removed;
        if (!m_store.records().exists(change.recordId))
            continue; // never had it (and remove() of a missing row spoils the transaction)
        if (!hasUnsentWork(m_store, change.recordId))
            removeRecord(m_store, change.recordId, m_clock.nowMillis());
        else
            tally.removedWithEdits.push_back(change.recordId);
    }
    kept.done(backInScope);
    kept.add(tally.removedWithEdits);
    m_store.settings().set(kCursor, page.cursor);
    tx.commit();
    return tally;
}

std::vector<std::string> PullApplier::finishReset()
{
    std::vector<std::string> kept;
    // After a scope change the server still has the missing records (outside our scope): they
    // are "removed" for us, and unsent work on them stays here, reported, as it was. After a
    // server loss they are gone from the server: queued ops re-create them there.
    const bool scopeChanged =
        m_store.settings().get(kResetPending).value_or("") == protocol::kResetScopeChanged;
    Transaction tx(m_store.db());
    const std::vector<std::string> missing = m_store.records().notSentAgain();
    for (const auto& id : missing) {
        auto pending = pendingEntries(m_store, id);
        auto rec = m_store.records().find(id);
        if (!rec)
            continue;
        if (rec->serverRevision == 0)
            continue; // not on the server yet (a draft, or its creation is queued): stays
        if (scopeChanged || pending.empty()) {
            if (hasUnsentWork(m_store, id))
                kept.push_back(id);
            else
                removeRecord(m_store, id, m_clock.nowMillis());
            continue;
        }
        // The server does not have it (any more): its queued ops re-create it there.
        rec->serverRevision = 0;
        m_store.records().update(*rec);
        m_store.records().setMergeBase(id, nlohmann::json::object(), 0);
    }
    keptAfterRemoval().add(kept);
    m_store.records().clearSentAgain();
    m_store.settings().remove(kResetPending);
    tx.commit();
    return kept;
}

int PullApplier::dropSettled()
{
    int dropped = 0;
    Transaction tx(m_store.db());
    RecordIdList kept = keptAfterRemoval();
    for (const auto& id : kept.ids()) {
        if (m_store.records().exists(id) && hasUnsentWork(m_store, id))
            continue;
        if (m_store.records().exists(id)) {
            removeRecord(m_store, id, m_clock.nowMillis());
            ++dropped;
        }
        kept.done(id);
    }
    tx.commit();
    return dropped;
}

RecordIdList PullApplier::keptAfterRemoval()
{
    return RecordIdList(m_store.settings(), RecordIdList::kKeptAfterRemoval);
}

} // namespace vitalis::sync
