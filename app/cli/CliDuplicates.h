// The device's duplicate check as the record commands use it: warn, and refuse to save unless
// the clerk gives --despite-duplicate NOTE (the note and the candidates travel in the op); a
// registration waits for a decision instead.
#pragma once

#include "app/cli/CliContext.h"
#include "core/Record.h"
#include "dedup/RuleLibrary.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis::cli
{

// The shipped rule files (forms/definitions/dedup beside the forms); none: nothing is checked.
dedup::RuleLibrary deviceDedupRules();
// Nothing found, or found and --despite-duplicate NOTE given: nullopt (`candidates` and `note`
// filled in the second case). Found without it: the warning on stderr and the exit code (3).
// `settled`: the record ids a person decided it is not a duplicate of.
std::optional<int> refuseUnlessDespite(CliContext& ctx, const std::string& eventType,
                                       const nlohmann::json& fields, const std::string& exceptId,
                                       std::vector<std::string>& candidates, std::string& note,
                                       const std::vector<std::string>& settled = {});
// Registration waits for a decision on every possible duplicate this device knows of (the
// server's flag and its own check), as the server refuses it: nullopt when there is none, else
// the candidates and how to decide on stderr and the exit code (3).
std::optional<int> refuseUndecided(CliContext& ctx, const Record& record);

} // namespace vitalis::cli
