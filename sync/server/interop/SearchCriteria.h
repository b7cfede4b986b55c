// Reading one member of a search's JSON criteria: a bad value is a 400 naming the member
// (`/name`), for every search that takes criteria (the native search and its keyed part).
#pragma once

#include "sync/server/http/ApiError.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace vitalis::server::criteria
{

[[noreturn]] inline void refuse(const std::string& member, const std::string& message)
{
    throw ApiError(protocol::ErrorCode::InvalidRequest, message, nlohmann::json::object(),
                   "/" + member);
}

// The member as a non-empty string; nullopt when absent.
inline std::optional<std::string> text(const nlohmann::json& query, const char* member)
{
    if (!query.contains(member))
        return std::nullopt;
    if (!query[member].is_string() || query[member].get<std::string>().empty())
        refuse(member, std::string(member) + " must be a non-empty string");
    return query[member].get<std::string>();
}

} // namespace vitalis::server::criteria
