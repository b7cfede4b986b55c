#include "core/RecordAction.h"

#include <array>
#include <utility>

namespace vitalis
{
namespace
{
constexpr std::array<std::pair<RecordAction, std::string_view>, 12> kNames{{
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
}};
} // namespace

std::string_view toString(RecordAction action)
{
    for (const auto& [a, name] : kNames)
        if (a == action)
            return name;
    return "unknown";
}

std::optional<RecordAction> recordActionFromString(std::string_view name)
{
    for (const auto& [a, n] : kNames)
        if (n == name)
            return a;
    return std::nullopt;
}

} // namespace vitalis
