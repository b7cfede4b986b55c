// One outbox operation as it travels from a device to the server, and its strict decoder.
// An op either edits fields ("update") or takes a workflow action, possibly with field changes.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace vitalis::protocol
{

enum class OpKind {
    Update, // field edits only
    Notify, // incomplete declaration (e.g. from a health facility)
    Declare,
    Validate,
    Register, // server assigns the registration number
    Certify,
    RequestUpdates, // send back with a reason
    Archive,
    Reinstate,       // un-archive
    ResolveConflict, // closes a server-side conflict with the chosen values
};

std::string_view toString(OpKind kind);
std::optional<OpKind> opKindFromString(std::string_view name);
bool isWorkflowAction(OpKind kind); // everything but Update and ResolveConflict

struct FieldChange {
    nlohmann::json base;  // value the user saw (null = empty)
    nlohmann::json value; // new value (null = cleared)
    bool operator==(const FieldChange&) const = default;
};

// Header members a device sends when the op creates the record on the server.
struct RecordHeader {
    std::string eventType;
    std::string officeId;
    std::string trackingId;
    std::int64_t createdAt = 0; // device clock, informational only
    bool operator==(const RecordHeader&) const = default;
};

struct Op {
    std::int64_t mutationId = 0; // per device, gap-free, starts at 1
    std::string recordId;        // canonical lowercase UUID
    OpKind kind = OpKind::Update;
    std::int64_t baseRev = 0; // server revision the user saw; 0 = new record
    std::string formId;
    int formVersion = 0;
    std::optional<RecordHeader> header;
    std::map<std::string, FieldChange> changes; // field id -> change
    std::string reason;                         // RequestUpdates / Archive
    std::string conflictId;                     // ResolveConflict
    std::int64_t clientTime = 0;                // informational; never decides a winner
    bool operator==(const Op&) const = default;
};

inline constexpr std::size_t kMaxFieldIdLength = 128;
inline constexpr std::size_t kMaxReasonLength = 2000;

bool isCanonicalUuid(std::string_view s);
bool isValidFieldId(std::string_view s);

Op decodeOp(const nlohmann::json& value, const std::string& path);
nlohmann::json encodeOp(const Op& op);

} // namespace vitalis::protocol
