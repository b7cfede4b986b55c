// One RFC 6901 path segment ("/" + key with '~' and '/' escaped) for error messages that name
// a JSON path; built with nlohmann's json_pointer so every part escapes keys the same way.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace vitalis
{

inline std::string jsonPointerSegment(std::string_view key)
{
    return (nlohmann::json::json_pointer() / std::string(key)).to_string();
}

} // namespace vitalis
