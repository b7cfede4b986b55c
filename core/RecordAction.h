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
    Reinstate,       // bring an archived record back to declared
    Correct,         // correct a registered record
    ResolveConflict, // a person chose between mine and theirs
};

inline constexpr RecordAction kAllActions[] = {
    RecordAction::CreateDraft, RecordAction::Notify,   RecordAction::Declare,
    RecordAction::Edit,        RecordAction::Validate, RecordAction::Register,
    RecordAction::Certify,     RecordAction::Reject,   RecordAction::Archive,
    RecordAction::Reinstate,   RecordAction::Correct,  RecordAction::ResolveConflict,
};

std::string_view toString(RecordAction action);
std::optional<RecordAction> recordActionFromString(std::string_view name);

} // namespace vitalis
