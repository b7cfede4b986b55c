// A person's decision on a conflict, turned into an ordinary op: keep mine, take theirs, a
// per-field choice or an edited value. The op is based on the server's revision at the
// conflict, so a resolution that is itself stale becomes a new conflict, never an overwrite.
#pragma once

#include "core/Clock.h"
#include "sync/client/LocalRecordService.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis::sync
{

enum class Choice { Mine, Theirs, Value };

struct FieldDecision {
    Choice choice = Choice::Mine;
    nlohmann::json value; // Choice::Value
};

struct Resolution {
    std::optional<Choice> all;                   // for every field not named below
    std::map<std::string, FieldDecision> fields; // per-field decisions
};

class ConflictResolver
{
public:
    ConflictResolver(ProfileStore& store, const Clock& clock);
    // Resolves every open conflict of the record (one op per server conflict). Throws
    // WorkflowError when a field has no decision or the record has no open conflict.
    int resolve(const Actor& actor, const std::string& recordId, const Resolution& resolution);
    std::string serverConflictId(std::int64_t localConflictId);

private:
    ProfileStore& m_store;
    const Clock& m_clock;
};

} // namespace vitalis::sync
