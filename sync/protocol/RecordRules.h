// The limits a wire record's members must meet, shared by the two readers of records (the
// nlohmann one in RecordJson.cpp and the DOM-free pull page reader) so the rules are stated once.
#pragma once

#include "sync/protocol/JsonReader.h"
#include "sync/protocol/Op.h"

#include <cstdint>

namespace vitalis::protocol::rules
{

inline constexpr std::int64_t kMaxCounter = INT64_MAX / 2; // revisions, times, ids
inline constexpr StringRule kEventType{1, 64};
inline constexpr StringRule kFormId{1, 128};
inline constexpr std::int64_t kMaxFormVersion = 1'000'000;
inline constexpr StringRule kTrackingId{0, 64};
inline constexpr StringRule kRegistrationNumber{0, 64};
inline constexpr StringRule kOfficeId{1, 128};
inline constexpr StringRule kStatus{1, 64};
inline constexpr StringRule kStatusReason{0, kMaxReasonLength};
inline constexpr StringRule kUserId{0, 128};
inline constexpr StringRule kCursor{0, 512};
// A record's "not a duplicate" decisions the server may send (it keeps no more than this).
inline constexpr std::size_t kMaxNotDuplicateOf = 10'000;

} // namespace vitalis::protocol::rules
