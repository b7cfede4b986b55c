// PushService's part of the duplicate decisions: mark_not_duplicate closes the flag with its
// reason; mark_duplicate checks the original it names and closes the flag with the link (the
// workflow table archives the record).
#include "core/TrackingId.h"
#include "sync/server/sync/OpRejection.h"
#include "sync/server/sync/PushService.h"
#include "sync/server/sync/RecordStore.h"

namespace vitalis::server
{

void PushService::applyDuplicateDecision(Db& db, const AuthContext& auth, const protocol::Op& op,
                                         const Record& record, std::int64_t now,
                                         std::string& historyReason) const
{
    if (op.action == RecordAction::MarkNotDuplicate) {
        duplicates_.markNotDuplicate(db, record, auth.userId, op.reason, now);
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
