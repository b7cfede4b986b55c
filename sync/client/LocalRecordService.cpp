#include "sync/client/LocalRecordService.h"

#include "core/FieldChanges.h"
#include "core/RegistrationNumber.h"
#include "core/TrackingId.h"
#include "core/Uuid.h"
#include "core/WorkflowTable.h"
#include "core/store/NumberPoolRepository.h"
#include "core/store/ProfileStore.h"
#include "sync/client/FormCheck.h"

#include <algorithm>

namespace vitalis
{

namespace
{

std::string describe(const std::string& action, const std::vector<protocol::FieldError>& errors)
{
    std::string out = "'" + action + "' refused: " + std::to_string(errors.size()) +
                      (errors.size() == 1 ? " problem" : " problems") + " in the form values";
    for (const auto& e : errors)
        out += "\n  " + (e.field.empty() ? std::string("(form)") : fieldJsonPath(e.field)) + ": " +
               e.code + " - " + e.message;
    return out;
}

} // namespace

FieldValidationError::FieldValidationError(const std::string& action, forms::FieldReport report)
    : FieldValidationError(action, deviceFieldErrors(report), std::move(report))
{
}

FieldValidationError::FieldValidationError(const std::string& action,
                                           std::vector<protocol::FieldError> errors,
                                           forms::FieldReport&& report)
    : WorkflowError(describe(action, errors)), m_errors(std::move(errors)),
      m_report(std::move(report))
{
}

LocalRecordService::LocalRecordService(ProfileStore& store, const Clock& clock,
                                       const FormCheck* forms)
    : m_store(store), m_clock(clock), m_forms(forms)
{
}

std::optional<RecordStatus> LocalRecordService::checkedStatus(const Record& record,
                                                              RecordAction action) const
{
    if (!m_forms)
        return std::nullopt;
    RecordStatus to = record.status;
    if (action != RecordAction::Edit && action != RecordAction::CreateDraft) {
        const auto t = workflow::transition(action, record.status);
        // The workflow refusal is the answer, not the values; an action that keeps the status
        // changes no values, and the server does not re-check it either.
        if (!t || t->to == record.status)
            return std::nullopt;
        to = t->to;
    }
    // A draft never leaves the device as it is; it is checked when it is notified or declared.
    if (to == RecordStatus::Draft)
        return std::nullopt;
    return to;
}

forms::FieldReport LocalRecordService::validateForAction(const Record& record,
                                                         RecordAction action) const
{
    const auto to = checkedStatus(record, action);
    if (!to)
        return {};
    return m_forms->resolve(record.formId, record.formVersion, record.fields, {}, *to).report;
}

forms::FieldReport LocalRecordService::validateForAction(const std::string& recordId,
                                                         RecordAction action)
{
    return validateForAction(m_store.records().get(recordId), action);
}

forms::FieldReport LocalRecordService::validateNew(const NewRecord& request) const
{
    Record r;
    r.formId = request.formId;
    r.formVersion = request.formVersion;
    r.status = RecordStatus::Draft;
    const auto to = checkedStatus(r, request.submit);
    if (!to)
        return {};
    return m_forms
        ->resolve(r.formId, r.formVersion, r.fields,
                  FieldChanges::ofValues(r.fields, request.fields), *to)
        .report;
}

forms::ResolvedChange LocalRecordService::resolve(const Record& before, FieldChanges sent,
                                                  RecordAction action) const
{
    const auto to = checkedStatus(before, action);
    if (!to)
        return {{}, std::move(sent), {}};
    auto resolved = m_forms->resolve(before.formId, before.formVersion, before.fields, sent, *to);
    if (!resolved.report.ok())
        throw FieldValidationError(std::string(toString(action)), std::move(resolved.report));
    return resolved;
}

void LocalRecordService::checkEvent(const NewRecord& request) const
{
    const auto form =
        m_forms ? m_forms->forms().find(request.formId, request.formVersion) : nullptr;
    if (form && form->event != request.eventType)
        throw WorkflowError("form '" + request.formId + "' is for " + form->event +
                            " events, not " + request.eventType +
                            ": nothing was saved (choose the form of the event)");
}

void LocalRecordService::setDeviceCode(const std::string& code)
{
    if (!device_code::isValid(code))
        throw WorkflowError("device code '" + code + "' is not 4 symbols of the alphabet " +
                            std::string(kTrackingAlphabet));
    if (m_store.settings().get(kDeviceCodeSetting) != code) {
        m_store.settings().set(kDeviceCodeSetting, code);
        m_store.settings().setInt(kTrackingSequenceSetting, 0);
    }
}

std::string LocalRecordService::deviceCode()
{
    auto code = m_store.settings().get(kDeviceCodeSetting);
    if (!code)
        throw WorkflowError("this device has no device code yet: enrol it (profile init) first");
    return *code;
}

std::string LocalRecordService::nextTrackingId(const std::string& eventType)
{
    const auto code = deviceCode();
    const auto seq = m_store.settings().getInt(kTrackingSequenceSetting, 0);
    // Persisted before use: a crash can skip a number but never hand one out twice.
    m_store.settings().setInt(kTrackingSequenceSetting, seq + 1);
    return tracking_id::make(tracking_id::eventSymbol(eventType), code,
                             static_cast<std::uint32_t>(seq));
}

void LocalRecordService::require(const Actor& actor, RecordAction action, RecordStatus from,
                                 const std::string& reason)
{
    const auto refusal = workflow::refusalReason(actor.role, action, from);
    if (!refusal.empty())
        throw WorkflowError(refusal);
    const auto t = workflow::transition(action, from);
    if (t->requiresReason && reason.empty())
        throw WorkflowError("'" + std::string(toString(action)) + "' needs a reason");
}

Record LocalRecordService::start(const Actor& actor, const NewRecord& request)
{
    return create(actor, request, false);
}

Record LocalRecordService::startDraft(const Actor& actor, const NewRecord& request)
{
    NewRecord draft = request;
    draft.submit = RecordAction::CreateDraft;
    return create(actor, draft, true);
}

Record LocalRecordService::create(const Actor& actor, const NewRecord& request, bool localDraft)
{
    if (request.eventType.empty() || request.formId.empty())
        throw WorkflowError("a new record needs an event type and a form id");
    if (!request.fields.is_object())
        throw WorkflowError("field values must be a JSON object keyed by field id");
    require(actor, RecordAction::CreateDraft, RecordStatus::Draft, {});
    RecordStatus status = RecordStatus::Draft;
    if (request.submit != RecordAction::CreateDraft) {
        require(actor, request.submit, RecordStatus::Draft, {});
        status = workflow::transition(request.submit, RecordStatus::Draft)->to;
    }
    checkEvent(request);
    Record r;
    r.id = generateTimeOrderedUuid(m_clock.nowMillis());
    r.eventType = request.eventType;
    r.formId = request.formId;
    r.formVersion = request.formVersion;
    r.officeId = actor.officeId;
    const auto kind = localDraft ? OpKind::draft() : OpKind::of(request.submit);
    r.status = RecordStatus::Draft;
    // Before the tracking ID: a refused declaration consumes nothing.
    const auto values =
        resolve(r, FieldChanges::ofValues(r.fields, request.fields), request.submit);
    values.changes.applyTo(r.fields);
    values.computed.applyTo(r.fields);
    r.trackingId = nextTrackingId(request.eventType);
    r.status = status;
    return m_store.writer()
        .commit({r, kind, nlohmann::json::object(), actor.userId, m_clock.nowMillis()})
        .record;
}

Record LocalRecordService::editFields(const Actor& actor, const std::string& recordId,
                                      const nlohmann::json& changes)
{
    if (!changes.is_object() || changes.empty())
        throw WorkflowError("an edit needs at least one field=value");
    const Record stored = m_store.records().get(recordId);
    require(actor, RecordAction::Edit, stored.status, {});
    return commitAction(actor, stored, RecordAction::Edit, changes, {});
}

Record LocalRecordService::act(const Actor& actor, const std::string& recordId, RecordAction action,
                               const std::string& reason)
{
    return actWithEdits(actor, recordId, action, nlohmann::json::object(), reason);
}

Record LocalRecordService::actWithEdits(const Actor& actor, const std::string& recordId,
                                        RecordAction action, const nlohmann::json& changes,
                                        const std::string& reason)
{
    if (!changes.is_object())
        throw WorkflowError("field changes must be a JSON object keyed by field id");
    const Record stored = m_store.records().get(recordId);
    require(actor, action, stored.status, reason);
    if (!changes.empty())
        require(actor, RecordAction::Edit, stored.status, {});
    return commitAction(actor, stored, action, changes, reason);
}

Record LocalRecordService::markNotDuplicate(const Actor& actor, const std::string& recordId,
                                            const std::vector<std::string>& candidates,
                                            const std::string& reason)
{
    Record stored = m_store.records().get(recordId);
    require(actor, RecordAction::MarkNotDuplicate, stored.status, reason);
    std::vector<std::string> named;
    for (const std::string& id : candidates) {
        if (id == stored.id || std::find(named.begin(), named.end(), id) != named.end())
            continue;
        named.push_back(id);
        if (std::find(stored.notDuplicateOf.begin(), stored.notDuplicateOf.end(), id) ==
            stored.notDuplicateOf.end())
            stored.notDuplicateOf.push_back(id); // not a field: the change's diff ignores it
    }
    nlohmann::json extra = nlohmann::json::object();
    if (!named.empty())
        extra["not_duplicate_of"] = named;
    return commitAction(actor, stored, RecordAction::MarkNotDuplicate, nlohmann::json::object(),
                        reason, extra);
}

Record LocalRecordService::markDuplicate(const Actor& actor, const std::string& recordId,
                                         const std::string& originalId, const std::string& reason)
{
    const Record stored = m_store.records().get(recordId);
    require(actor, RecordAction::MarkDuplicate, stored.status, reason);
    const auto original = m_store.records().find(originalId);
    if (!original)
        throw WorkflowError("the original record is not on this device: sync, then name it "
                            "again");
    if (original->id == stored.id)
        throw WorkflowError("a record cannot be a duplicate of itself");
    if (original->eventType != stored.eventType)
        throw WorkflowError("the original is a " + original->eventType + " record and this one a " +
                            stored.eventType + " record");
    if (original->status == RecordStatus::Archived)
        throw WorkflowError("the original is archived: name the record that stays in the "
                            "register");
    return commitAction(actor, stored, RecordAction::MarkDuplicate, nlohmann::json::object(),
                        reason, {{"duplicate_of", original->id}});
}

Record LocalRecordService::actDespiteDuplicates(const Actor& actor, const std::string& recordId,
                                                RecordAction action, const nlohmann::json& changes,
                                                const std::vector<std::string>& candidates,
                                                const std::string& note)
{
    if (!changes.is_object())
        throw WorkflowError("field changes must be a JSON object keyed by field id");
    const Record stored = m_store.records().get(recordId);
    require(actor, action, stored.status, {});
    if (!changes.empty())
        require(actor, RecordAction::Edit, stored.status, {});
    nlohmann::json extra = nlohmann::json::object();
    if (!candidates.empty())
        extra["duplicate_warning"] = {{"candidates", candidates}, {"note", note}};
    return commitAction(actor, stored, action, changes, {}, extra);
}

Record LocalRecordService::commitAction(const Actor& actor, const Record& stored,
                                        RecordAction action, const nlohmann::json& values,
                                        const std::string& reason, const nlohmann::json& extra)
{
    // The op carries the changes; computed values are each side's own (never sent).
    const auto resolved = resolve(stored, FieldChanges::ofValues(stored.fields, values), action);
    const FieldChanges& changes = resolved.changes;
    Record next = stored;
    changes.applyTo(next.fields);
    resolved.computed.applyTo(next.fields);
    next.status = workflow::transition(action, stored.status)->to;
    nlohmann::json payload = extra;
    if (!reason.empty()) {
        // "Not a duplicate" explains a decision, not the record's status (as on the server).
        if (action != RecordAction::MarkNotDuplicate)
            next.statusReason = reason;
        payload["reason"] = reason;
    }
    // The number, the record and its op commit together: a number is never taken for a
    // registration that was not saved, nor a registration saved without the number it took.
    Transaction tx(m_store.db());
    const std::int64_t now = m_clock.nowMillis();
    if (action == RecordAction::Register && stored.registrationNumber.empty()) {
        // The op's time too: the server keeps it as the registration date (offline or not).
        next.registeredAt = now;
        if (const auto number = takePoolNumber(stored)) {
            next.registrationNumber = *number;
            payload["registration_number"] = *number;
        }
    }
    LocalChange change{std::move(next), OpKind::of(action), std::move(payload), actor.userId, now};
    change.previous = &stored;
    change.changes = &changes;
    Record saved = m_store.writer().commit(change).record;
    tx.commit();
    return saved;
}

number_pool::OfflineCheck LocalRecordService::offlineCheck(const std::string& officeId)
{
    NumberPoolRepository pool(m_store.db());
    const std::int64_t now = m_clock.nowMillis();
    number_pool::OfflineCheck c;
    if (const auto office = pool.office(officeId)) {
        c.officeKnown = true;
        c.enabled = office->offlineRegistration;
        c.maxOfflineDays = office->maxOfflineDays;
    }
    c.lastSyncAt = m_store.settings().getInt(NumberPoolRepository::kLastSyncSetting, 0);
    c.usableNumbers = pool.usable(officeId, registration_number::yearOf(now), now);
    return c;
}

std::optional<std::string> LocalRecordService::takePoolNumber(const Record& record)
{
    const std::int64_t now = m_clock.nowMillis();
    const auto check = offlineCheck(record.officeId);
    const auto state = number_pool::offlineState(check, now);
    if (state == number_pool::OfflineState::SyncTooOld)
        throw WorkflowError(number_pool::explain(state, check, now));
    if (state != number_pool::OfflineState::Allowed)
        return std::nullopt; // registered as before: the server numbers it at sync
    return NumberPoolRepository(m_store.db())
        .take(record.officeId, registration_number::yearOf(now), now);
}

FieldChanges LocalRecordService::resolveCorrection(const Record& stored,
                                                   const nlohmann::json& values,
                                                   RecordAction action) const
{
    if (!values.is_object() || values.empty())
        throw WorkflowError("a correction needs at least one field=value");
    FieldChanges sent = FieldChanges::ofValues(stored.fields, values);
    if (sent.empty())
        throw WorkflowError("the corrected values are the ones the record has already");
    if (!m_forms)
        return sent;
    // Checked for the record's own status (registered or certified): every rule of the form.
    auto resolved =
        m_forms->resolve(stored.formId, stored.formVersion, stored.fields, sent, stored.status);
    if (!resolved.report.ok())
        throw FieldValidationError(std::string(toString(action)), std::move(resolved.report));
    return resolved.changes;
}

Record LocalRecordService::commitCorrectionOp(const Actor& actor, const Record& stored,
                                              RecordAction action, const FieldChanges& proposed,
                                              nlohmann::json payload)
{
    // The record row is written as it is (its values change only when the server applies an
    // approval); the op carries the proposal, based on the server's values.
    LocalChange change{stored, OpKind::of(action), std::move(payload), actor.userId,
                       m_clock.nowMillis()};
    change.previous = &stored;
    change.changes = &proposed;
    change.clearDraft = false;
    return m_store.writer().commit(change).record;
}

std::string LocalRecordService::requestCorrection(const Actor& actor, const std::string& recordId,
                                                  const nlohmann::json& changes,
                                                  const std::string& reasonCode,
                                                  const std::string& reasonText,
                                                  const nlohmann::json& documents)
{
    const Record stored = m_store.records().get(recordId);
    require(actor, RecordAction::RequestCorrection, stored.status, reasonText);
    if (reasonCode.empty())
        throw WorkflowError("a correction request needs a reason code (e.g. spelling)");
    if (!documents.is_array())
        throw WorkflowError("supporting documents must be a list of attachment references");
    const FieldChanges proposed =
        resolveCorrection(stored, changes, RecordAction::RequestCorrection);
    const std::string id = generateUuid();
    commitCorrectionOp(actor, stored, RecordAction::RequestCorrection, proposed,
                       {{"correction_id", id},
                        {"reason_code", reasonCode},
                        {"reason", reasonText},
                        {"documents", documents}});
    return id;
}

Record LocalRecordService::approveCorrection(const Actor& actor, const std::string& recordId,
                                             const std::string& correctionId)
{
    const Record stored = m_store.records().get(recordId);
    require(actor, RecordAction::ApproveCorrection, stored.status, {});
    if (correctionId.empty())
        throw WorkflowError("which correction request? (its id is missing)");
    return commitCorrectionOp(actor, stored, RecordAction::ApproveCorrection, {},
                              {{"correction_id", correctionId}});
}

Record LocalRecordService::rejectCorrection(const Actor& actor, const std::string& recordId,
                                            const std::string& correctionId,
                                            const std::string& reason)
{
    const Record stored = m_store.records().get(recordId);
    require(actor, RecordAction::RejectCorrection, stored.status, reason);
    if (correctionId.empty())
        throw WorkflowError("which correction request? (its id is missing)");
    return commitCorrectionOp(actor, stored, RecordAction::RejectCorrection, {},
                              {{"correction_id", correctionId}, {"reason", reason}});
}

Record LocalRecordService::correctDirectly(const Actor& actor, const std::string& recordId,
                                           const nlohmann::json& changes, const std::string& reason,
                                           const std::string& reasonCode)
{
    const Record stored = m_store.records().get(recordId);
    require(actor, RecordAction::Correct, stored.status, reason);
    const FieldChanges corrected = resolveCorrection(stored, changes, RecordAction::Correct);
    Record next = stored;
    corrected.applyTo(next.fields);
    next.statusReason = reason;
    nlohmann::json payload = {{"reason", reason}, {"correction_id", generateUuid()}};
    if (!reasonCode.empty())
        payload["reason_code"] = reasonCode;
    LocalChange change{std::move(next), OpKind::of(RecordAction::Correct), std::move(payload),
                       actor.userId, m_clock.nowMillis()};
    change.previous = &stored;
    change.changes = &corrected;
    return m_store.writer().commit(change).record;
}

std::int64_t LocalRecordService::copiesPrinted(const Record& record)
{
    std::int64_t mine = 0;
    for (const auto& e : m_store.audit().forRecord(record.id))
        mine += e.action == toString(RecordAction::Certify) ? 1 : 0;
    return std::max<std::int64_t>(mine, record.status == RecordStatus::Certified ? 1 : 0);
}

protocol::CertificatePrint LocalRecordService::printCertificate(const Actor& actor,
                                                                const std::string& recordId,
                                                                protocol::CertificatePrint print,
                                                                const std::string& reason)
{
    const Record stored = m_store.records().get(recordId);
    require(actor, RecordAction::Certify, stored.status, {});
    const std::int64_t earlier = copiesPrinted(stored);
    if (const auto problem = protocol::printProblem(print, earlier, reason))
        throw WorkflowError(problem->message);
    print.copyNumber = earlier + 1;
    Record next = stored;
    next.status = workflow::transition(RecordAction::Certify, stored.status)->to;
    nlohmann::json payload = {{"print", protocol::encodeCertificatePrint(print)}};
    if (!reason.empty())
        payload["reason"] = reason;
    const FieldChanges none;
    LocalChange change{std::move(next), OpKind::of(RecordAction::Certify), std::move(payload),
                       actor.userId, m_clock.nowMillis()};
    change.previous = &stored;
    change.changes = &none;
    m_store.writer().commit(change);
    return print;
}

bool LocalRecordService::canDiscard(const Actor& actor, const std::string& recordId)
{
    const auto r = m_store.records().find(recordId);
    return r && workflow::isAllowed(actor.role, RecordAction::Edit, r->status) &&
           m_store.writer().discardable(recordId);
}

void LocalRecordService::discardDraft(const Actor& actor, const std::string& recordId)
{
    if (!canDiscard(actor, recordId))
        throw WorkflowError("only a draft that was never sent can be discarded");
    m_store.writer().discard(recordId, actor.userId, m_clock.nowMillis());
}

} // namespace vitalis
