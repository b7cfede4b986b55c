// Why a sync run (or one API call) stopped. Every kind says what the user can do next.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace vitalis::sync
{

class SyncError : public std::runtime_error
{
public:
    enum class Kind {
        Network,       // no answer after the retries: try again when the link is back
        Server,        // 5xx after the retries
        NotLoggedIn,   // no session, or the refresh token was refused: log in again
        Refused,       // a 4xx about the request (bad version, forbidden, ...)
        ResetRequired, // pull cursor unusable: the engine re-downloads
        MutationGap,   // server's watermark is behind ours (restored from a backup)
        Busy,          // another sync run holds this profile
        Cancelled,
        Local, // this device's store failed (a bug or a full disk): reported, never thrown
    };
    SyncError(Kind kind, const std::string& message, std::string code = {},
              nlohmann::json details = nlohmann::json::object())
        : std::runtime_error(message), m_kind(kind), m_code(std::move(code)),
          m_details(std::move(details))
    {
    }
    Kind kind() const { return m_kind; }
    const std::string& code() const { return m_code; } // server error code, if any
    const nlohmann::json& details() const { return m_details; }

private:
    Kind m_kind;
    std::string m_code;
    nlohmann::json m_details;
};

std::string_view toString(SyncError::Kind kind);

} // namespace vitalis::sync
