// PushService's part for an op that creates a record: what precheck derives from the op on
// the request threads (PushService::prepare), and the writer's checks and writes of the new
// record with its history, keys and events.
#include "core/WorkflowTable.h"
#include "sync/server/interop/SearchKeyStore.h"
#include "sync/server/interop/WebSubOutbox.h"
#include "sync/server/interop/dci/DciNotifier.h"
#include "sync/server/sync/OpRejection.h"
#include "sync/server/sync/PushOpRules.h"
#include "sync/server/sync/PushOpScope.h"
#include "sync/server/sync/PushService.h"
#include "sync/server/sync/RecordStore.h"

namespace vitalis::server
{

using nlohmann::json;
using protocol::OpOutcome;
using namespace push_rules;

PushService::Prechecked PushService::precheck(const DirectorySnapshot& dir,
                                              const protocol::PushRequest& request) const
{
    Prechecked out(request.ops.size());
    for (std::size_t i = 0; i < request.ops.size(); ++i) {
        const protocol::Op& op = request.ops[i];
        if (op.baseRev != 0 || !op.header)
            continue;
        const auto t = workflow::transition(op.action, RecordStatus::Draft);
        if (!t)
            continue; // refused before validation
        out[i] = prepare(dir, op, *t);
    }
    return out;
}

PushService::Prepared PushService::prepare(const DirectorySnapshot& dir, const protocol::Op& op,
                                           const Transition& t) const
{
    Prepared p;
    p.checked = validator_.check(dir, op.formId, op.formVersion, json::object(), op.changes,
                                 enforcesRequired(t.to), false);
    if (!p.checked.errors.empty())
        return p;
    // A new record holds the checked values, taken out of the check (nothing to clear: a null
    // is no value). Nothing reads the changes after this.
    for (auto& [id, change] : p.checked.changes)
        if (!change.value.is_null())
            p.fields[id] = std::move(change.value);
    p.checked.changes.clear();
    p.texts = RecordStore::creationTexts(p.fields);
    p.searchKeys = SearchKeyStore::keysOf(op.formId, op.formVersion, p.fields, *dir.forms);
    p.dedup = duplicates_.derive(op.header->eventType, p.fields);
    return p;
}

const Office& PushService::checkCreation(const OpScope& c, const Transition& t) const
{
    const protocol::Op& op = c.op;
    // Jurisdiction before permission, as for existing records: an office outside the
    // caller's jurisdiction is always answered the same way.
    const protocol::RecordHeader& header = *op.header;
    const Office* office = c.dir.office(header.officeId);
    if (!office)
        rejectOp("/record/office_id", "unknown_office", "no office '" + header.officeId + "'");
    if (!c.dir.locations.isInside(office->locationId, c.auth.jurisdictionId))
        rejectOp("/record/office_id", "out_of_jurisdiction",
                 "office '" + header.officeId + "' is outside your jurisdiction");
    if (!c.role.has(t.requiredScope))
        rejectOp("", "permission_denied",
                 workflow::refusalReason(c.role, op.action, RecordStatus::Draft));
    const auto event = validator_.formEvent(c.dir, op.formId, op.formVersion);
    if (!event)
        rejectOp("", "unsupported_form_version",
                 "the server does not have form '" + op.formId + "' version " +
                     std::to_string(op.formVersion));
    if (*event != header.eventType)
        rejectOp("/record/event_type", "event_mismatch",
                 "form '" + op.formId + "' is for '" + *event + "' events, not '" +
                     header.eventType + "'");
    if (t.requiresReason && op.reason.empty())
        rejectOp("reason", "reason_required", std::string(toString(op.action)) + " needs a reason");
    return *office;
}

void PushService::createRecord(const OpScope& c, const std::optional<Prepared>& prepared)
{
    const protocol::Op& op = c.op;
    if (op.baseRev != 0)
        rejectOp("", "unknown_record",
                 "the server has no record " + op.recordId +
                     "; an op creating a record must have base_rev 0");
    const auto t = workflow::transition(op.action, RecordStatus::Draft);
    if (!t || op.action == RecordAction::Edit || op.action == RecordAction::CreateDraft)
        rejectOp("", "invalid_transition",
                 "a new record reaches the server by notify or declare, not " +
                     std::string(toString(op.action)));
    const Office& office = checkCreation(c, *t);
    StoredRecord s;
    Record& r = s.record;
    r.id = op.recordId;
    r.eventType = op.header->eventType;
    r.formId = op.formId;
    r.formVersion = op.formVersion;
    r.trackingId = op.header->trackingId;
    r.officeId = op.header->officeId;
    r.status = t->to;
    r.statusReason = t->requiresReason ? op.reason : std::string();
    r.serverRevision = 1;
    r.createdAt = op.header->createdAt ? op.header->createdAt : c.now;
    r.updatedAt = c.now;
    r.createdBy = c.auth.userId;
    r.updatedBy = c.auth.userId;
    // What precheck derived from the op, off the writer thread (an op without it: the same).
    std::optional<Prepared> own;
    if (!prepared)
        own = prepare(c.dir, op, *t);
    const Prepared& p = prepared ? *prepared : *own;
    if (!p.checked.errors.empty())
        throw OpRejection{p.checked.errors};
    r.fields = p.fields; // a copy: the writer may run the batch again
    // Tracking-ID uniqueness is the unique index's job (see the DbError handler in applyOne):
    // one statement less per created record.
    s.locationPath = c.dir.pathOf(office.locationId);
    // Every field under one entry; s.fieldMeta stays empty (nothing below reads it).
    RecordStore::insert(c.db, s, c.now, p.texts, fieldMetaEntry(1, c.auth, c.now));
    SearchKeyStore::index(c.db, s, p.searchKeys);
    WebSubOutbox::recordEvent(c.db, s, op.action, c.now); // same transaction: no event lost
    dci::DciNotifier::recordEvent(c.db, s, op.action, c.now);
    const DuplicateCheck::Derived* derived = p.dedup ? &*p.dedup : nullptr;
    if (DuplicateCheck::checksAt(op.action)) {
        if (const auto flag = duplicates_.check(c.db, r, op, c.now, true, derived);
            flag && flag->open())
            c.res.possibleDuplicates = trackingIdsOf(*flag);
    } else {
        duplicates_.index(c.db, r, true, derived);
    }
    HistoryEntry created{r.id,
                         1,
                         std::string(toString(op.action)),
                         "applied",
                         c.auth.userId,
                         c.auth.deviceId,
                         op.mutationId,
                         c.now,
                         std::string(toString(RecordStatus::Draft)),
                         std::string(toString(r.status)),
                         r.statusReason,
                         json::object()};
    created.changesText = p.texts.changes;
    created.deviceTime = op.clientTime;
    RecordStore::appendHistory(c.db, created);
    c.changes.push_back({r.id, 1, s.locationPath});
    c.res.outcome = OpOutcome::Applied;
    c.res.rev = 1;
    c.res.status = std::string(toString(r.status));
}

} // namespace vitalis::server
