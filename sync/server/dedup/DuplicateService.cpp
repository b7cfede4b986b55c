#include "sync/server/dedup/DuplicateService.h"

#include "sync/protocol/Op.h"
#include "sync/protocol/RecordJson.h"
#include "sync/server/dedup/DuplicateFlagStore.h"
#include "sync/server/http/ApiError.h"
#include "sync/server/sync/PullService.h"
#include "sync/server/sync/RecordStore.h"

namespace vitalis::server
{

using nlohmann::json;
using protocol::ErrorCode;

namespace
{
// The candidates as the comparison screen needs them: the candidate's record when the caller
// may see it (another district's record shows its tracking ID and score only).
json candidatesJson(Db& db, const RecordScope& scope, const json& candidates)
{
    json out = json::array();
    for (json c : candidates) {
        const auto rec = RecordStore::load(db, c.value("record_id", std::string()), false);
        c["visible"] = rec && scope.contains(*rec);
        if (rec && scope.contains(*rec))
            c["record"] = protocol::encodeRecord(RecordStore::toWire(*rec));
        out.push_back(std::move(c));
    }
    return out;
}
} // namespace

json DuplicateService::forRecord(const AuthContext& auth, const std::string& recordId)
{
    if (!protocol::isCanonicalUuid(recordId))
        throw ApiError(ErrorCode::InvalidRequest, "record id must be a lowercase canonical UUID",
                       json::object(), "/id");
    Db& db = pool_.local();
    const auto dir = directory_.current(db);
    const RecordScope scope = RecordScope::of(auth, *dir);
    const auto rec = RecordStore::load(db, recordId, false);
    if (!rec || !scope.contains(*rec)) // unknown and out of scope answer the same
        throw ApiError(ErrorCode::NotFound, "no record " + recordId + " in your jurisdiction");
    json out = {{"record_id", recordId},
                {"tracking_id", rec->record.trackingId},
                {"record", protocol::encodeRecord(RecordStore::toWire(*rec))},
                {"status", "none"},
                {"candidates", json::array()}};
    if (const dedup::RuleSet* rules = rules_.forEvent(rec->record.eventType)) {
        out["threshold"] = rules->threshold;
        out["max_score"] = rules->totalWeight();
    }
    const auto flag = DuplicateFlagStore::load(db, recordId);
    if (!flag)
        return out;
    out["status"] = flag->status;
    out["candidates"] = candidatesJson(db, scope, flag->candidates);
    out["flagged_at"] = flag->flaggedAt;
    out["device_candidates"] = flag->deviceCandidates;
    out["device_note"] = flag->deviceNote;
    if (!flag->decidedBy.empty()) {
        const auto names = Directory::userNames(db, {flag->decidedBy});
        out["decided_by_name"] = names.empty() ? std::string() : names.begin()->second;
        out["decided_at"] = flag->decidedAt;
        out["decision_reason"] = flag->decisionReason;
    }
    if (!flag->originalId.empty()) {
        out["original_id"] = flag->originalId;
        if (const auto original = RecordStore::load(db, flag->originalId, false))
            out["original_tracking_id"] = original->record.trackingId;
    }
    return out;
}

json DuplicateService::openQueue(const AuthContext& auth, int limit)
{
    Db& db = pool_.local();
    const auto dir = directory_.current(db);
    const RecordScope scope = RecordScope::of(auth, *dir);
    json items = json::array();
    if (!scope.seesRecords)
        return json{{"duplicates", items}};
    for (const DuplicateFlag& f : DuplicateFlagStore::openUnder(db, scope.pathPrefix, limit)) {
        const auto rec = RecordStore::load(db, f.recordId, false);
        if (!rec || !scope.contains(*rec))
            continue;
        // The candidates as stored (record and tracking ids, score, matched fields): what a
        // device keeps to show the queue and the comparison while offline.
        items.push_back({{"record_id", f.recordId},
                         {"tracking_id", rec->record.trackingId},
                         {"event_type", rec->record.eventType},
                         {"record_status", std::string(toString(rec->record.status))},
                         {"flagged_at", f.flaggedAt},
                         {"candidates", f.candidates}});
    }
    return json{{"duplicates", std::move(items)}};
}

} // namespace vitalis::server
