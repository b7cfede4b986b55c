#include "core/RecordAction.h"

#include <array>
#include <utility>

namespace vitalis
{
namespace
{
constexpr std::array<std::pair<RecordAction, std::string_view>, 18> kNames{{
    {RecordAction::CreateDraft, "create_draft"},
    {RecordAction::Notify, "notify"},
    {RecordAction::Declare, "declare"},
    {RecordAction::Edit, "edit"},
    {RecordAction::Validate, "validate"},
    {RecordAction::Register, "register"},
    {RecordAction::Certify, "certify"},
    {RecordAction::Reject, "reject"},
    {RecordAction::Archive, "archive"},
    {RecordAction::Reinstate, "reinstate"},
    {RecordAction::Correct, "correct"},
    {RecordAction::ResolveConflict, "resolve_conflict"},
    {RecordAction::RequestCorrection, "request_correction"},
    {RecordAction::ApproveCorrection, "approve_correction"},
    {RecordAction::RejectCorrection, "reject_correction"},
    {RecordAction::MarkNotDuplicate, "mark_not_duplicate"},
    {RecordAction::MarkDuplicate, "mark_duplicate"},
    {RecordAction::RefuseRegistration, "refuse_registration"},
}};
} // namespace

std::string_view toString(RecordAction action)
{
    for (const auto& [a, name] : kNames)
        if (a == action)
            return name;
    return "unknown";
}

bool isCorrectionRequestAction(RecordAction action)
{
    return action == RecordAction::RequestCorrection || action == RecordAction::ApproveCorrection ||
           action == RecordAction::RejectCorrection;
}

std::optional<RecordAction> recordActionFromString(std::string_view name)
{
    for (const auto& [a, n] : kNames)
        if (n == name)
            return a;
    return std::nullopt;
}

} // namespace vitalis
