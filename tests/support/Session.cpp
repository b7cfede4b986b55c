#include "tests/support/Session.h"

#include "core/Uuid.h"
#include "tests/support/ServerProcess.h"

namespace vitalis::test
{

Session::Session(ServerProcess& server, std::string username, std::string deviceId,
                 std::string password)
    : server_(server), username_(std::move(username)),
      deviceId_(deviceId.empty() ? "dev-" + generateUuid() : std::move(deviceId)),
      password_(std::move(password))
{
}

HttpResponse Session::login(const std::string& totp)
{
    json body = {{"username", username_}, {"password", password_}, {"device_id", deviceId_}};
    if (!totp.empty())
        body["totp"] = totp;
    HttpResponse r = server_.post("/api/v1/auth/login", body);
    if (r.status == 200) {
        token_ = r.body["access_token"];
        userId_ = r.body["user"]["id"];
        loginBody_ = r.body;
    }
    return r;
}

void Session::loginOrFail()
{
    const HttpResponse r = login();
    if (r.status != 200)
        throw std::runtime_error("login as " + username_ + " failed: " + r.raw);
}

HttpResponse Session::push(const json& ops)
{
    return server_.post("/api/v1/push", {{"protocol", 1}, {"ops", ops}}, token_);
}

HttpResponse Session::pull(const std::string& cursor, int limit)
{
    json body = {{"protocol", 1}, {"limit", limit}};
    if (!cursor.empty())
        body["cursor"] = cursor;
    return server_.post("/api/v1/pull", body, token_);
}

std::map<std::string, json> Session::pullAll(std::string* cursor, int limit)
{
    std::map<std::string, json> out;
    std::string c = cursor ? *cursor : std::string();
    for (int page = 0; page < 100000; ++page) {
        const HttpResponse r = pull(c, limit);
        if (r.status != 200)
            throw std::runtime_error("pull failed: " + r.raw);
        for (const auto& ch : r.body["changes"]) {
            if (ch["type"] == "upsert")
                out[ch["record"]["id"]] = ch["record"];
            else
                out[ch["record_id"]] = nullptr;
        }
        c = r.body["cursor"];
        if (!r.body["has_more"].get<bool>())
            break;
    }
    if (cursor)
        *cursor = c;
    return out;
}

HttpResponse Session::get(const std::string& path)
{
    return server_.get(path, token_);
}

HttpResponse Session::post(const std::string& path, const json& body)
{
    return server_.post(path, body, token_);
}

} // namespace vitalis::test
