// The actions that change a record; each is checked against the WorkflowTable.
// String forms are wire and storage names: stable once shipped.
#pragma once

#include <optional>
#include <string_view>

namespace vitalis
{

enum class RecordAction {
    CreateDraft, // save a draft on this device
    Notify,      // submit incomplete (hospital notification)
    Declare,     // submit complete declaration
    Edit,        // change field values
    Validate,    // registration agent checks the declaration
    Register,    // local registrar registers; the server assigns the number
    Certify,     // print the certificate
    Reject,      // send back for updates, with a reason
    Archive,
    Reinstate,         // bring an archived record back to declared
    Correct,           // a registrar corrects a registered record directly (request + approve)
    ResolveConflict,   // a person chose between mine and theirs
    RequestCorrection, // ask for a correction of a registered record (fields stay as they are)
    ApproveCorrection, // a registrar applies an open correction request
    RejectCorrection,  // a registrar closes an open correction request, with a reason
    MarkNotDuplicate,  // a possible duplicate is not one: clears the flag, with a reason
    MarkDuplicate,     // archives the record as a duplicate of another (duplicate_of), reason
    // The national ID system refused a registration (server-side only): back to validated
    // with its reason; the registration number is voided (a printed certificate is revoked).
    RefuseRegistration,
};

inline constexpr RecordAction kAllActions[] = {
    RecordAction::CreateDraft,       RecordAction::Notify,
    RecordAction::Declare,           RecordAction::Edit,
    RecordAction::Validate,          RecordAction::Register,
    RecordAction::Certify,           RecordAction::Reject,
    RecordAction::Archive,           RecordAction::Reinstate,
    RecordAction::Correct,           RecordAction::ResolveConflict,
    RecordAction::RequestCorrection, RecordAction::ApproveCorrection,
    RecordAction::RejectCorrection,  RecordAction::MarkNotDuplicate,
    RecordAction::MarkDuplicate,     RecordAction::RefuseRegistration,
};

// The three actions on a correction request (they carry its correction_id).
bool isCorrectionRequestAction(RecordAction action);

std::string_view toString(RecordAction action);
std::optional<RecordAction> recordActionFromString(std::string_view name);

} // namespace vitalis
