#include "core/WorkflowTable.h"

namespace vitalis::workflow
{
namespace
{

using A = RecordAction;
using S = RecordStatus;

// Reading guide: a new record starts as Draft on the device that created it
// (CreateDraft from Draft is "start a record"). Drafts are edited by whoever may notify,
// so a hospital clerk can finish their own notification; once a record left the device,
// editing needs the "edit" scope. Registered records change only through corrections.
const std::vector<Transition> kTable = {
    {A::CreateDraft, S::Draft, scope::Notify, S::Draft},
    {A::Notify, S::Draft, scope::Notify, S::Notified},
    {A::Declare, S::Draft, scope::Declare, S::Declared},
    {A::Declare, S::Notified, scope::Declare, S::Declared},
    {A::Declare, S::RequiresUpdates, scope::Declare, S::Declared},
    {A::Edit, S::Draft, scope::Notify, S::Draft},
    {A::Edit, S::Notified, scope::Edit, S::Notified},
    {A::Edit, S::Declared, scope::Edit, S::Declared},
    {A::Edit, S::Validated, scope::Edit, S::Validated},
    {A::Edit, S::RequiresUpdates, scope::Edit, S::RequiresUpdates},
    {A::Validate, S::Declared, scope::Validate, S::Validated},
    {A::Register, S::Declared, scope::Register, S::Registered},
    {A::Register, S::Validated, scope::Register, S::Registered},
    {A::Certify, S::Registered, scope::Certify, S::Certified},
    {A::Certify, S::Certified, scope::Certify, S::Certified}, // reprint
    {A::Reject, S::Notified, scope::Reject, S::RequiresUpdates, true},
    {A::Reject, S::Declared, scope::Reject, S::RequiresUpdates, true},
    {A::Reject, S::Validated, scope::Reject, S::RequiresUpdates, true},
    {A::Archive, S::Notified, scope::Archive, S::Archived, true},
    {A::Archive, S::Declared, scope::Archive, S::Archived, true},
    {A::Archive, S::Validated, scope::Archive, S::Archived, true},
    {A::Archive, S::RequiresUpdates, scope::Archive, S::Archived, true},
    {A::Reinstate, S::Archived, scope::Archive, S::Declared},
    {A::Correct, S::Registered, scope::Correct, S::Registered, true},
    {A::Correct, S::Certified, scope::Correct, S::Certified, true},
    {A::ResolveConflict, S::Notified, scope::Edit, S::Notified},
    {A::ResolveConflict, S::Declared, scope::Edit, S::Declared},
    {A::ResolveConflict, S::Validated, scope::Edit, S::Validated},
    {A::ResolveConflict, S::RequiresUpdates, scope::Edit, S::RequiresUpdates},
    {A::ResolveConflict, S::Registered, scope::Correct, S::Registered},
    {A::ResolveConflict, S::Certified, scope::Correct, S::Certified},
    // Corrections keep the status and the registration number; the record's fields change
    // only when a registrar approves (or corrects directly).
    {A::RequestCorrection, S::Registered, scope::CorrectionRequest, S::Registered, true},
    {A::RequestCorrection, S::Certified, scope::CorrectionRequest, S::Certified, true},
    {A::ApproveCorrection, S::Registered, scope::Correct, S::Registered},
    {A::ApproveCorrection, S::Certified, scope::Correct, S::Certified},
    {A::RejectCorrection, S::Registered, scope::Correct, S::Registered, true},
    {A::RejectCorrection, S::Certified, scope::Correct, S::Certified, true},
    // Possible duplicates (docs/deduplication.md): decided before registration, by whoever
    // holds duplicate.decide; both need a reason. Whether a record is flagged is the server's
    // duplicate check, not a status.
    {A::MarkNotDuplicate, S::Notified, scope::DuplicateDecide, S::Notified, true},
    {A::MarkNotDuplicate, S::Declared, scope::DuplicateDecide, S::Declared, true},
    {A::MarkNotDuplicate, S::Validated, scope::DuplicateDecide, S::Validated, true},
    {A::MarkNotDuplicate, S::RequiresUpdates, scope::DuplicateDecide, S::RequiresUpdates, true},
    {A::MarkDuplicate, S::Notified, scope::DuplicateDecide, S::Archived, true},
    {A::MarkDuplicate, S::Declared, scope::DuplicateDecide, S::Archived, true},
    {A::MarkDuplicate, S::Validated, scope::DuplicateDecide, S::Archived, true},
    {A::MarkDuplicate, S::RequiresUpdates, scope::DuplicateDecide, S::Archived, true},
    // The national ID system refused the registration (issue 19): back to the registrar's
    // queue with its reason, the number voided. Only the server's system role holds the scope.
    {A::RefuseRegistration, S::Registered, scope::NationalIdAnswer, S::Validated, true},
    {A::RefuseRegistration, S::Certified, scope::NationalIdAnswer, S::Validated, true},
};

} // namespace

std::optional<Transition> transition(RecordAction action, RecordStatus from)
{
    for (const auto& t : kTable)
        if (t.action == action && t.from == from)
            return t;
    return std::nullopt;
}

const std::vector<Transition>& allTransitions()
{
    return kTable;
}

bool isAllowed(const Role& role, RecordAction action, RecordStatus from)
{
    const auto t = transition(action, from);
    return t && role.has(t->requiredScope);
}

std::string refusalReason(const Role& role, RecordAction action, RecordStatus from)
{
    const auto t = transition(action, from);
    if (!t)
        return "'" + std::string(toString(action)) + "' is not possible on a record that is " +
               std::string(toString(from));
    if (!role.has(t->requiredScope))
        return "role '" + role.name + "' lacks the scope '" + std::string(t->requiredScope) +
               "' needed to " + std::string(toString(action)) + " a " +
               std::string(toString(from)) + " record";
    return {};
}

std::vector<RecordAction> availableActions(const Role& role, RecordStatus status)
{
    std::vector<RecordAction> out;
    for (auto a : kAllActions)
        if (isAllowed(role, a, status))
            out.push_back(a);
    return out;
}

std::string renderMarkdown()
{
    std::string md = "| action | from status | scope needed | to status | reason required |\n"
                     "| --- | --- | --- | --- | --- |\n";
    for (const auto& t : kTable) {
        md += "| " + std::string(toString(t.action)) + " | " + std::string(toString(t.from)) +
              " | " + std::string(t.requiredScope) + " | " + std::string(toString(t.to)) + " | " +
              (t.requiresReason ? "yes" : "no") + " |\n";
    }
    return md;
}

} // namespace vitalis::workflow
