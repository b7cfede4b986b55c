// The JSON error body every non-2xx answer carries: {"error": {code, message, path, ...}}.
// `path` is a JSON Pointer into the request when a member is to blame.
#pragma once

#include "sync/protocol/ErrorCode.h"

#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::protocol
{

struct ErrorBody {
    std::string code;                                  // wire name of an ErrorCode
    std::string message;                               // for people; never parsed
    std::string path;                                  // "" when not about one member
    nlohmann::json details = nlohmann::json::object(); // e.g. expected_mutation_id, reason
};

nlohmann::json encodeError(ErrorCode code, const std::string& message, const std::string& path = {},
                           const nlohmann::json& details = nlohmann::json::object());
// Lenient on purpose: a client must be able to read errors from any server version.
ErrorBody decodeError(const nlohmann::json& body);

} // namespace vitalis::protocol
