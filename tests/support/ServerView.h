// What the server itself holds, read through its API as one signed-in user (a fresh device):
// records, their server-side history, a full pull of the user's scope, and raw pushes.
#pragma once

#include "tests/support/Session.h"
#include "tests/support/TestServer.h"

#include <map>
#include <string>

namespace vitalis::test
{

class ServerView
{
public:
    // Signs in at once (throws when the server refuses).
    ServerView(TestServer& server, const std::string& username,
               const std::string& password = kDemoPassword);

    HttpResponse get(const std::string& path) { return session_.get(path); }
    HttpResponse post(const std::string& path, const json& body)
    {
        return session_.post(path, body);
    }
    // GET /api/v1/records/{id}: the record, or null when the server answers 404/403.
    json record(const std::string& id);
    json history(const std::string& id); // the "history" array
    // Every record in this user's scope: id -> wire record (a full pull from cursor zero).
    std::map<std::string, json> everything();
    // One raw op pushed from this view's own device (mutation ids 1, 2, ...): the op result.
    json pushOne(json op);
    const std::string& userId() const { return session_.userId(); }

private:
    Session session_;
};

} // namespace vitalis::test
