// The integration-client test fixture (issue 18): creates clients with the real
// `vitalis-server client` command and buys their tokens at POST /oauth/token.
#pragma once

#include "tests/support/ServerTest.h"

#include <QByteArray>
#include <QStringList>
#include <map>
#include <string>

namespace vitalis::test
{

struct Credentials {
    std::string id, secret;
};

class Interop : public ServerTest
{
protected:
    // `vitalis-server client ARGS...` on the test database; its last output line.
    std::string clientCommand(QStringList args, int expectedCode = 0)
    {
        args.prepend(QStringLiteral("client"));
        args << QStringLiteral("--database") << QString::fromStdString(db->url());
        std::string out;
        EXPECT_EQ(runServerCommand(args, &out), expectedCode) << out;
        while (!out.empty() && out.back() == '\n')
            out.pop_back();
        const auto nl = out.rfind('\n');
        return nl == std::string::npos ? out : out.substr(nl + 1);
    }
    Credentials createClient(const std::string& scopes = "notify",
                             const std::string& jurisdiction = "D1",
                             const std::string& events = "birth,death")
    {
        const json j = json::parse(clientCommand(
            {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("General Hospital"),
             QStringLiteral("--scopes"), QString::fromStdString(scopes),
             QStringLiteral("--jurisdiction"), QString::fromStdString(jurisdiction),
             QStringLiteral("--events"), QString::fromStdString(events)}));
        return {j["client_id"], j["client_secret"]};
    }
    HttpResponse tokenRequest(const std::string& form, const std::string& basic = {})
    {
        std::map<std::string, std::string> headers{
            {"Content-Type", "application/x-www-form-urlencoded"}};
        if (!basic.empty())
            headers["Authorization"] =
                "Basic " + QByteArray::fromStdString(basic).toBase64().toStdString();
        return httpRequest("POST", server->url("/oauth/token"), form, headers);
    }
    std::string token(const Credentials& c)
    {
        const auto r = tokenRequest("grant_type=client_credentials", c.id + ":" + c.secret);
        EXPECT_EQ(r.status, 200) << r.raw;
        return r.body.value("access_token", "");
    }
    HttpResponse notify(const std::string& token, const json& body)
    {
        return httpRequest(
            "POST", server->url("/api/v1/notifications"), body.dump(),
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}});
    }
    static json birth(const std::string& txn, const std::string& first = "Kofi")
    {
        return {{"transaction_id", txn},
                {"event", "birth"},
                {"facility", "D1"},
                {"fields",
                 {{"child_first", first}, {"child_family", "Mensah"}, {"child_sex", "male"}}}};
    }
    // The records agent1 (district D1) gets at a pull from scratch.
    std::map<std::string, json> districtRecords() { return login("agent1")->pullAll(); }
};

} // namespace vitalis::test
