// The three-way merge decision for one op against the server's record, from the history of
// changes since the op's base revision. Pure (no database, no Qt): unit-testable in isolation.
#pragma once

#include "sync/protocol/Op.h"
#include "sync/protocol/PushMessages.h"

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace vitalis::server
{

// One applied change after the op's base revision (a record_history row).
struct ServerChange {
    std::int64_t rev = 0;
    std::string userId;
    std::string deviceId;
    std::int64_t at = 0;
    nlohmann::json changes = nlohmann::json::object(); // field -> [old, new]
    std::string statusFrom;
    std::string statusTo;
};

struct MergeInput {
    const nlohmann::json& currentFields;
    const nlohmann::json& fieldMeta; // field -> {rev, by, at}
    std::string currentStatus;
    std::vector<ServerChange> changesSinceBase; // rev ascending
    std::string opUserId;
    std::string opDeviceId;
    bool workflowAction = false;
    const std::map<std::string, protocol::FieldChange>& changes;
};

struct MergeDecision {
    enum class Kind { Apply, Merge, Conflict };
    Kind kind = Kind::Apply;
    std::vector<protocol::ConflictField> conflicts;   // Conflict
    nlohmann::json merged = nlohmann::json::object(); // Merge: others' values the op keeps
};

// Pseudo-field naming a status change in a conflict ("someone validated it meanwhile").
inline constexpr const char* kStatusField = "$status";

// Rules (docs/api.md, "Conflicts"):
//  * changes since base made by the op's own device are not "theirs" (the device queued its
//    ops in order and has simply not seen the revisions its earlier ops produced);
//  * entries that change no value and no status (a correction requested or refused) are
//    not foreign changes;
//  * nothing foreign since base -> Apply;
//  * a workflow action with anything foreign since base -> Conflict (nobody approves data
//    they did not see);
//  * otherwise per field: foreign change + same value -> fine, + different value -> Conflict;
//    foreign changes only in fields the op leaves alone -> Merge.
MergeDecision decideMerge(const MergeInput& input);

} // namespace vitalis::server
