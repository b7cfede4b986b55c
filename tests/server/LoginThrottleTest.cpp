// Password guessing against the real server: an unknown name is answered exactly like a known
// one (and locks the same way), one address spraying many names is refused, an account name
// has an hourly cap, and the counts live in the database that all server processes share.
#include "tests/support/ServerTest.h"

using namespace vitalis::test;

namespace
{

class LoginThrottle : public ServerTest
{
protected:
    HttpResponse attempt(ServerProcess& on, const std::string& user,
                         const std::string& password = "wrong-password")
    {
        return on.post("/api/v1/auth/login",
                       {{"username", user}, {"password", password}, {"device_id", "dev-x"}});
    }
    HttpResponse attempt(const std::string& user, const std::string& password = "wrong-password")
    {
        return attempt(*server, user, password);
    }
    void restartWith(const QStringList& args)
    {
        server = std::make_unique<ServerProcess>(db->url(), args);
        server->start();
    }
    // status and error code: what a client can tell apart
    static std::string answer(const HttpResponse& r)
    {
        return std::to_string(r.status) + " " + r.body["error"].value("code", std::string()) +
               " retry_after=" +
               std::to_string(r.body["error"].value("retry_after_seconds", std::int64_t{-1}) > 0);
    }
};

} // namespace

TEST_P(LoginThrottle, UnknownAndExistingNamesGetTheSameAnswers)
{
    std::vector<std::string> known, unknown;
    for (int i = 0; i < 7; ++i) {
        known.push_back(answer(attempt("agent1")));
        unknown.push_back(answer(attempt("no-such-user")));
    }
    EXPECT_EQ(known, unknown);
    EXPECT_EQ(known[0], "401 invalid_credentials retry_after=0");
    EXPECT_EQ(known[4], "423 account_locked retry_after=1") << "the fifth failure locks";
    EXPECT_EQ(known[6], "423 account_locked retry_after=1");
    // The lock is the name's, not the caller's: the right password waits too.
    EXPECT_EQ(attempt("agent1", kPassword).status, 423);
    const auto locked = attempt("no-such-user");
    EXPECT_TRUE(locked.headers.count("retry-after")) << locked.raw;
}

TEST_P(LoginThrottle, PasswordSprayingFromOneAddressIsRefused)
{
    // Three tries at each of ten names, known or not: the address is refused before the end.
    const std::vector<std::string> names = {"agent1", "clerk1", "registrar1", "admin1", "agent2",
                                            "clerk2", "agent3", "ghost1",     "ghost2", "ghost3"};
    int refused = 0;
    std::string last;
    for (int round = 0; round < 3; ++round)
        for (const auto& name : names) {
            const auto r = attempt(name);
            if (r.status == 429) {
                ++refused;
                EXPECT_EQ(r.body["error"]["code"], "too_many_requests") << r.raw;
                EXPECT_TRUE(r.headers.count("retry-after"));
            }
        }
    EXPECT_GE(refused, 10) << "30 failures from one address; the limit is 20";
    // Even a right password is refused from that address until the window ends.
    const auto right = attempt("agent2", kPassword);
    EXPECT_EQ(right.status, 429) << right.raw;
    server->stop(); // collects everything it wrote
    EXPECT_NE(server->output().find("login throttled: address 127.0.0.1"), std::string::npos)
        << server->output();
}

TEST_P(LoginThrottle, AnAccountNameHasAnHourlyCap)
{
    restartWith({QStringLiteral("--lockout-threshold"), QStringLiteral("1000"),
                 QStringLiteral("--login-failures-per-hour"), QStringLiteral("10"),
                 QStringLiteral("--login-address-failures"), QStringLiteral("1000")});
    for (int i = 1; i < 10; ++i)
        ASSERT_EQ(attempt("clerk1").status, 401) << i;
    const auto capped = attempt("clerk1");
    EXPECT_EQ(capped.status, 423) << capped.raw;
    EXPECT_GT(capped.body["error"]["retry_after_seconds"].get<int>(), 3000) << capped.raw;
    EXPECT_EQ(attempt("clerk1", kPassword).status, 423);
    EXPECT_EQ(attempt("clerk2", kPassword).status, 200) << "other accounts are untouched";
}

TEST_P(LoginThrottle, CountsAreSharedByServerProcessesOnOneDatabase)
{
    ServerProcess other(db->url());
    other.start();
    // Failures alternate between the two processes; the fifth locks on both.
    for (int i = 0; i < 4; ++i)
        ASSERT_EQ(attempt(i % 2 ? other : *server, "ghost-user").status, 401) << i;
    EXPECT_EQ(attempt(other, "ghost-user").status, 423);
    EXPECT_EQ(attempt(*server, "ghost-user").status, 423);
    for (int i = 0; i < 4; ++i)
        ASSERT_EQ(attempt(i % 2 ? other : *server, "agent3").status, 401) << i;
    EXPECT_EQ(attempt(*server, "agent3").status, 423);
    EXPECT_EQ(attempt(other, "agent3", kPassword).status, 423);
}

VITALIS_SERVER_BACKENDS(LoginThrottle);
