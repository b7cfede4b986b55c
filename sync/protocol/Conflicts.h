// The names and limits of conflicts that the device and the server must agree on, defined once
// here: the "$status" pseudo-field and how many open conflicts one listing carries.
#pragma once

#include <cstddef>
#include <string_view>

namespace vitalis::protocol
{

// Pseudo-field naming a status change in a conflict ("someone validated it meanwhile"). It is
// not a form field: deciding it records the decision; the action is taken again by a person.
inline constexpr char kStatusField[] = "$status";
inline bool isStatusField(std::string_view field)
{
    return field == kStatusField;
}

// GET /api/v1/conflicts lists at most this many open conflicts per call; a device that gets
// this many knows the list may be cut.
inline constexpr std::size_t kConflictListLimit = 1000;

} // namespace vitalis::protocol
