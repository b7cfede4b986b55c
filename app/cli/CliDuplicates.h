// The device's duplicate check as the record commands use it: warn, and refuse to save unless
// the clerk gives --despite-duplicate NOTE (the note and the candidates travel in the op).
#pragma once

#include "app/cli/CliContext.h"
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
std::optional<int> refuseUnlessDespite(CliContext& ctx, const std::string& eventType,
                                       const nlohmann::json& fields, const std::string& exceptId,
                                       std::vector<std::string>& candidates, std::string& note);

} // namespace vitalis::cli
