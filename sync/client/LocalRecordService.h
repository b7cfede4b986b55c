// The client's local record operations: start, edit and act on records offline, checked
// against the workflow table, saved with their outbox entry and audit entry in one transaction.
#pragma once

#include "core/Clock.h"
#include "core/FieldChanges.h"
#include "core/NumberPool.h"
#include "core/Record.h"
#include "core/RecordAction.h"
#include "core/Role.h"
#include "forms/FieldReport.h"
#include "forms/ResolvedChange.h"
#include "sync/protocol/PushMessages.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace vitalis
{

class FormCheck;
class ProfileStore;

// Who is acting: the signed-in user, their role and their office.
struct Actor {
    std::string userId;
    Role role;
    std::string officeId;
};

// An action the workflow table refuses, or a request that names no record.
class WorkflowError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Values the form refuses for the action asked: nothing was saved or queued. `report` is the
// form engine's typed answer; `errors` the same in the protocol's terms (field id, code and
// text, as the server would answer; the JSON path of a field is fieldJsonPath(field)).
class FieldValidationError : public WorkflowError
{
public:
    FieldValidationError(const std::string& action, forms::FieldReport report);
    const forms::FieldReport& report() const { return m_report; }
    const std::vector<protocol::FieldError>& errors() const { return m_errors; }

private:
    // `report` by reference: the errors are rendered from it before it is moved in.
    FieldValidationError(const std::string& action, std::vector<protocol::FieldError> errors,
                         forms::FieldReport&& report);
    std::vector<protocol::FieldError> m_errors;
    forms::FieldReport m_report;
};

struct NewRecord {
    std::string eventType; // "birth", "death"
    std::string formId;
    int formVersion = 1;
    nlohmann::json fields = nlohmann::json::object();
    RecordAction submit = RecordAction::CreateDraft; // or Notify / Declare
};

class LocalRecordService
{
public:
    static constexpr const char* kDeviceCodeSetting = "device.code";
    static constexpr const char* kTrackingSequenceSetting = "device.tracking_sequence";

    // Without a FormCheck, values are not checked on the device (the server still checks
    // them); the desktop client and the CLI pass one.
    LocalRecordService(ProfileStore& store, const Clock& clock, const FormCheck* forms = nullptr);

    // The device code that makes this device's tracking IDs unique; set at enrolment.
    void setDeviceCode(const std::string& code);
    std::string deviceCode(); // throws WorkflowError when the device is not enrolled

    Record start(const Actor& actor, const NewRecord& request);
    // A draft kept on this device only (a form's autosave): the record with its UUID and
    // tracking ID, but no outbox op and no audit entry until its first action, whose op then
    // carries every field. `request.submit` is ignored.
    Record startDraft(const Actor& actor, const NewRecord& request);
    // A draft never sent is saved on this device only; any other record queues one edit op,
    // coalesced with the record's previous edit while that one has not left (LocalChangeWriter).
    Record editFields(const Actor& actor, const std::string& recordId,
                      const nlohmann::json& changes);
    Record act(const Actor& actor, const std::string& recordId, RecordAction action,
               const std::string& reason = {});
    // The action with the field changes made just before it (a form's unsaved answers), as
    // ONE op and one history entry. `changes` maps field ids to values (null removes).
    Record actWithEdits(const Actor& actor, const std::string& recordId, RecordAction action,
                        const nlohmann::json& changes, const std::string& reason = {});
    // Corrections of registered records (docs/architecture.md, "Corrections"). Each is one
    // outbox op and works offline. A request keeps the record's values as they are: the
    // proposed ones travel in the op, checked against the record's form like an edit;
    // `changes` maps field ids to proposed values (null clears), `documents` are attachment
    // references already in the profile. Returns the request's id (a new UUID).
    std::string requestCorrection(const Actor& actor, const std::string& recordId,
                                  const nlohmann::json& changes, const std::string& reasonCode,
                                  const std::string& reasonText,
                                  const nlohmann::json& documents = nlohmann::json::array());
    Record approveCorrection(const Actor& actor, const std::string& recordId,
                             const std::string& correctionId);
    Record rejectCorrection(const Actor& actor, const std::string& recordId,
                            const std::string& correctionId, const std::string& reason);
    // A registrar's correction in one step (request + approve): the values change at once.
    Record correctDirectly(const Actor& actor, const std::string& recordId,
                           const nlohmann::json& changes, const std::string& reason,
                           const std::string& reasonCode = {});

    // A certificate printed (certify): one outbox op carrying the print, offline like every
    // action. The copy number is counted on the device (its own prints, and at least one
    // before when the record is already certified); the server counts its own. Throws
    // WorkflowError for a print the rules refuse (a reprint or certified copy without a
    // reason, an unchecked ID; protocol::printProblem). Returns the print as queued.
    protocol::CertificatePrint printCertificate(const Actor& actor, const std::string& recordId,
                                                protocol::CertificatePrint print,
                                                const std::string& reason);
    // Copies of the record's certificate printed before, as far as this device knows.
    std::int64_t copiesPrinted(const Record& record);
    // Duplicate decisions (docs/deduplication.md), offline like every action: "not a
    // duplicate" keeps the record as it is; "duplicate of" archives it with a link to the
    // original (a record id this device holds). Both need a reason. "Not a duplicate" names
    // the records the person compared (`candidates`, record ids): the pairs are settled here at
    // once and the op carries them (the server also settles the candidates it flagged).
    Record markNotDuplicate(const Actor& actor, const std::string& recordId,
                            const std::vector<std::string>& candidates, const std::string& reason);
    Record markDuplicate(const Actor& actor, const std::string& recordId,
                         const std::string& originalId, const std::string& reason);
    // actWithEdits with the clerk's answer to the device's duplicate warning: the candidates'
    // tracking ids and the note travel in the op (the server checks again).
    Record actDespiteDuplicates(const Actor& actor, const std::string& recordId,
                                RecordAction action, const nlohmann::json& changes,
                                const std::vector<std::string>& candidates,
                                const std::string& note);

    // Whether the record is a draft that only this device knows (nothing of it sent).
    bool canDiscard(const Actor& actor, const std::string& recordId);
    // Deletes such a draft: the record, its draft copy, its queued ops and its attachments.
    // Throws WorkflowError for any other record.
    void discardDraft(const Actor& actor, const std::string& recordId);

    // The problems that would refuse `action` on a record with these values, without acting
    // (one form evaluation; the action itself evaluates once more only if it is taken). Empty
    // when the values pass, when the action keeps the record a draft, or when no FormCheck is
    // set. The record's status is the one it has before the action.
    forms::FieldReport validateForAction(const Record& record, RecordAction action) const;
    forms::FieldReport validateForAction(const std::string& recordId, RecordAction action);
    forms::FieldReport validateNew(const NewRecord& request) const;

    // Whether registering a record of `officeId` now would take a number from this device's
    // pool, and the facts behind the answer (the CLI's "pool" command, the register screen).
    number_pool::OfflineCheck offlineCheck(const std::string& officeId);

private:
    // A register of a record without a number takes the next one from the pool, inside the
    // caller's transaction; nullopt when the server numbers it at sync. Throws WorkflowError
    // when the office's offline limit is exceeded.
    std::optional<std::string> takePoolNumber(const Record& record);
    Record create(const Actor& actor, const NewRecord& request, bool localDraft);
    std::string nextTrackingId(const std::string& eventType);
    void require(const Actor& actor, RecordAction action, RecordStatus from,
                 const std::string& reason);
    // The status whose rules the values must meet for `action`, or nullopt when they are not
    // checked (no FormCheck, a workflow refusal, an action that keeps the status, a draft).
    std::optional<RecordStatus> checkedStatus(const Record& record, RecordAction action) const;
    // The changes `sent` makes to `before` as its form lets them be stored (hidden answers
    // cleared, computed values recomputed: forms::resolveChange), or `sent` as it is when the
    // values are not checked; throws FieldValidationError on problems.
    forms::ResolvedChange resolve(const Record& before, FieldChanges sent,
                                  RecordAction action) const;
    // Proposed correction values as the record's form lets them be stored (like an edit of
    // a record in its status); throws WorkflowError / FieldValidationError.
    FieldChanges resolveCorrection(const Record& stored, const nlohmann::json& values,
                                   RecordAction action) const;
    // Saves a correction op that keeps the record's values (request, approve, refuse).
    Record commitCorrectionOp(const Actor& actor, const Record& stored, RecordAction action,
                              const FieldChanges& proposed, nlohmann::json payload);
    // A form the device knows must be for the record's event (throws WorkflowError).
    void checkEvent(const NewRecord& request) const;
    // One diff and one form evaluation per save: applies `values` (null clears) to `stored`,
    // checks the result for `action`, takes it and saves record, op and audit entry.
    Record commitAction(const Actor& actor, const Record& stored, RecordAction action,
                        const nlohmann::json& values, const std::string& reason,
                        const nlohmann::json& extra = nlohmann::json::object());
    ProfileStore& m_store;
    const Clock& m_clock;
    const FormCheck* m_forms;
};

} // namespace vitalis
