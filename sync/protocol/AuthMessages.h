// Login, refresh and second-factor messages. Tokens are opaque strings to the client;
// both are bound to the device id given at login.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::protocol
{

struct LoginRequest {
    std::string username;
    std::string password;
    std::string deviceId;
    std::string totp; // six-digit code, when the role requires a second factor
};

struct UserInfo {
    std::string id;
    std::string username;
    std::string displayName;
    std::string role;
    std::string officeId;
    std::string jurisdictionId; // location node whose subtree the user may see and act on
    bool operator==(const UserInfo&) const = default;
};

struct TokenPair {
    std::string accessToken;
    std::int64_t accessExpiresAt = 0; // unix ms, server clock
    std::string refreshToken;
    std::int64_t refreshExpiresAt = 0;
    UserInfo user;
    bool totpEnrolmentRequired = false; // token only good for enrolling a second factor
    std::string deviceCode; // 4-symbol code issued once per device id, prefixes tracking IDs
};

struct RefreshRequest {
    std::string refreshToken;
    std::string deviceId;
};

bool isValidDeviceId(std::string_view s);

LoginRequest decodeLoginRequest(const nlohmann::json& body);
nlohmann::json encodeLoginRequest(const LoginRequest& request);
RefreshRequest decodeRefreshRequest(const nlohmann::json& body);
nlohmann::json encodeRefreshRequest(const RefreshRequest& request);
nlohmann::json encodeTokenPair(const TokenPair& tokens);
TokenPair decodeTokenPair(const nlohmann::json& body);
nlohmann::json encodeUserInfo(const UserInfo& user);
// {"code": "123456"} for TOTP activation.
std::string decodeTotpCode(const nlohmann::json& body);

} // namespace vitalis::protocol
