#include "sync/server/sync/CorrectionService.h"

#include "core/WorkflowTable.h"
#include "sync/server/interop/SearchKeyStore.h"
#include "sync/server/sync/ConflictDetector.h"
#include "sync/server/sync/ConflictStore.h"
#include "sync/server/sync/CorrectionStore.h"
#include "sync/server/sync/OpRejection.h"
#include "sync/server/sync/PushOpRules.h"
#include "sync/server/sync/PushService.h"

#include <algorithm>

namespace vitalis::server
{

using nlohmann::json;
using protocol::OpOutcome;
using protocol::OpResult;

namespace
{
constexpr const char* kReasonSource = "correction_reasons";

OpResult answer(const StoredRecord& s, OpOutcome outcome)
{
    OpResult res;
    res.outcome = outcome;
    res.rev = s.record.serverRevision;
    res.status = std::string(toString(s.record.status));
    return res;
}
} // namespace

void CorrectionService::requireKnownReason(const DirectorySnapshot& dir, const protocol::Op& op)
{
    if (op.reasonCode.empty())
        return;
    const bool listed = dir.reference && dir.reference->find(kReasonSource, op.reasonCode);
    const bool builtIn = std::find(std::begin(kDefaultReasons), std::end(kDefaultReasons),
                                   op.reasonCode) != std::end(kDefaultReasons);
    if (!listed && !builtIn)
        rejectOp("/reason_code", "unknown_reason_code",
                 "'" + op.reasonCode + "' is not a correction reason of this country");
}

OpResult CorrectionService::apply(Db& db, const OpContext& ctx, const protocol::Op& op,
                                  StoredRecord& s, std::vector<ChangeRow>& changes) const
{
    const RecordStatus from = s.record.status;
    const auto t = workflow::transition(op.action, from);
    if (!t)
        rejectOp("", "invalid_transition", workflow::refusalReason(ctx.role, op.action, from));
    if (!ctx.role.has(t->requiredScope))
        rejectOp("", "permission_denied", workflow::refusalReason(ctx.role, op.action, from));
    if (t->requiresReason && op.reason.empty())
        rejectOp("reason", "reason_required", std::string(toString(op.action)) + " needs a reason");
    if (op.action == RecordAction::RequestCorrection)
        return request(db, ctx, op, s, changes);
    auto c = CorrectionStore::load(db, op.correctionId);
    if (!c || c->recordId != s.record.id)
        rejectOp("/correction_id", "correction_not_found",
                 "no correction request " + op.correctionId + " on this record");
    if (c->status != "open")
        rejectOp("/correction_id", "correction_closed",
                 "correction request " + op.correctionId + " is already " + c->status);
    if (op.action == RecordAction::ApproveCorrection)
        return approve(db, ctx, op, s, *c, changes);
    return refuse(db, ctx, op, s, *c, changes);
}

OpResult CorrectionService::request(Db& db, const OpContext& ctx, const protocol::Op& op,
                                    StoredRecord& s, std::vector<ChangeRow>& changes) const
{
    requireKnownReason(ctx.dir, op);
    if (op.changes.empty())
        rejectOp("/changes", "no_changes", "a correction request needs at least one field");
    if (CorrectionStore::load(db, op.correctionId))
        rejectOp("/correction_id", "duplicate_correction",
                 "correction request " + op.correctionId + " exists already");
    // Checked like an edit of the record's form version, but nothing is applied yet.
    const CheckedChange checked = validator_.check(ctx.dir, s.record.formId, s.record.formVersion,
                                                   s.record.fields, op.changes, true, true);
    if (!checked.errors.empty())
        throw OpRejection{checked.errors};
    CorrectionRequest c;
    c.id = op.correctionId;
    c.recordId = s.record.id;
    c.changes = op.changes;
    c.reasonCode = op.reasonCode;
    c.reason = op.reason;
    c.documents = op.documents;
    c.requestedBy = ctx.auth.userId;
    c.requestedDevice = ctx.auth.deviceId;
    c.requestedAt = ctx.now;
    c.mutationId = op.mutationId;
    c.baseRev = op.baseRev;
    c.requestRev = commit(db, ctx, op, s, json::object(), op.reason, changes);
    CorrectionStore::insert(db, c);
    return answer(s, OpOutcome::Applied);
}

OpResult CorrectionService::approve(Db& db, const OpContext& ctx, const protocol::Op& op,
                                    StoredRecord& s, CorrectionRequest& c,
                                    std::vector<ChangeRow>& changes) const
{
    Record& r = s.record;
    // The request's changes against what happened since the requester looked: the merge rules
    // of an edit, with the requester as "mine".
    std::vector<ServerChange> since = RecordStore::changesSince(db, r.id, c.baseRev);
    const MergeDecision decision = decideMerge(
        MergeInput{r.fields, s.fieldMeta, std::string(toString(r.status)), std::move(since),
                   c.requestedBy, c.requestedDevice, false, c.changes});
    c.decidedBy = ctx.auth.userId;
    c.decidedAt = ctx.now;
    if (decision.kind == MergeDecision::Kind::Conflict) {
        protocol::Op proposed = op;
        proposed.changes = c.changes;
        proposed.baseRev = c.baseRev;
        proposed.reason = c.reason;
        c.conflictId = ConflictStore::insert(
            db,
            {r.id, ctx.auth.userId, ctx.auth.deviceId, op.mutationId, "correction", c.baseRev,
             r.serverRevision, decision.conflicts, protocol::encodeOp(proposed)},
            ctx.now);
        c.status = "conflict";
        CorrectionStore::saveDecision(db, c);
        OpResult res = answer(s, OpOutcome::Conflict);
        res.conflictId = c.conflictId;
        res.conflicts = decision.conflicts;
        res.current = RecordStore::currentState(s);
        return res;
    }
    const CheckedChange checked =
        validator_.check(ctx.dir, r.formId, r.formVersion, r.fields, c.changes, true, true);
    if (!checked.errors.empty())
        throw OpRejection{checked.errors};
    const json diff = push_rules::applyChanges(r.fields, checked.changes);
    c.status = "approved";
    c.decidedRev = commit(db, ctx, op, s, diff, c.reason, changes);
    CorrectionStore::saveDecision(db, c);
    OpResult res = answer(s, decision.kind == MergeDecision::Kind::Merge ? OpOutcome::Merged
                                                                         : OpOutcome::Applied);
    res.merged = decision.merged;
    return res;
}

OpResult CorrectionService::refuse(Db& db, const OpContext& ctx, const protocol::Op& op,
                                   StoredRecord& s, CorrectionRequest& c,
                                   std::vector<ChangeRow>& changes) const
{
    c.status = "rejected";
    c.decidedBy = ctx.auth.userId;
    c.decidedAt = ctx.now;
    c.decisionReason = op.reason;
    c.decidedRev = commit(db, ctx, op, s, json::object(), op.reason, changes);
    CorrectionStore::saveDecision(db, c);
    return answer(s, OpOutcome::Applied);
}

std::int64_t CorrectionService::commit(Db& db, const OpContext& ctx, const protocol::Op& op,
                                       StoredRecord& s, const json& diff, const std::string& reason,
                                       std::vector<ChangeRow>& changes) const
{
    Record& r = s.record;
    const std::int64_t rev = r.serverRevision + 1;
    const json meta = {
        {"rev", rev}, {"by", ctx.auth.userId}, {"device", ctx.auth.deviceId}, {"at", ctx.now}};
    for (auto it = diff.begin(); it != diff.end(); ++it)
        s.fieldMeta[it.key()] = meta;
    r.serverRevision = rev;
    r.updatedAt = ctx.now;
    r.updatedBy = ctx.auth.userId;
    // Status, its reason and the registration number stay: a correction is not a transition.
    RecordStore::update(db, s, ctx.now);
    SearchKeyStore::indexChanged(db, s, *ctx.dir.forms, diff);
    const std::string status(toString(r.status));
    HistoryEntry e{r.id,
                   rev,
                   std::string(toString(op.action)),
                   "applied",
                   ctx.auth.userId,
                   ctx.auth.deviceId,
                   op.mutationId,
                   ctx.now,
                   status,
                   status,
                   reason,
                   diff};
    e.deviceTime = op.clientTime;
    e.correctionId = op.correctionId;
    RecordStore::appendHistory(db, e);
    changes.push_back({r.id, rev, s.locationPath});
    return rev;
}

std::string CorrectionService::recordDirect(Db& db, const OpContext& ctx, const protocol::Op& op,
                                            std::int64_t rev) const
{
    CorrectionRequest c;
    // A direct correction without an id of its own gets one derived from the op, so a
    // re-sent op could never make two.
    c.id = !op.correctionId.empty() ? op.correctionId
                                    : ctx.auth.deviceId + ":" + std::to_string(op.mutationId);
    c.recordId = op.recordId;
    c.changes = op.changes;
    c.reasonCode = op.reasonCode;
    c.reason = op.reason;
    c.documents = op.documents;
    c.requestedBy = c.decidedBy = ctx.auth.userId;
    c.requestedDevice = ctx.auth.deviceId;
    c.requestedAt = c.decidedAt = ctx.now;
    c.mutationId = op.mutationId;
    c.baseRev = op.baseRev;
    c.requestRev = c.decidedRev = rev;
    c.status = "approved";
    if (CorrectionStore::load(db, c.id))
        rejectOp("/correction_id", "duplicate_correction",
                 "correction request " + c.id + " exists already");
    CorrectionStore::insert(db, c);
    return c.id;
}

void CorrectionService::conflictResolved(Db& db, const std::string& conflictId,
                                         const std::string& userId, std::int64_t rev,
                                         std::int64_t now)
{
    auto c = CorrectionStore::byConflict(db, conflictId);
    if (!c || c->status != "conflict")
        return;
    c->status = "approved";
    c->decidedBy = userId;
    c->decidedAt = now;
    c->decidedRev = rev;
    CorrectionStore::saveDecision(db, *c);
}

} // namespace vitalis::server
