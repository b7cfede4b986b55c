// What the server itself holds, read through its API as one signed-in user (a fresh device):
// records, their server-side history, a full pull of the user's scope, and raw pushes.
#pragma once

#include "tests/e2e/E2eServer.h"

#include <map>
#include <string>

namespace vitalis::e2e
{

class ServerView
{
public:
    ServerView(const E2eServer& server, std::string username,
               const std::string& password = "vitalis-demo");

    test::HttpResponse get(const std::string& path) const;
    test::HttpResponse post(const std::string& path, const json& body) const;
    // GET /api/v1/records/{id}: the record, or null when the server answers 404/403.
    json record(const std::string& id) const;
    json history(const std::string& id) const; // the "history" array
    // Every record in this user's scope: id -> wire record (a full pull from cursor zero).
    std::map<std::string, json> everything() const;
    // One raw op pushed from this view's own device (mutation ids 1, 2, ...): the op result.
    json pushOne(json op);
    const std::string& userId() const { return userId_; }

private:
    const E2eServer& server_;
    std::string token_, userId_, deviceId_;
    std::int64_t mutation_ = 0;
};

} // namespace vitalis::e2e
