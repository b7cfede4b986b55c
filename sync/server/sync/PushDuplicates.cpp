// PushService's part of the duplicate decisions: mark_not_duplicate closes the flag with its
// reason and dismisses the records it names; mark_duplicate checks the original it names and closes
// the flag with the link (the workflow table archives the record).
#include "core/TrackingId.h"
#include "sync/server/sync/OpRejection.h"
#include "sync/server/sync/PushService.h"
#include "sync/server/sync/RecordStore.h"

namespace vitalis::server
{

namespace
{
// The records a "not a duplicate" op names, checked: a record the server does not have cannot
// be a candidate (its declaration was refused), so it is left out rather than refusing the
// decision; naming itself or a record of another event is an error.
std::vector<std::string> decidedCandidates(Db& db, const protocol::Op& op, const Record& record)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < op.notDuplicateOf.size(); ++i) {
        const std::string& id = op.notDuplicateOf[i];
        const std::string path = "/not_duplicate_of/" + std::to_string(i);
        if (id == record.id)
            rejectOp(path, "invalid_duplicate_of", "a record is not compared with itself");
        const auto other = RecordStore::load(db, id, false);
        if (!other)
            continue;
        if (other->record.eventType != record.eventType)
            rejectOp(path, "event_mismatch",
                     "record " + tracking_id::display(other->record.trackingId) + " is a " +
                         other->record.eventType + " record and this one a " + record.eventType +
                         " record");
        out.push_back(id);
    }
    return out;
}
} // namespace

void PushService::applyDuplicateDecision(Db& db, const AuthContext& auth, const protocol::Op& op,
                                         const Record& record, std::int64_t now,
                                         std::string& historyReason) const
{
    if (op.action == RecordAction::MarkNotDuplicate) {
        duplicates_.markNotDuplicate(db, record, decidedCandidates(db, op, record), auth.userId,
                                     op.reason, now);
        return;
    }
    if (op.duplicateOf == record.id)
        rejectOp("/duplicate_of", "invalid_duplicate_of",
                 "a record cannot be a duplicate of itself");
    const auto original = RecordStore::load(db, op.duplicateOf, false);
    if (!original)
        rejectOp("/duplicate_of", "unknown_record",
                 "the server has no record " + op.duplicateOf + " to be the original");
    if (original->record.eventType != record.eventType)
        rejectOp("/duplicate_of", "event_mismatch",
                 "the original is a " + original->record.eventType + " record and this one a " +
                     record.eventType + " record");
    if (original->record.status == RecordStatus::Archived)
        rejectOp("/duplicate_of", "original_archived",
                 "the original " + tracking_id::display(original->record.trackingId) +
                     " is archived: name the record that stays in the register");
    duplicates_.markDuplicate(db, record, original->record, auth.userId, op.reason, now);
    historyReason =
        "duplicate of " + tracking_id::display(original->record.trackingId) + ": " + op.reason;
}

} // namespace vitalis::server
