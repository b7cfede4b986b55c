#include "tests/e2e/ServerView.h"

#include "core/Uuid.h"

namespace vitalis::e2e
{

ServerView::ServerView(const E2eServer& server, std::string username, const std::string& password)
    : server_(server), deviceId_("e2e-view-" + generateUuid())
{
    const auto r = test::httpRequest(
        "POST", server_.url() + "/api/v1/auth/login",
        json{{"username", username}, {"password", password}, {"device_id", deviceId_}}.dump());
    if (r.status != 200)
        throw std::runtime_error("login as " + username + " failed: " + r.raw);
    token_ = r.body["access_token"];
    userId_ = r.body["user"]["id"];
}

test::HttpResponse ServerView::get(const std::string& path) const
{
    return test::httpRequest("GET", server_.url() + path, {},
                             {{"Authorization", "Bearer " + token_}});
}

test::HttpResponse ServerView::post(const std::string& path, const json& body) const
{
    return test::httpRequest("POST", server_.url() + path, body.dump(),
                             {{"Authorization", "Bearer " + token_}});
}

json ServerView::record(const std::string& id) const
{
    const auto r = get("/api/v1/records/" + id);
    if (r.status == 404 || r.status == 403)
        return nullptr;
    if (r.status != 200)
        throw std::runtime_error("GET record " + id + ": " + std::to_string(r.status) + " " +
                                 r.raw);
    return r.body;
}

json ServerView::history(const std::string& id) const
{
    const auto r = get("/api/v1/records/" + id + "/history");
    if (r.status != 200)
        throw std::runtime_error("GET history " + id + ": " + std::to_string(r.status) + " " +
                                 r.raw);
    return r.body["history"];
}

std::map<std::string, json> ServerView::everything() const
{
    std::map<std::string, json> out;
    std::string cursor;
    for (int page = 0; page < 1000; ++page) {
        json body = {{"protocol", 1}, {"limit", 500}};
        if (!cursor.empty())
            body["cursor"] = cursor;
        const auto r = post("/api/v1/pull", body);
        if (r.status != 200)
            throw std::runtime_error("pull failed: " + r.raw);
        for (const auto& ch : r.body["changes"]) {
            if (ch["type"] == "upsert")
                out[ch["record"]["id"]] = ch["record"];
            else
                out.erase(ch["record_id"].get<std::string>());
        }
        cursor = r.body["cursor"];
        if (!r.body["has_more"].get<bool>())
            break;
    }
    return out;
}

json ServerView::pushOne(json op)
{
    op["mutation_id"] = ++mutation_;
    const auto r = post("/api/v1/push", {{"protocol", 1}, {"ops", json::array({op})}});
    if (r.status != 200)
        throw std::runtime_error("push failed: " + std::to_string(r.status) + " " + r.raw);
    return r.body["results"][0];
}

} // namespace vitalis::e2e
