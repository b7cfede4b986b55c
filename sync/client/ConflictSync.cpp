#include "sync/client/ConflictSync.h"

#include "core/store/ConflictMapRepository.h"
#include "core/store/ProfileStore.h"
#include "sync/client/ApiClient.h"

#include <map>
#include <set>

namespace vitalis::sync
{

using nlohmann::json;

namespace
{

json fieldValue(const json& fields, const std::string& field)
{
    auto it = fields.find(field);
    return it == fields.end() ? json() : *it;
}

} // namespace

ConflictSync::ConflictSync(ProfileStore& store, ApiClient& api, const Clock& clock)
    : m_store(store), m_api(api), m_clock(clock)
{
}

ConflictSyncTally ConflictSync::run()
{
    json body;
    try {
        body = m_api.get("/api/v1/conflicts");
    } catch (const SyncError& e) {
        // A server (or role) without the list: push and pull did their work; conflicts then
        // stay visible only on the device that hit them, as before.
        if (e.kind() == SyncError::Kind::Refused)
            return {};
        throw;
    }
    const json list = body.value("conflicts", json::array());
    return apply(list, list.size() < kServerListLimit);
}

bool ConflictSync::stillOpenOnServer(const std::string& recordId,
                                     const std::string& serverConflictId)
{
    try {
        const json body = m_api.get("/api/v1/records/" + recordId + "/conflicts");
        for (const auto& c : body.value("conflicts", json::array()))
            if (c.value("id", "") == serverConflictId)
                return true;
        return false;
    } catch (const SyncError& e) {
        if (e.kind() == SyncError::Kind::Cancelled || e.kind() == SyncError::Kind::Network)
            throw;
        return true; // unknown (e.g. the record left our scope): leave the conflict open
    }
}

ConflictSyncTally ConflictSync::apply(const json& serverOpen, bool complete)
{
    ConflictSyncTally tally;
    Database& db = m_store.db();
    ConflictMapRepository map(db);
    std::set<std::string> openIds;
    for (const auto& c : serverOpen)
        if (c.is_object())
            openIds.insert(c.value("id", ""));

    // Our open conflicts, grouped by the server conflict they came from.
    std::map<std::string, std::vector<Conflict>> local;
    for (auto& c : m_store.conflicts().open())
        if (auto serverId = map.serverIdOf(c.id); !serverId.empty())
            local[serverId].push_back(std::move(c));
    // Only asked when the list was cut at the server's limit: the absent ones may be open.
    std::set<std::string> closedOnServer;
    for (const auto& [serverId, conflicts] : local)
        if (!openIds.count(serverId) &&
            (complete || !stillOpenOnServer(conflicts.front().recordId, serverId)))
            closedOnServer.insert(serverId);

    const std::int64_t now = m_clock.nowMillis();
    Transaction tx(db);
    for (const auto& serverId : closedOnServer) {
        for (const auto& c : local[serverId]) {
            const auto rec = m_store.records().find(c.recordId);
            const json shown = rec ? fieldValue(rec->fields, c.fieldId) : json();
            const ConflictResolution how = shown == c.mine     ? ConflictResolution::KeepMine
                                           : shown == c.theirs ? ConflictResolution::KeepTheirs
                                                               : ConflictResolution::Edited;
            m_store.conflicts().resolve(c.id, how, shown, kResolvedElsewhere, now);
            ++tally.closed;
        }
    }

    for (const auto& c : serverOpen) {
        if (!c.is_object())
            continue;
        const std::string serverId = c.value("id", "");
        const std::string recordId = c.value("record_id", "");
        // A stale workflow action ("record_changed") is its actor's to take again; only field
        // conflicts are someone else's to decide.
        if (serverId.empty() || recordId.empty() || c.value("kind", "fields") != "fields")
            continue;
        if (map.knows(serverId))
            continue; // ours (from a push answer) or imported before
        const auto rec = m_store.records().find(recordId);
        if (!rec)
            continue;
        const json fields = c.value("fields", json::array());
        if (!fields.is_array())
            continue;
        for (const auto& f : fields) {
            if (!f.is_object() || !f.contains("field"))
                continue;
            Conflict lc;
            lc.recordId = recordId;
            lc.fieldId = f.value("field", "");
            lc.base = f.value("base", json());
            // From this side the other device's op is "theirs"; "mine" is what we show.
            lc.mine = fieldValue(rec->fields, lc.fieldId);
            lc.theirs = f.value("mine", json());
            lc.serverRevision = rec->serverRevision;
            lc.theirUser = c.value("user_id", "");
            lc.theirAt = c.value("created_at", std::int64_t{0});
            lc.myUser = f.value("changed_by", "");
            lc.myAt = f.value("changed_at", std::int64_t{0});
            lc.detectedAt = now;
            const std::int64_t localId = m_store.conflicts().add(lc);
            map.add(localId, serverId, recordId);
            ++tally.imported;
        }
    }
    tx.commit();
    return tally;
}

} // namespace vitalis::sync
