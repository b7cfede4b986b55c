#include "sync/protocol/AuthMessages.h"

#include "sync/protocol/JsonReader.h"

namespace vitalis::protocol
{

using nlohmann::json;

bool isValidDeviceId(std::string_view s)
{
    if (s.empty() || s.size() > 128)
        return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-' || c == ':';
        if (!ok)
            return false;
    }
    return true;
}

namespace
{
std::string readDeviceId(ObjectReader& r)
{
    std::string id = r.requireString("device_id", {1, 128});
    if (!isValidDeviceId(id))
        throw DecodeError(r.pathOf("device_id"), "invalid device id (1-128 characters of A-Z "
                                                 "a-z 0-9 _ . - :)");
    return id;
}

std::string readTotp(const json& v, const std::string& path)
{
    std::string code = readString(v, path, {6, 8});
    for (char c : code)
        if (c < '0' || c > '9')
            throw DecodeError(path, "must be 6 to 8 digits");
    return code;
}
} // namespace

LoginRequest decodeLoginRequest(const json& body)
{
    ObjectReader r(body, "");
    LoginRequest req;
    req.username = r.requireString("username", {1, 128});
    req.password = r.requireString("password", {1, 1024});
    req.deviceId = readDeviceId(r);
    if (const json* t = r.optional("totp"))
        req.totp = readTotp(*t, r.pathOf("totp"));
    r.finish();
    return req;
}

json encodeLoginRequest(const LoginRequest& request)
{
    json j = {{"username", request.username},
              {"password", request.password},
              {"device_id", request.deviceId}};
    if (!request.totp.empty())
        j["totp"] = request.totp;
    return j;
}

RefreshRequest decodeRefreshRequest(const json& body)
{
    ObjectReader r(body, "");
    RefreshRequest req;
    req.refreshToken = r.requireString("refresh_token", {1, 512});
    req.deviceId = readDeviceId(r);
    r.finish();
    return req;
}

json encodeRefreshRequest(const RefreshRequest& request)
{
    return json{{"refresh_token", request.refreshToken}, {"device_id", request.deviceId}};
}

json encodeUserInfo(const UserInfo& u)
{
    return json{{"id", u.id},     {"username", u.username},  {"display_name", u.displayName},
                {"role", u.role}, {"office_id", u.officeId}, {"jurisdiction_id", u.jurisdictionId}};
}

json encodeTokenPair(const TokenPair& t)
{
    return json{{"access_token", t.accessToken},
                {"access_expires_at", t.accessExpiresAt},
                {"refresh_token", t.refreshToken},
                {"refresh_expires_at", t.refreshExpiresAt},
                {"token_type", "Bearer"},
                {"user", encodeUserInfo(t.user)},
                {"totp_enrolment_required", t.totpEnrolmentRequired},
                {"device_code", t.deviceCode}};
}

TokenPair decodeTokenPair(const json& body)
{
    constexpr std::int64_t kMax = INT64_MAX / 2;
    ObjectReader r(body, "");
    TokenPair t;
    t.accessToken = r.requireString("access_token", {1, 512});
    t.accessExpiresAt = r.requireInt("access_expires_at", 0, kMax);
    t.refreshToken = r.requireString("refresh_token", {1, 512});
    t.refreshExpiresAt = r.requireInt("refresh_expires_at", 0, kMax);
    r.optionalString("token_type");
    ObjectReader u(r.requireObject("user"), r.pathOf("user"));
    t.user.id = u.requireString("id");
    t.user.username = u.requireString("username");
    t.user.displayName = u.optionalString("display_name").value_or("");
    t.user.role = u.requireString("role");
    t.user.officeId = u.optionalString("office_id").value_or("");
    t.user.jurisdictionId = u.optionalString("jurisdiction_id").value_or("");
    u.finish();
    t.totpEnrolmentRequired = r.optionalBool("totp_enrolment_required", false);
    t.deviceCode = r.optionalString("device_code", {0, 16}).value_or("");
    r.finish();
    return t;
}

std::string decodeTotpCode(const json& body)
{
    ObjectReader r(body, "");
    std::string code = readTotp(r.require("code"), r.pathOf("code"));
    r.finish();
    return code;
}

} // namespace vitalis::protocol
