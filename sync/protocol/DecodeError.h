// The one exception the protocol codec throws: what is wrong, and where (a JSON Pointer).
// Servers turn it into a 400 naming the path; clients into a protocol error.
#pragma once

#include "sync/protocol/ErrorCode.h"

#include <stdexcept>
#include <string>

namespace vitalis::protocol
{

class DecodeError : public std::runtime_error
{
public:
    DecodeError(std::string path, const std::string& message,
                ErrorCode code = ErrorCode::InvalidRequest)
        : std::runtime_error(path.empty() ? message : path + ": " + message),
          path_(std::move(path)), message_(message), code_(code)
    {
    }
    // RFC 6901 pointer of the offending member; "" means the whole body.
    const std::string& path() const { return path_; }
    const std::string& message() const { return message_; }
    ErrorCode code() const { return code_; }

private:
    std::string path_;
    std::string message_;
    ErrorCode code_;
};

} // namespace vitalis::protocol
