// PushService::applyOne: one op against one record, inside its own savepoint. Rejections roll
// the savepoint back; conflicts are stored for a person to resolve; nothing else is partial.
#include "certificates/templates/PrintRule.h"
#include "core/DateText.h"
#include "core/RoleCatalog.h"
#include "core/WorkflowTable.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/interop/SearchKeyStore.h"
#include "sync/server/interop/WebSubOutbox.h"
#include "sync/server/interop/dci/DciNotifier.h"
#include "sync/server/interop/nid/NidCallStore.h"
#include "sync/server/sync/AttachmentGate.h"
#include "sync/server/sync/ConflictStore.h"
#include "sync/server/sync/CorrectionService.h"
#include "sync/server/sync/OfferedNumber.h"
#include "sync/server/sync/OpRejection.h"
#include "sync/server/sync/PrintStore.h"
#include "sync/server/sync/PushOpRules.h"
#include "sync/server/sync/PushOpScope.h"
#include "sync/server/sync/PushService.h"
#include "sync/server/sync/RecordStore.h"
#include "sync/server/sync/RegistrationNumberAllocator.h"

namespace vitalis::server
{

using nlohmann::json;
using protocol::FieldError;
using protocol::OpOutcome;
using protocol::OpResult;

namespace
{
using sql::i64;
using sql::q;
using namespace push_rules;

using Rejection = OpRejection;

[[noreturn]] void reject(std::string field, std::string code, std::string message)
{
    rejectOp(std::move(field), std::move(code), std::move(message));
}

// A number the device offered that will not name the record: voided with the reason, and the
// answer says so (the device shows it to the registrar).
void voidOffered(Db& db, const AuthContext& auth, const DirectorySnapshot& dir,
                 const protocol::Op& op, const std::string& officeId, const std::string& reason,
                 std::int64_t now, OpResult& res)
{
    if (op.registrationNumber.empty())
        return;
    const Office* office = dir.office(officeId);
    const NumberVerdict verdict =
        office ? OfferedNumber::check(db, auth, *office, op.registrationNumber) : NumberVerdict{};
    OfferedNumber::voidNumber(db, auth, officeId, op.recordId, op.registrationNumber, verdict,
                              reason, now);
    res.voidedNumber = op.registrationNumber;
    res.voidReason = protocol::clipText(reason, protocol::kMaxVoidReasonBytes);
}

// The registration number of a record the op registers: the one the device offered from its
// pool when the server accepts it, a fresh one from the office's counter otherwise.
std::string numberFor(Db& db, const AuthContext& auth, const DirectorySnapshot& dir,
                      const protocol::Op& op, const std::string& officeId, std::int64_t now,
                      OpResult& res)
{
    const Office* office = dir.office(officeId);
    if (!op.registrationNumber.empty()) {
        if (!office) {
            voidOffered(db, auth, dir, op, officeId, "the record's office is unknown", now, res);
        } else {
            const NumberVerdict v = OfferedNumber::check(db, auth, *office, op.registrationNumber);
            if (v.accepted) {
                OfferedNumber::accept(db, v);
                return op.registrationNumber;
            }
            OfferedNumber::voidNumber(db, auth, officeId, op.recordId, op.registrationNumber, v,
                                      v.reason, now);
            res.voidedNumber = op.registrationNumber;
            res.voidReason = v.reason;
        }
    }
    return RegistrationNumberAllocator::allocate(db, officeId,
                                                 office ? office->code : std::string("X"), now);
}

// The UTC day of a time in milliseconds, YYYY-MM-DD.
std::string isoDay(std::int64_t unixMs)
{
    return isoDate(std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(
        std::chrono::sys_time<std::chrono::milliseconds>(std::chrono::milliseconds(unixMs)))));
}

// A certify op's print, checked after the permission: what was printed, the reason a reprint
// needs, the template, language and fee against the configuration (the server's own dates and
// copy count, never the device's), and the copy number the server counts itself.
PrintRow checkPrint(Db& db, const AuthContext& auth, const protocol::Op& op, const Record& r,
                    const CertificateTemplates* templates, std::int64_t now)
{
    if (!op.print)
        reject("/print", "required", "a certify op must say what was printed (print)");
    const std::int64_t earlier = PrintStore::copiesPrinted(db, op.recordId);
    if (const auto problem = protocol::printProblem(*op.print, earlier, op.reason))
        reject(problem->path, problem->code, problem->message);
    if (templates) {
        const std::string registered = isoDay(r.registeredAt ? r.registeredAt : now);
        const protocol::CertificatePrint& p = *op.print;
        if (const auto problem = certificates::printRuleProblem(
                templates->bundle().configs, r.eventType, r.fields, registered, earlier,
                {p.templateId, p.language, p.certifiedCopy, p.fee}))
            reject(problem->path, problem->code, problem->message);
    }
    return PrintRow{op.recordId,   earlier + 1,   *op.print, op.reason, auth.userId,
                    auth.deviceId, op.mutationId, 0,         now};
}

// A registration the national ID system refused: its number never names the record again and
// is voided (a certificate already printed with it, offline, goes on the revocation list).
void unregister(Db& db, const AuthContext& auth, Record& r, const std::string& reason,
                std::int64_t now)
{
    if (!r.registrationNumber.empty())
        OfferedNumber::voidNumber(db, auth, r.officeId, r.id, r.registrationNumber, NumberVerdict{},
                                  "the national ID system refused: " + reason, now);
    r.registrationNumber.clear();
    r.nationalIdState.clear();
    r.registeredAt = 0;
}

} // namespace

// A change to a stored record that bumps its revision, as writeChange stores it.
struct PushService::Change {
    Transition transition;
    json diff; // field -> [old, new]
    std::string historyReason;
    MergeDecision::Kind merge = MergeDecision::Kind::Apply;
    bool registers = false;
    std::optional<PrintRow> print;
};

protocol::OpResult PushService::applyOne(Db& db, const AuthContext& auth,
                                         const DirectorySnapshot& dir, const protocol::Op& op,
                                         const std::optional<Prepared>& prepared, std::int64_t now,
                                         std::vector<ChangeRow>& changes)
{
    OpResult res;
    res.mutationId = op.mutationId;
    res.recordId = op.recordId;
    const std::size_t changesBefore = changes.size();
    AttachmentGate::requireComplete(db, op); // retryable refusal of the whole batch
    db.control(QStringLiteral("SAVEPOINT op"));
    auto rollback = [&] {
        db.control(QStringLiteral("ROLLBACK TO SAVEPOINT op"));
        db.control(QStringLiteral("RELEASE SAVEPOINT op"));
        changes.resize(changesBefore);
    };
    std::string recordOffice; // of an existing record: an offered number refused with it is voided
    std::optional<Record> refusedAsDuplicate; // register refused: the flag outlives the refusal
    try {
        const Role* role = dir.roles.find(auth.role);
        if (!role) // the server's own ops (a national ID refusal) act in a system role
            role = RoleCatalog::systemRole(auth.role);
        if (!role)
            reject("", "permission_denied", "unknown role '" + auth.role + "'");
        const OpScope c{db, auth, dir, op, *role, now, changes, res};
        if (auto existing = RecordStore::load(db, op.recordId, true)) {
            recordOffice = existing->record.officeId;
            changeRecord(c, std::move(*existing), refusedAsDuplicate);
        } else {
            createRecord(c, prepared);
        }
        db.control(QStringLiteral("RELEASE SAVEPOINT op"));
        return res;
    } catch (const Rejection& rej) {
        rollback();
        if (refusedAsDuplicate) // outside the savepoint: the flag reaches the queue
            duplicates_.check(db, *refusedAsDuplicate, op, now, false);
        res.outcome = OpOutcome::Rejected;
        res.errors = rej.errors;
        res.rev = 0;
        if (!recordOffice.empty())
            voidOffered(db, auth, dir, op, recordOffice,
                        "the registration was refused: " +
                            (rej.errors.empty() ? std::string() : rej.errors.front().message),
                        now, res);
        return res;
    } catch (const DbError& e) {
        if (e.kind() != DbError::Kind::UniqueViolation)
            throw;
        rollback();
        res.outcome = OpOutcome::Rejected;
        if (op.header && RecordStore::trackingIdTaken(db, op.header->trackingId))
            res.errors = {
                {"/record/tracking_id", "duplicate_tracking_id",
                 "tracking ID " + op.header->trackingId + " is already used by another record"}};
        else
            res.errors = {{"/record_id", "duplicate_record",
                           "another device created a record with this id at the same time"}};
        return res;
    }
}

void PushService::checkExisting(const OpScope& c, const Record& r) const
{
    const protocol::Op& op = c.op;
    if (!c.dir.officeInside(r.officeId, c.auth.jurisdictionId))
        reject("", "out_of_jurisdiction", "the record is outside your jurisdiction");
    if (op.formId != r.formId || op.formVersion != r.formVersion)
        reject("/form_version", "form_version_mismatch",
               "the record uses form " + r.formId + " v" + std::to_string(r.formVersion) +
                   "; an op cannot change it");
    if (op.baseRev > r.serverRevision)
        reject("/base_rev", "base_rev_ahead",
               "base_rev " + std::to_string(op.baseRev) + " is newer than the server's " +
                   std::to_string(r.serverRevision) +
                   " (was the server restored from a backup? pull with reset)");
}

void PushService::storeConflict(const OpScope& c, const StoredRecord& s,
                                const MergeDecision& decision) const
{
    const protocol::Op& op = c.op;
    const Record& r = s.record;
    const std::string conflictId = ConflictStore::insert(
        c.db,
        {r.id, c.auth.userId, c.auth.deviceId, op.mutationId,
         protocol::isWorkflowAction(op.action) ? "record_changed" : "fields", op.baseRev,
         r.serverRevision, decision.conflicts, protocol::encodeOp(op)},
        c.now);
    if (op.action == RecordAction::ResolveConflict)
        ConflictStore::supersede(c.db, op.conflictId, r.id, c.auth.userId, c.now);
    voidOffered(c.db, c.auth, c.dir, op, r.officeId,
                "the record was changed on the server meanwhile (revision " +
                    std::to_string(r.serverRevision) +
                    "): the conflict goes to a person and this number is not used",
                c.now, c.res);
    c.res.outcome = OpOutcome::Conflict;
    c.res.conflictId = conflictId;
    c.res.conflicts = decision.conflicts;
    c.res.rev = r.serverRevision;
    c.res.status = std::string(toString(r.status));
    c.res.current = RecordStore::currentState(s);
}

Transition PushService::checkTransition(const OpScope& c, const Record& r) const
{
    const protocol::Op& op = c.op;
    const auto t = workflow::transition(op.action, r.status);
    if (!t)
        reject("", "invalid_transition", workflow::refusalReason(c.role, op.action, r.status));
    if (!c.role.has(t->requiredScope))
        reject("", "permission_denied", workflow::refusalReason(c.role, op.action, r.status));
    if (t->requiresReason && op.reason.empty())
        reject("reason", "reason_required", std::string(toString(op.action)) + " needs a reason");
    if (op.action == RecordAction::ResolveConflict &&
        !ConflictStore::isOpen(c.db, op.conflictId, r.id))
        reject("/conflict_id", "conflict_not_found",
               "no open conflict " + op.conflictId + " on this record");
    if (op.action == RecordAction::Correct)
        CorrectionService::requireKnownReason(c.dir, op);
    return *t;
}

void PushService::changeRecord(const OpScope& c, StoredRecord s,
                               std::optional<Record>& refusedAsDuplicate)
{
    const protocol::Op& op = c.op;
    Record& r = s.record;
    checkExisting(c, r);
    if (isCorrectionRequestAction(op.action)) {
        // Requests, approvals and refusals have their own rules (CorrectionService).
        c.res = corrections_.apply(c.db, {c.auth, c.dir, c.role, c.now}, op, s, c.changes);
        if (op.action == RecordAction::ApproveCorrection)
            if (const auto corrected = RecordStore::load(c.db, op.recordId, false))
                duplicates_.index(c.db, corrected->record, false); // the keys follow the fields
        c.res.mutationId = op.mutationId;
        c.res.recordId = op.recordId;
        return;
    }
    std::vector<ServerChange> since;
    if (op.baseRev < r.serverRevision)
        since = RecordStore::changesSince(c.db, r.id, op.baseRev);
    const MergeDecision decision = decideMerge(MergeInput{
        r.fields, s.fieldMeta, std::string(toString(r.status)), std::move(since), c.auth.userId,
        c.auth.deviceId, protocol::isWorkflowAction(op.action), op.changes});
    if (decision.kind == MergeDecision::Kind::Conflict)
        return storeConflict(c, s, decision);

    const Transition t = checkTransition(c, r);
    std::optional<PrintRow> print;
    if (op.action == RecordAction::Certify)
        print = checkPrint(c.db, c.auth, op, r, templates_, c.now);
    // Values stored were checked when they came; a change is checked for what it touches,
    // except when required fields start to count (notified -> declared): then all of them.
    const bool checkAll = enforcesRequired(t.to) && !enforcesRequired(r.status);
    json diff = json::object();
    if (!op.changes.empty() || checkAll) {
        const CheckedChange checked =
            validator_.check(c.dir, r.formId, r.formVersion, r.fields, op.changes,
                             enforcesRequired(t.to), !checkAll);
        if (!checked.errors.empty())
            throw Rejection{checked.errors};
        diff = applyChanges(r.fields, checked.changes);
    }
    std::string historyReason = t.requiresReason ? op.reason : std::string();
    const bool decides =
        op.action == RecordAction::MarkNotDuplicate || op.action == RecordAction::MarkDuplicate;
    if (decides) {
        applyDuplicateDecision(c.db, c.auth, op, r, c.now, historyReason);
    } else if (DuplicateCheck::checksAt(op.action)) {
        // Recomputed every time: a device that saw no duplicate is not believed.
        const auto flag = duplicates_.check(c.db, r, op, c.now, false);
        if (flag && flag->open()) {
            if (op.action == RecordAction::Register) {
                refusedAsDuplicate = r;
                reject("", "possible_duplicate", duplicates_.refusal(*flag, r.eventType));
            }
            c.res.possibleDuplicates = trackingIdsOf(*flag);
        }
    } else if (!diff.empty()) {
        duplicates_.index(c.db, r, false);
    }
    const bool registers = op.action == RecordAction::Register && r.registrationNumber.empty();
    // Every print is news for every device (its history), even a reprint; so is a "not a
    // duplicate" decision, which keeps the status.
    const bool bump = !diff.empty() || t.to != r.status || registers || print || decides ||
                      (t.requiresReason && op.reason != r.statusReason);
    if (bump)
        writeChange(c, s, {t, diff, historyReason, decision.kind, registers, std::move(print)});
    if (op.action == RecordAction::ResolveConflict) {
        ConflictStore::resolve(c.db, op.conflictId, c.auth.userId, r.serverRevision, c.now);
        CorrectionService::conflictResolved(c.db, op.conflictId, c.auth.userId, r.serverRevision,
                                            c.now);
    }
    c.res.outcome =
        decision.kind == MergeDecision::Kind::Merge ? OpOutcome::Merged : OpOutcome::Applied;
    c.res.merged = decision.merged;
    c.res.rev = r.serverRevision;
    c.res.status = std::string(toString(r.status));
    if (op.action == RecordAction::Register)
        c.res.registrationNumber = r.registrationNumber;
}

void PushService::writeChange(const OpScope& c, StoredRecord& s, Change change)
{
    const protocol::Op& op = c.op;
    Record& r = s.record;
    const Transition& t = change.transition;
    const RecordStatus from = r.status;
    const std::int64_t rev = r.serverRevision + 1;
    const json meta = fieldMetaEntry(rev, c.auth, c.now);
    for (auto it = change.diff.begin(); it != change.diff.end(); ++it)
        s.fieldMeta[it.key()] = meta;
    r.serverRevision = rev;
    r.status = t.to;
    if (t.requiresReason && op.action != RecordAction::MarkNotDuplicate)
        r.statusReason = op.reason;
    else if (t.to != from)
        r.statusReason.clear();
    if (change.registers) {
        r.registrationNumber = numberFor(c.db, c.auth, c.dir, op, r.officeId, c.now, c.res);
        // Offline, the registrar's device time (never later than now): the date its laptop
        // printed and charged for.
        r.registeredAt = op.clientTime > 0 && op.clientTime <= c.now ? op.clientTime : c.now;
    }
    if (op.action == RecordAction::RefuseRegistration)
        unregister(c.db, c.auth, r, op.reason, c.now);
    // Same transaction: the national ID system hears of every registration it must.
    const nid::NidHook* hook =
        change.registers && nidHooks_ ? nidHooks_->find(r.eventType, "register") : nullptr;
    if (hook)
        r.nationalIdState = "waiting";
    r.updatedAt = c.now;
    r.updatedBy = c.auth.userId;
    RecordStore::update(c.db, s, c.now);
    SearchKeyStore::indexChanged(c.db, s, *c.dir.forms, change.diff);
    if (hook)
        nid::NidCallStore::enqueue(c.db, *hook, s, c.now);
    WebSubOutbox::recordEvent(c.db, s, op.action, c.now);
    dci::DciNotifier::recordEvent(c.db, s, op.action, c.now);
    HistoryEntry changed{r.id,
                         rev,
                         std::string(toString(op.action)),
                         change.merge == MergeDecision::Kind::Merge ? "merged" : "applied",
                         c.auth.userId,
                         c.auth.deviceId,
                         op.mutationId,
                         c.now,
                         std::string(toString(from)),
                         std::string(toString(r.status)),
                         change.historyReason,
                         change.diff};
    changed.deviceTime = op.clientTime;
    if (op.action == RecordAction::Correct)
        changed.correctionId =
            corrections_.recordDirect(c.db, {c.auth, c.dir, c.role, c.now}, op, rev);
    if (change.print) {
        change.print->rev = rev;
        PrintStore::insert(c.db, *change.print);
        changed.print = PrintStore::historyJson(*change.print);
        changed.reason = op.reason;
    }
    RecordStore::appendHistory(c.db, changed);
    c.changes.push_back({r.id, rev, s.locationPath});
}

} // namespace vitalis::server
