// Lenient reads of a server answer's members for display (history, correction lists): a member
// that is missing or of another type reads as empty, so an older server's answer still shows.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::sync
{

inline std::string answerText(const nlohmann::json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

inline std::int64_t answerNumber(const nlohmann::json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
}

} // namespace vitalis::sync
