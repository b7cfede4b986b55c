// Integration clients against the real server on SQLite and PostgreSQL: created by the admin
// command, tokens from POST /oauth/token (RFC 6749 §4.4), and hospital notifications through
// POST /api/v1/notifications reaching the district's devices once, however often re-sent.
#include "tests/support/ServerTest.h"

#include <QByteArray>

using namespace vitalis;
using namespace vitalis::test;

namespace
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

TEST_P(Interop, TheClientCommandCreatesListsRotatesAndRevokes)
{
    const Credentials c = createClient("notify,search");
    EXPECT_EQ(c.id.rfind("cl_", 0), 0u) << c.id;
    EXPECT_GE(c.secret.size(), 40u);
    const json list = json::parse(clientCommand({QStringLiteral("list")}));
    ASSERT_EQ(list.size(), 1u) << list;
    EXPECT_EQ(list[0]["client_id"], c.id);
    EXPECT_EQ(list[0]["scopes"], json::array({"notify", "search"}));
    EXPECT_EQ(list.dump().find(c.secret), std::string::npos) << "the secret is never shown again";
    const std::string before = token(c);

    const json rotated = json::parse(clientCommand(
        {QStringLiteral("rotate"), QStringLiteral("--id"), QString::fromStdString(c.id)}));
    const Credentials next{c.id, rotated["client_secret"]};
    EXPECT_EQ(tokenRequest("grant_type=client_credentials", c.id + ":" + c.secret).status, 401);
    EXPECT_EQ(notify(before, birth("T-1")).status, 401) << "tokens of the old secret end";
    const std::string after = token(next);
    EXPECT_EQ(notify(after, birth("T-1")).status, 201);

    clientCommand({QStringLiteral("revoke"), QStringLiteral("--id"), QString::fromStdString(c.id)});
    EXPECT_EQ(notify(after, birth("T-2")).status, 401);
    EXPECT_EQ(tokenRequest("grant_type=client_credentials", next.id + ":" + next.secret).status,
              401);
    clientCommand({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("X"),
                   QStringLiteral("--scopes"), QStringLiteral("notify,teleport"),
                   QStringLiteral("--jurisdiction"), QStringLiteral("D1")},
                  2);
}

TEST_P(Interop, TheTokenEndpointAnswersAsRfc6749Says)
{
    const Credentials c = createClient("notify,search");
    auto r = tokenRequest("grant_type=client_credentials&client_id=" + c.id +
                          "&client_secret=" + c.secret + "&scope=notify");
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["token_type"], "Bearer");
    EXPECT_EQ(r.body["scope"], "notify");
    EXPECT_GT(r.body["expires_in"].get<int>(), 0);
    EXPECT_EQ(r.headers["cache-control"], "no-store");

    r = tokenRequest("grant_type=password", c.id + ":" + c.secret);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.body["error"], "unsupported_grant_type") << r.raw;
    r = tokenRequest("", c.id + ":" + c.secret);
    EXPECT_EQ(r.body["error"], "invalid_request") << r.raw;
    r = tokenRequest("grant_type=client_credentials&scope=subscribe", c.id + ":" + c.secret);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.body["error"], "invalid_scope") << r.raw;
    r = tokenRequest("grant_type=client_credentials", c.id + ":wrong");
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.body["error"], "invalid_client") << r.raw;
    EXPECT_EQ(r.headers["www-authenticate"], "Basic realm=\"vitalis\"");
    r = tokenRequest("grant_type=client_credentials", "cl_nobody:" + c.secret);
    EXPECT_EQ(r.body["error"], "invalid_client") << r.raw;
    r = httpRequest("POST", server->url("/oauth/token"), R"({"grant_type":"client_credentials"})",
                    {{"Content-Type", "application/json"}});
    EXPECT_EQ(r.status, 415) << "RFC 6749 bodies are form-encoded: " << r.raw;

    // A token scoped to `search` only cannot notify; a user's token is no client token.
    r = tokenRequest("grant_type=client_credentials&scope=search", c.id + ":" + c.secret);
    EXPECT_EQ(notify(r.body["access_token"], birth("T-9")).status, 403);
    EXPECT_EQ(notify(login("agent1")->token(), birth("T-9")).status, 401);
}

TEST_P(Interop, ANotificationArrivesOnceAtTheDistrictWhateverTheRepeats)
{
    const std::string t = token(createClient());
    auto r = notify(t, birth("HOSP-0001"));
    ASSERT_EQ(r.status, 201) << r.raw;
    const std::string tracking = r.body["tracking_id"];
    EXPECT_EQ(r.body["status"], "notified");
    EXPECT_EQ(tracking.size(), 10u);
    r = notify(t, birth("HOSP-0001"));
    EXPECT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["tracking_id"], tracking);
    EXPECT_EQ(r.body["repeat"], true);
    r = notify(t, birth("HOSP-0001", "Ama"));
    EXPECT_EQ(r.status, 409) << r.raw;
    EXPECT_EQ(r.body["error"]["code"], "transaction_reused");
    EXPECT_EQ(r.body["error"]["tracking_id"], tracking);

    const auto records = districtRecords();
    ASSERT_EQ(records.size(), 1u);
    const json& rec = records.begin()->second;
    EXPECT_EQ(rec["tracking_id"], tracking);
    EXPECT_EQ(rec["status"], "notified");
    EXPECT_EQ(rec["office_id"], "O1");
    EXPECT_EQ(rec["fields"]["child_first"], "Kofi");
    EXPECT_TRUE(login("agent2")->pullAll().empty()) << "another district sees nothing";
}

TEST_P(Interop, BadNotificationsNameWhatIsWrongAndCreateNothing)
{
    const std::string t = token(createClient());
    json bad = birth("HOSP-0002");
    bad["fields"]["child_sex"] = "dragon";
    auto r = notify(t, bad);
    EXPECT_EQ(r.status, 400) << r.raw;
    ASSERT_TRUE(r.body["error"]["field_errors"].is_array()) << r.raw;
    EXPECT_EQ(r.body["error"]["field_errors"][0]["path"], "/fields/child_sex") << r.raw;

    json noTxn = birth("x");
    noTxn.erase("transaction_id");
    r = notify(t, noTxn);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.body["error"]["path"], "/transaction_id") << r.raw;
    json elsewhere = birth("HOSP-0003");
    elsewhere["facility"] = "D3";
    r = notify(t, elsewhere);
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(r.body["error"]["path"], "/facility") << r.raw;
    json unknownPlace = birth("HOSP-0004");
    unknownPlace["facility"] = "NOWHERE";
    EXPECT_EQ(notify(t, unknownPlace).status, 400);
    json death = birth("HOSP-0005");
    death["event"] = "marriage";
    EXPECT_EQ(notify(t, death).status, 403) << "events the client may not touch";
    r = httpRequest("POST", server->url("/api/v1/notifications"), "{not json",
                    {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + t}});
    EXPECT_EQ(r.status, 400) << r.raw;
    EXPECT_TRUE(districtRecords().empty());
    // The refused transaction id is still free: fixed, it is created.
    EXPECT_EQ(notify(t, birth("HOSP-0002")).status, 201);
}

TEST_P(Interop, AHospitalPostsAHundredBirthsAndRepostsThemAll)
{
    const std::string t = token(createClient());
    std::set<std::string> tracking;
    for (int i = 0; i < 100; ++i) {
        const auto r = notify(t, birth("HOSP-B" + std::to_string(i), "Child" + std::to_string(i)));
        ASSERT_EQ(r.status, 201) << r.raw;
        tracking.insert(r.body["tracking_id"].get<std::string>());
    }
    for (int i = 0; i < 100; ++i) {
        const auto r = notify(t, birth("HOSP-B" + std::to_string(i), "Child" + std::to_string(i)));
        ASSERT_EQ(r.status, 200) << r.raw;
    }
    EXPECT_EQ(tracking.size(), 100u);
    const auto records = districtRecords();
    EXPECT_EQ(records.size(), 100u);
    std::set<std::string> seen;
    for (const auto& [id, rec] : records) {
        EXPECT_EQ(rec["status"], "notified");
        seen.insert(rec["tracking_id"].get<std::string>());
    }
    EXPECT_EQ(seen, tracking);
}

VITALIS_SERVER_BACKENDS(Interop);

} // namespace
