// The duplicate-detection rules the server checks with (dedup::RuleLibrary), read once at
// start from --dedup-rules or the rule files shipped beside the program.
#pragma once

#include "dedup/RuleLibrary.h"

#include <filesystem>

namespace vitalis::server
{

using DedupRules = dedup::RuleLibrary;

// share/vitalis/forms/dedup beside the program, else forms/definitions/dedup of a source tree
// above it (builds and tests); empty when neither exists.
std::filesystem::path defaultDedupRulesDirectory(const std::filesystem::path& programDir);

} // namespace vitalis::server
