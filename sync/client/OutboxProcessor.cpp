#include "sync/client/OutboxProcessor.h"

#include "core/store/ProfileStore.h"
#include "sync/client/RecordRebase.h"
#include "sync/client/SyncTables.h"
#include "sync/protocol/RecordJson.h"

#include <algorithm>
#include <map>

namespace vitalis::sync
{

using nlohmann::json;

namespace
{

bool isEditLike(const std::string& kind)
{
    return kind == "edit" || kind == "create";
}

struct Group {
    std::string recordId;
    std::vector<OutboxEntry> entries;
    std::string action = "edit";
};

std::string describeErrors(const std::vector<protocol::FieldError>& errors)
{
    std::string out = "rejected by the server:";
    for (const auto& e : errors)
        out += " " + (e.field.empty() ? std::string("record") : e.field) + ": " + e.message + " (" +
               e.code + ");";
    if (!out.empty() && out.back() == ';')
        out.pop_back();
    return out;
}

OutboxState stateOf(protocol::OpOutcome o)
{
    switch (o) {
    case protocol::OpOutcome::Applied:
        return OutboxState::Applied;
    case protocol::OpOutcome::Merged:
        return OutboxState::Merged;
    case protocol::OpOutcome::Conflict:
        return OutboxState::Conflict;
    case protocol::OpOutcome::Rejected:
        return OutboxState::Rejected;
    }
    return OutboxState::Rejected;
}

void setField(json& fields, const std::string& field, const json& value)
{
    if (value.is_null())
        fields.erase(field);
    else
        fields[field] = value;
}

} // namespace

OutboxProcessor::OutboxProcessor(ProfileStore& store, const Clock& clock)
    : m_store(store), m_clock(clock)
{
    ensureSyncTables(store.db());
}

bool OutboxProcessor::knownToServer(const std::string& recordId, std::int64_t serverRevision)
{
    if (serverRevision > 0)
        return true;
    auto st = m_store.db().cached("SELECT 1 FROM sync_wire WHERE record_id = ? AND (acked = 0 OR "
                                  "outcome IN ('applied', 'merged', 'conflict')) LIMIT 1");
    st.bind(1, recordId);
    return st.step();
}

std::int64_t OutboxProcessor::firstEntryOf(const std::string& recordId)
{
    auto st = m_store.db().cached("SELECT MIN(mutation_id) FROM outbox WHERE record_id = ?");
    st.bind(1, recordId);
    return st.step() && !st.isNull(0) ? st.int64(0) : 0;
}

std::int64_t OutboxProcessor::lastWireId()
{
    return m_store.settings().getInt(kWireCounter, 0);
}

std::int64_t OutboxProcessor::lastAckedWireId()
{
    auto st =
        m_store.db().cached("SELECT COALESCE(MAX(wire_id), 0) FROM sync_wire WHERE acked = 1");
    st.step();
    return st.int64(0);
}

int OutboxProcessor::prepare()
{
    Database& db = m_store.db();
    Transaction tx(db);
    std::vector<std::int64_t> ids;
    {
        auto st = db.cached("SELECT mutation_id FROM outbox WHERE state IN ('queued', 'sending', "
                            "'waiting_retry') AND mutation_id NOT IN (SELECT local_id FROM "
                            "sync_op_map) ORDER BY mutation_id");
        while (st.step())
            ids.push_back(st.int64(0));
    }
    std::vector<Group> groups;
    std::map<std::string, std::size_t> open;
    for (const auto id : ids) {
        auto e = m_store.outbox().find(id);
        if (!e)
            continue;
        const bool resolve = e->kind == "resolve_conflict";
        auto it = open.find(e->recordId);
        if (it != open.end() && !resolve) {
            Group& g = groups[it->second];
            if (!isEditLike(e->kind)) {
                g.action = e->kind;
                open.erase(it);
            }
            g.entries.push_back(std::move(*e));
            continue;
        }
        if (it != open.end())
            open.erase(it); // a resolution starts its own op: its base is the server's rev
        Group g{e->recordId, {}, isEditLike(e->kind) ? "edit" : e->kind};
        const bool editLike = isEditLike(e->kind);
        g.entries.push_back(std::move(*e));
        groups.push_back(std::move(g));
        if (editLike)
            open[groups.back().recordId] = groups.size() - 1;
    }

    std::int64_t wire = lastWireId();
    int built = 0;
    std::vector<WireOp> fresh;
    const std::int64_t now = m_clock.nowMillis();
    for (const Group& g : groups) {
        const auto record = m_store.records().find(g.recordId);
        if (!record) {
            for (const auto& e : g.entries)
                m_store.outbox().markResult(e.mutationId, OutboxState::Rejected,
                                            "the record no longer exists on this device", now);
            continue;
        }
        const auto action = recordActionFromString(g.action);
        protocol::Op op;
        op.recordId = g.recordId;
        op.formId = record->formId;
        op.formVersion =
            g.entries.back().formVersion ? g.entries.back().formVersion : record->formVersion;
        const OutboxEntry& last = g.entries.back();
        op.clientTime = last.createdAt; // when the person acted, by this device's clock
        if (!knownToServer(g.recordId, record->serverRevision)) {
            // Never reached the server: only notify/declare can create it there; until then it
            // is a draft on this device. Everything typed so far travels in this one op.
            if (!action || (*action != RecordAction::Notify && *action != RecordAction::Declare))
                continue;
            json fields = json::object();
            auto take = [&](const OutboxEntry& e) {
                for (const auto& [field, change] : e.changes.items())
                    setField(fields, field, change.value("value", json()));
            };
            if (firstEntryOf(g.recordId) == g.entries.front().mutationId) {
                // The group holds every entry of the record (the usual single declaration):
                // no need to read and decode them again.
                for (const auto& e : g.entries)
                    take(e);
            } else {
                for (const auto& e : m_store.outbox().forRecord(g.recordId)) {
                    if (e.mutationId > last.mutationId)
                        break;
                    take(e);
                }
            }
            for (const auto& [field, value] : fields.items())
                op.changes[field] = protocol::FieldChange{json(), value};
            op.baseRev = 0;
        } else {
            if (!action) {
                for (const auto& e : g.entries)
                    m_store.outbox().markResult(e.mutationId, OutboxState::Rejected,
                                                "unknown operation kind '" + g.action + "'", now);
                continue;
            }
            // The first entry's base is what the user saw; the last value is what they want.
            for (const auto& e : g.entries)
                for (const auto& [field, change] : e.changes.items()) {
                    auto [fc, inserted] = op.changes.try_emplace(field);
                    if (inserted)
                        fc->second.base = change.value("base", json());
                    fc->second.value = change.value("value", json());
                }
            // A field set back to its base value still travels: an earlier op of this record
            // may be in flight with another value, and the server skips true no-ops itself.
            op.baseRev = std::min(g.entries.front().baseRevision, record->serverRevision);
            if (*action == RecordAction::ResolveConflict) {
                op.conflictId = g.entries.front().payload.value("conflict_id", "");
                op.baseRev = g.entries.front().payload.value("base_rev", record->serverRevision);
            }
            if (*action == RecordAction::Edit && op.changes.empty()) {
                for (const auto& e : g.entries)
                    m_store.outbox().markResult(e.mutationId, OutboxState::Applied,
                                                "nothing to send: later edits undid this one", now);
                continue;
            }
        }
        op.action = *action;
        op.reason = last.payload.value("reason", "");
        if (op.baseRev == 0)
            op.header = protocol::RecordHeader{record->eventType, record->officeId,
                                               record->trackingId, record->createdAt};
        op.mutationId = ++wire;
        auto ins = db.cached("INSERT INTO sync_wire (wire_id, record_id, op) VALUES (?, ?, ?)");
        ins.bind(1, wire).bind(2, g.recordId).bind(3, protocol::encodeOp(op).dump());
        ins.run();
        WireOp w;
        for (const auto& e : g.entries) {
            auto map = db.cached("INSERT INTO sync_op_map (local_id, wire_id) VALUES (?, ?)");
            map.bind(1, e.mutationId).bind(2, wire);
            map.run();
            w.localIds.push_back(e.mutationId);
        }
        w.op = std::move(op);
        fresh.push_back(std::move(w));
        ++built;
    }
    m_store.settings().setInt(kWireCounter, wire);
    {
        // Rows inside a wire op are frozen: the store coalesces later edits into none of them.
        auto st = db.cached("SELECT COALESCE(MAX(local_id), 0) FROM sync_op_map");
        st.step();
        const std::int64_t sealed = st.int64(0);
        st.reset();
        m_store.outbox().sealThrough(sealed);
    }
    tx.commit();
    for (auto& w : fresh) {
        const auto id = w.op.mutationId;
        m_built.emplace(id, std::move(w));
    }
    return built;
}

std::int64_t OutboxProcessor::unsentCount()
{
    auto st = m_store.db().cached("SELECT COUNT(*) FROM sync_wire WHERE acked = 0");
    st.step();
    return st.int64(0);
}

std::vector<WireOp> OutboxProcessor::nextBatch(int maxOps)
{
    std::vector<WireOp> out;
    auto st = m_store.db().cached(
        "SELECT wire_id, op FROM sync_wire WHERE acked = 0 ORDER BY wire_id LIMIT ?");
    st.bind(1, maxOps);
    while (st.step()) {
        if (auto it = m_built.find(st.int64(0)); it != m_built.end()) {
            out.push_back(it->second); // the op text column is never read: no decode
            continue;
        }
        WireOp w;
        w.op = protocol::decodeOp(json::parse(st.text(1)), "/sync_wire/" + st.text(0));
        out.push_back(std::move(w));
    }
    for (auto& w : out) {
        if (!w.localIds.empty())
            continue;
        auto m = m_store.db().cached("SELECT local_id FROM sync_op_map WHERE wire_id = ? ORDER BY "
                                     "local_id");
        m.bind(1, w.op.mutationId);
        while (m.step())
            w.localIds.push_back(m.int64(0));
    }
    return out;
}

void OutboxProcessor::markSending(const std::vector<WireOp>& batch)
{
    std::vector<std::int64_t> ids;
    for (const auto& w : batch)
        ids.insert(ids.end(), w.localIds.begin(), w.localIds.end());
    Transaction tx(m_store.db());
    m_store.outbox().markSending(ids, m_clock.nowMillis());
    tx.commit();
}

void OutboxProcessor::markRetry(const std::vector<WireOp>& batch, const std::string& error,
                                std::int64_t nextAttemptAt)
{
    Transaction tx(m_store.db());
    for (const auto& w : batch)
        for (const auto id : w.localIds)
            m_store.outbox().markRetry(id, error, nextAttemptAt, m_clock.nowMillis());
    tx.commit();
}

PushTally OutboxProcessor::applyResults(const std::vector<WireOp>& batch,
                                        const protocol::PushResponse& response)
{
    std::map<std::int64_t, const WireOp*> byId;
    for (const auto& w : batch)
        byId[w.op.mutationId] = &w;
    PushTally tally;
    const std::int64_t now = m_clock.nowMillis();
    Database& db = m_store.db();
    Transaction tx(db);
    for (const auto& r : response.results) {
        auto it = byId.find(r.mutationId);
        if (it == byId.end())
            continue;
        const WireOp& w = *it->second;
        m_built.erase(r.mutationId);
        // An answered op is never sent again (a server that lost it gets it rebuilt from the
        // outbox by requeueAbove), so its text goes: the row shrinks to one page instead of
        // rewriting its overflow pages.
        auto upd = db.cached("UPDATE sync_wire SET acked = 1, outcome = ?, result = ?, op = '' "
                             "WHERE wire_id = ?");
        upd.bind(1, std::string(protocol::toString(r.outcome)))
            .bind(2, protocol::encodeOpResult(r).dump())
            .bind(3, r.mutationId);
        upd.run();
        const std::string error = r.outcome == protocol::OpOutcome::Rejected
                                      ? describeErrors(r.errors)
                                  : r.outcome == protocol::OpOutcome::Conflict
                                      ? "conflict: " + std::to_string(r.conflicts.size()) +
                                            " field(s) changed on both sides; resolve it"
                                      : std::string();
        for (const auto id : w.localIds)
            m_store.outbox().markResult(id, stateOf(r.outcome), error, now);

        auto rec = m_store.records().find(w.op.recordId);
        if (!rec)
            continue;
        switch (r.outcome) {
        case protocol::OpOutcome::Applied:
        case protocol::OpOutcome::Merged: {
            r.outcome == protocol::OpOutcome::Applied ? ++tally.applied : ++tally.merged;
            if (r.rev <= rec->serverRevision)
                break; // a pull already brought this revision (or a later one)
            Record server = *rec;
            server.fields = m_store.records().mergeBase(rec->id).value_or(json::object());
            for (const auto& [field, change] : w.op.changes)
                setField(server.fields, field, change.value);
            for (const auto& [field, value] : r.merged.items())
                setField(server.fields, field, value);
            server.serverRevision = r.rev;
            if (auto s = recordStatusFromString(r.status))
                server.status = *s;
            if (!r.registrationNumber.empty())
                server.registrationNumber = r.registrationNumber;
            if (protocol::isWorkflowAction(w.op.action))
                server.statusReason = w.op.reason;
            rebaseOnServer(m_store, server);
            break;
        }
        case protocol::OpOutcome::Conflict: {
            ++tally.conflicts;
            for (const auto& cf : r.conflicts) {
                Conflict c;
                c.recordId = rec->id;
                c.fieldId = cf.field;
                c.base = cf.base;
                c.mine = cf.mine;
                c.theirs = cf.theirs;
                c.mutationId = w.localIds.empty() ? 0 : w.localIds.front();
                c.serverRevision = r.rev;
                c.theirUser = cf.changedBy;
                c.theirAt = cf.changedAt;
                c.myUser = rec->updatedBy;
                c.myAt = rec->updatedAt;
                c.detectedAt = now;
                const std::int64_t localId = m_store.conflicts().add(c);
                auto map = db.cached("INSERT INTO sync_conflict_map (local_conflict_id, "
                                     "server_conflict_id, record_id) VALUES (?, ?, ?)");
                map.bind(1, localId).bind(2, r.conflictId).bind(3, rec->id);
                map.run();
            }
            // Show the server's version (plus any other unsent change); "mine" waits in the
            // conflict for a person's decision.
            if (r.current.is_object() && r.current.contains("fields")) {
                Record server = *rec;
                server.fields = r.current["fields"];
                server.serverRevision = r.current.value("rev", r.rev);
                if (auto s = recordStatusFromString(r.current.value("status", "")))
                    server.status = *s;
                server.registrationNumber = r.current.value("registration_number", "");
                rebaseOnServer(m_store, server);
            }
            requeueUncontested(w, r);
            break;
        }
        case protocol::OpOutcome::Rejected: {
            ++tally.rejected;
            if (!knownToServer(rec->id, rec->serverRevision)) {
                // The server never took the record: back to a draft the user can fix and submit.
                Record draft = *rec;
                draft.status = RecordStatus::Draft;
                draft.statusReason = error;
                m_store.records().update(draft);
            } else {
                tally.rejectedExisting.push_back(rec->id);
            }
            break;
        }
        }
    }
    tx.commit();
    return tally;
}

void OutboxProcessor::requeueUncontested(const WireOp& w, const protocol::OpResult& r)
{
    // The server applies a conflicting op not at all. Its other field changes were nobody's
    // conflict: they go out again as a plain edit on the server's current revision, so no
    // typed value waits on (or vanishes with) the person's decision.
    if (protocol::isWorkflowAction(w.op.action))
        return;
    auto rec = m_store.records().find(w.op.recordId);
    if (!rec)
        return;
    bool any = false;
    for (const auto& [field, change] : w.op.changes) {
        const bool contested = std::any_of(r.conflicts.begin(), r.conflicts.end(),
                                           [&](const auto& c) { return c.field == field; });
        if (contested)
            continue;
        setField(rec->fields, field, change.value);
        any = true;
    }
    if (!any)
        return;
    m_store.writer().commit({*rec, "edit", json::object(),
                             rec->updatedBy.empty() ? std::string("sync") : rec->updatedBy,
                             m_clock.nowMillis(), false});
}

int OutboxProcessor::requeueAbove(std::int64_t watermark)
{
    Database& db = m_store.db();
    Transaction tx(db);
    std::vector<std::int64_t> locals;
    {
        auto st = db.cached("SELECT m.local_id FROM sync_op_map m WHERE m.wire_id > ?");
        st.bind(1, watermark);
        while (st.step())
            locals.push_back(st.int64(0));
    }
    for (const auto id : locals) {
        auto st = db.cached("UPDATE outbox SET state = 'queued', last_error = ?, updated_at = ? "
                            "WHERE mutation_id = ?");
        st.bind(1, "re-sent: the server no longer had it (restored from a backup?)")
            .bind(2, m_clock.nowMillis())
            .bind(3, id);
        st.run();
    }
    auto delMap = db.cached("DELETE FROM sync_op_map WHERE wire_id > ?");
    delMap.bind(1, watermark);
    delMap.run();
    auto delWire = db.cached("DELETE FROM sync_wire WHERE wire_id > ?");
    delWire.bind(1, watermark);
    delWire.run();
    m_store.settings().setInt(kWireCounter, watermark);
    tx.commit();
    m_built.clear(); // those wire ids will be reused for other ops
    return static_cast<int>(locals.size());
}

} // namespace vitalis::sync
