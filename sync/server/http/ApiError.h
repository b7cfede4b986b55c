// What a service throws to answer a request with a 4xx/5xx JSON error instead of a result;
// runHandler() turns it into the response.
#pragma once

#include "sync/protocol/ErrorCode.h"

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace vitalis::server
{

class ApiError : public std::runtime_error
{
public:
    ApiError(protocol::ErrorCode code, const std::string& message,
             nlohmann::json details = nlohmann::json::object(), std::string path = {})
        : std::runtime_error(message), code_(code), details_(std::move(details)),
          path_(std::move(path))
    {
    }
    protocol::ErrorCode code() const { return code_; }
    const nlohmann::json& details() const { return details_; }
    const std::string& path() const { return path_; }

private:
    protocol::ErrorCode code_;
    nlohmann::json details_;
    std::string path_;
};

} // namespace vitalis::server
