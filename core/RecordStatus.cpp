#include "core/RecordStatus.h"

#include <array>
#include <utility>

namespace vitalis
{
namespace
{
constexpr std::array<std::pair<RecordStatus, std::string_view>, 8> kNames{{
    {RecordStatus::Draft, "draft"},
    {RecordStatus::Notified, "notified"},
    {RecordStatus::Declared, "declared"},
    {RecordStatus::Validated, "validated"},
    {RecordStatus::Registered, "registered"},
    {RecordStatus::Certified, "certified"},
    {RecordStatus::RequiresUpdates, "requires_updates"},
    {RecordStatus::Archived, "archived"},
}};
} // namespace

std::string_view toString(RecordStatus status)
{
    for (const auto& [s, name] : kNames)
        if (s == status)
            return name;
    return "unknown";
}

std::optional<RecordStatus> recordStatusFromString(std::string_view name)
{
    for (const auto& [s, n] : kNames)
        if (n == name)
            return s;
    return std::nullopt;
}

} // namespace vitalis
