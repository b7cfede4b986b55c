// A value read by simdjson as the nlohmann value nlohmann's own parser makes of the same text:
// readers parse with simdjson (several times faster) and still hand nlohmann values on.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <simdjson.h>

namespace vitalis::protocol
{

// Numbers take nlohmann's types (a non-negative integer is unsigned, as its lexer reads it; only
// "-0", a signed zero to nlohmann, becomes an unsigned 0: same value, same text).
// nullopt when a container would open with `maxDepth` containers already open: the caller
// then lets nlohmann's parser refuse the text with its own error.
std::optional<nlohmann::json> domToJson(simdjson::dom::element value, int maxDepth = 1 << 20);

} // namespace vitalis::protocol
