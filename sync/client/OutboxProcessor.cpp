#include "sync/client/OutboxProcessor.h"

#include "core/FieldChanges.h"
#include "core/store/ConflictMapRepository.h"
#include "core/store/ProfileStore.h"
#include "sync/client/RecordIdList.h"
#include "sync/client/RecordRebase.h"
#include "sync/protocol/RecordJson.h"

#include <algorithm>
#include <map>

namespace vitalis::sync
{

using nlohmann::json;

namespace
{

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

} // namespace

OutboxProcessor::OutboxProcessor(ProfileStore& store, const Clock& clock)
    : m_store(store), m_clock(clock), m_wire(store.db()), m_builder(store, clock)
{
}

std::int64_t OutboxProcessor::lastWireId()
{
    return m_store.settings().getInt(kWireCounter, 0);
}

std::int64_t OutboxProcessor::lastAckedWireId()
{
    return m_wire.lastAnswered();
}

int OutboxProcessor::prepare(int window)
{
    Transaction tx(m_store.db());
    // A window of rows at a time, in mutation order: memory stays bounded by the window however
    // many records wait (a record's later rows simply travel in a later op, after its first).
    auto groups = WireOpBuilder::group(m_store.outbox().unsentWithoutWireOp(window));
    std::int64_t wire = lastWireId();
    std::vector<WireOp> fresh;
    for (auto& g : groups) {
        auto w = m_builder.build(g, wire + 1);
        if (!w)
            continue;
        wire = w->op.mutationId;
        m_wire.add(wire, g.recordId, w->text, w->localIds);
        fresh.push_back(std::move(*w));
    }
    m_store.settings().setInt(kWireCounter, wire);
    // Rows inside a wire op are frozen: the store coalesces later edits into none of them.
    m_store.outbox().sealThrough(m_wire.highestCarried());
    tx.commit();
    for (auto& w : fresh) {
        const auto id = w.op.mutationId;
        m_built.emplace(id, std::move(w));
    }
    return static_cast<int>(fresh.size());
}

std::int64_t OutboxProcessor::unsentCount()
{
    return m_wire.unansweredCount();
}

std::int64_t OutboxProcessor::unbuiltCount()
{
    return m_store.outbox().unsentWithoutWireOpCount();
}

std::size_t OutboxProcessor::builtAfter(std::int64_t wireId) const
{
    return static_cast<std::size_t>(std::distance(m_built.upper_bound(wireId), m_built.end()));
}

std::vector<WireOp> OutboxProcessor::nextBatch(int maxOps, std::int64_t afterWireId)
{
    std::vector<WireOp> out;
    for (const auto id : m_wire.unanswered(afterWireId, maxOps)) {
        if (auto it = m_built.find(id); it != m_built.end()) {
            // Built by this processor: nothing to read or decode, nor to copy. A batch sent
            // again after a failure is decoded from the stored text, like any older op.
            out.push_back(std::move(it->second));
            m_built.erase(it);
            continue;
        }
        WireOp w;
        w.text = m_wire.opText(id);
        w.op = decodeStored(w.text, id);
        w.attachmentValues = protocol::attachmentValues(w.op);
        w.localIds = m_wire.outboxIdsOf(id);
        out.push_back(std::move(w));
    }
    return out;
}

void OutboxProcessor::markSending(const std::vector<WireOp>& batch)
{
    std::vector<std::int64_t> ids;
    for (const auto& w : batch)
        ids.insert(ids.end(), w.localIds.begin(), w.localIds.end());
    m_store.outbox().markSending(ids, m_clock.nowMillis());
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
    Transaction tx(m_store.db());
    for (const auto& r : response.results) {
        auto it = byId.find(r.mutationId);
        if (it == byId.end())
            continue;
        applyOne(*it->second, r, tally);
    }
    RecordIdList(m_store.settings(), RecordIdList::kRefetch).add(tally.rejectedExisting);
    tx.commit();
    return tally;
}

void OutboxProcessor::applyOne(const WireOp& w, const protocol::OpResult& r, PushTally& tally)
{
    const OutboxState outcome = stateOf(r.outcome);
    m_wire.answer(r.mutationId, outcome);
    const std::string error = r.outcome == protocol::OpOutcome::Rejected ? describeErrors(r.errors)
                              : r.outcome == protocol::OpOutcome::Conflict
                                  ? "conflict: " + std::to_string(r.conflicts.size()) +
                                        " field(s) changed on both sides; resolve it"
                                  : std::string();
    const std::int64_t now = m_clock.nowMillis();
    const std::string voided = voidedText(r);
    for (const auto id : w.localIds)
        m_store.outbox().markResult(id, outcome, voided.empty() ? error : voided + " " + error,
                                    now);
    switch (r.outcome) {
    case protocol::OpOutcome::Applied:
    case protocol::OpOutcome::Merged:
        r.outcome == protocol::OpOutcome::Applied ? ++tally.applied : ++tally.merged;
        if (!acknowledgeCreation(w, r))
            applyAccepted(w, r);
        break;
    case protocol::OpOutcome::Conflict:
        ++tally.conflicts;
        applyConflict(w, r);
        break;
    case protocol::OpOutcome::Rejected:
        ++tally.rejected;
        applyRejected(w, error, tally);
        break;
    }
    if (!voided.empty()) {
        ++tally.voided;
        recordVoided(w, r);
    }
}

std::string OutboxProcessor::voidedText(const protocol::OpResult& r)
{
    if (r.voidedNumber.empty())
        return {};
    std::string out =
        "registration number " + r.voidedNumber + " was voided (" + r.voidReason + ")";
    out += r.registrationNumber.empty()
               ? "; reprint nothing with it."
               : "; the record's number is " + r.registrationNumber +
                     ": any certificate printed with the voided number must be reprinted.";
    return out;
}

void OutboxProcessor::recordVoided(const WireOp& w, const protocol::OpResult& r)
{
    // The local record already shows the server's number (applied) or the server's version
    // (conflict); the trail keeps which number was lost, for the registrar and the auditor.
    const auto rec = m_store.records().find(w.op.recordId);
    m_store.audit().append(m_clock.nowMillis(), rec ? rec->updatedBy : std::string("sync"),
                           "number_voided", w.op.recordId,
                           {{"voided_number", r.voidedNumber},
                            {"reason", r.voidReason},
                            {"registration_number", r.registrationNumber}});
}

bool OutboxProcessor::acknowledgeCreation(const WireOp& w, const protocol::OpResult& r)
{
    // The common answer: the server created the record exactly as this device sent it, and
    // nothing was done to it here since. The server's copy is then the local record itself:
    // a few small columns change, no field JSON is read, merged, rebased or written again.
    const bool merged = r.merged.is_object() ? !r.merged.empty() : !r.merged.is_null();
    if (r.outcome != protocol::OpOutcome::Applied || merged || w.op.baseRev != 0 || r.rev <= 0 ||
        m_store.outbox().hasUnsent(w.op.recordId))
        return false;
    const std::optional<std::string> reason = protocol::isWorkflowAction(w.op.action)
                                                  ? std::optional<std::string>(w.op.reason)
                                                  : std::nullopt;
    return m_store.records().acknowledgeCreation(
        w.op.recordId, 0, r.rev, recordStatusFromString(r.status), reason, r.registrationNumber);
}

void OutboxProcessor::applyAccepted(const WireOp& w, const protocol::OpResult& r)
{
    auto rec = m_store.records().find(w.op.recordId);
    if (!rec || r.rev <= rec->serverRevision)
        return; // gone, or a pull already brought this revision (or a later one)
    // The server decides what a correction request, approval or refusal does to the values;
    // the pull after this push brings them (the local copy must not claim that revision).
    if (isCorrectionRequestAction(w.op.action))
        return;
    Record server = *rec;
    server.fields = m_store.records().mergeBase(rec->id).value_or(json::object());
    for (const auto& [field, change] : changesOf(w))
        FieldChanges::setField(server.fields, field, change.value);
    for (const auto& [field, value] : r.merged.items())
        FieldChanges::setField(server.fields, field, value);
    server.serverRevision = r.rev;
    if (auto s = recordStatusFromString(r.status))
        server.status = *s;
    if (!r.registrationNumber.empty())
        server.registrationNumber = r.registrationNumber;
    if (protocol::isWorkflowAction(w.op.action))
        server.statusReason = w.op.reason;
    rebaseOnServer(m_store, server);
}

void OutboxProcessor::applyConflict(const WireOp& w, const protocol::OpResult& r)
{
    auto rec = m_store.records().find(w.op.recordId);
    if (!rec)
        return;
    ConflictMapRepository map(m_store.db());
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
        c.detectedAt = m_clock.nowMillis();
        map.add(m_store.conflicts().add(c), r.conflictId, rec->id);
    }
    // Show the server's version (plus any other unsent change); "mine" waits in the conflict
    // for a person's decision.
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
}

void OutboxProcessor::applyRejected(const WireOp& w, const std::string& error, PushTally& tally)
{
    auto rec = m_store.records().find(w.op.recordId);
    if (!rec)
        return;
    if (m_builder.knownToServer(rec->id, rec->serverRevision)) {
        tally.rejectedExisting.push_back(rec->id);
        return;
    }
    // The server never took the record: back to a draft the user can fix and submit.
    Record draft = *rec;
    draft.status = RecordStatus::Draft;
    draft.statusReason = error;
    m_store.records().update(draft);
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
    for (const auto& [field, change] : changesOf(w)) {
        const bool contested = std::any_of(r.conflicts.begin(), r.conflicts.end(),
                                           [&](const auto& c) { return c.field == field; });
        if (contested)
            continue;
        FieldChanges::setField(rec->fields, field, change.value);
        any = true;
    }
    if (!any)
        return;
    m_store.writer().commit({*rec, OpKind::edit(), json::object(),
                             rec->updatedBy.empty() ? std::string("sync") : rec->updatedBy,
                             m_clock.nowMillis(), false});
}

protocol::Op OutboxProcessor::decodeStored(const std::string& text, std::int64_t wireId)
{
    return protocol::decodeOp(json::parse(text), "/sync_wire/" + std::to_string(wireId));
}

protocol::FieldChanges OutboxProcessor::changesOf(const WireOp& w)
{
    if (!w.changesInText)
        return w.op.changes;
    return decodeStored(w.text, w.op.mutationId).changes;
}

int OutboxProcessor::requeueAbove(std::int64_t watermark)
{
    Transaction tx(m_store.db());
    const auto locals = m_wire.dropAbove(watermark);
    m_store.outbox().requeue(locals,
                             "re-sent: the server no longer had it (restored from a backup?)",
                             m_clock.nowMillis());
    m_store.settings().setInt(kWireCounter, watermark);
    tx.commit();
    m_built.clear(); // those wire ids will be reused for other ops
    return static_cast<int>(locals.size());
}

} // namespace vitalis::sync
