// Versions of the sync protocol and of the record payload schema that this build speaks.
// A request outside the supported range gets an explicit error, never a silent drop.
#pragma once

namespace vitalis::protocol
{

inline constexpr int kProtocolVersion = 1;
inline constexpr int kMinProtocolVersion = 1;
inline constexpr int kMaxProtocolVersion = 1;

// Shape of a record on the wire (fields, field_revs, header members).
inline constexpr int kSchemaVersion = 1;
inline constexpr int kMinSchemaVersion = 1;
inline constexpr int kMaxSchemaVersion = 1;

} // namespace vitalis::protocol
