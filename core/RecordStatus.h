// Statuses a record moves through and the actions that move it.
// String forms are the wire and storage names; they never change once shipped.
#pragma once

#include <optional>
#include <string_view>

namespace vitalis
{

enum class RecordStatus {
    Draft,    // never left the device
    Notified, // incomplete, e.g. sent by a hospital
    Declared,
    Validated,
    Registered,
    Certified,
    RequiresUpdates, // sent back with a reason
    Archived,
};

inline constexpr RecordStatus kAllStatuses[] = {
    RecordStatus::Draft,           RecordStatus::Notified,   RecordStatus::Declared,
    RecordStatus::Validated,       RecordStatus::Registered, RecordStatus::Certified,
    RecordStatus::RequiresUpdates, RecordStatus::Archived,
};

std::string_view toString(RecordStatus status);
std::optional<RecordStatus> recordStatusFromString(std::string_view name);

} // namespace vitalis
