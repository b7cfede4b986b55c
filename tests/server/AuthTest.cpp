// Login, tokens and second factor against the real server: argon2id passwords, lockout after
// repeated failures, refresh rotation bound to the device (and reuse detection), logout, the
// admin commands taking effect at once, and TOTP required per role.
#include "sync/server/auth/Totp.h"
#include "tests/support/ServerTest.h"

#include <QDateTime>
#include <QThread>

using namespace vitalis::test;
using vitalis::server::Totp;

class Auth : public ServerTest
{
protected:
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--lockout-seconds"), QStringLiteral("2"),
                QStringLiteral("--totp-required-roles"),
                QStringLiteral("local_registrar,system_admin")};
    }
    HttpResponse loginAs(const std::string& user, const std::string& password,
                         const std::string& device = "dev-x")
    {
        return server->post("/api/v1/auth/login",
                            {{"username", user}, {"password", password}, {"device_id", device}});
    }
    std::string cli(const QStringList& args, const QByteArray& stdinData = {})
    {
        std::string out;
        const int rc = runServerCommand(
            args + QStringList{QStringLiteral("--database"), QString::fromStdString(db->url())},
            &out, stdinData);
        EXPECT_EQ(rc, 0) << out;
        return out;
    }
};

TEST_P(Auth, LoginReturnsTokensRoleOfficeJurisdictionAndDeviceCode)
{
    const auto r = loginAs("agent1", kPassword);
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["user"]["role"], "field_agent");
    EXPECT_EQ(r.body["user"]["office_id"], "O1");
    EXPECT_EQ(r.body["user"]["jurisdiction_id"], "D1");
    EXPECT_EQ(r.body["totp_enrolment_required"], false);
    EXPECT_EQ(r.body["device_code"].get<std::string>().size(), 4u);
    EXPECT_GT(r.body["refresh_expires_at"].get<std::int64_t>(),
              r.body["access_expires_at"].get<std::int64_t>());
    // The device keeps its code across logins; another device gets another.
    EXPECT_EQ(loginAs("agent1", kPassword).body["device_code"], r.body["device_code"]);
    EXPECT_NE(loginAs("agent1", kPassword, "dev-y").body["device_code"], r.body["device_code"]);
    const auto me = server->get("/api/v1/auth/me", r.body["access_token"]);
    EXPECT_EQ(me.body["username"], "agent1");
    EXPECT_EQ(me.body["device_id"], "dev-x");
}

TEST_P(Auth, WrongPasswordsLockTheAccountForTheConfiguredPeriod)
{
    for (int i = 1; i <= 4; ++i) {
        const auto r = loginAs("agent1", "wrong-password");
        EXPECT_EQ(r.status, 401);
        EXPECT_EQ(r.body["error"]["code"], "invalid_credentials");
    }
    auto r = loginAs("agent1", "wrong-password");
    EXPECT_EQ(r.status, 423) << "the fifth failure locks";
    EXPECT_EQ(r.body["error"]["code"], "account_locked");
    EXPECT_EQ(r.body["error"]["retry_after_seconds"], 2);
    r = loginAs("agent1", kPassword);
    EXPECT_EQ(r.status, 423) << "even the right password waits";
    EXPECT_EQ(loginAs("nobody", kPassword).body["error"]["code"], "invalid_credentials");
    QThread::msleep(2100);
    EXPECT_EQ(loginAs("agent1", kPassword).status, 200);

    // An administrator can unlock at once.
    for (int i = 0; i < 5; ++i)
        loginAs("agent2", "nope-nope");
    EXPECT_EQ(loginAs("agent2", kPassword).status, 423);
    cli({QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("--username"),
         QStringLiteral("agent2")});
    EXPECT_EQ(loginAs("agent2", kPassword).status, 200);
}

TEST_P(Auth, RefreshRotatesIsBoundToTheDeviceAndDetectsReuse)
{
    auto first = loginAs("agent1", kPassword, "dev-a");
    ASSERT_EQ(first.status, 200);
    const std::string refresh1 = first.body["refresh_token"];
    auto other =
        server->post("/api/v1/auth/refresh", {{"refresh_token", refresh1}, {"device_id", "dev-b"}});
    EXPECT_EQ(other.status, 403) << other.raw;
    EXPECT_EQ(other.body["error"]["code"], "device_mismatch");

    auto second =
        server->post("/api/v1/auth/refresh", {{"refresh_token", refresh1}, {"device_id", "dev-a"}});
    ASSERT_EQ(second.status, 200) << second.raw;
    EXPECT_NE(second.body["access_token"], first.body["access_token"]);
    EXPECT_EQ(server->get("/api/v1/auth/me", first.body["access_token"]).status, 401)
        << "the old access token is replaced";
    EXPECT_EQ(server->get("/api/v1/auth/me", second.body["access_token"]).status, 200);

    // The rotated-away refresh token comes back: someone copied it. Revoke the session.
    auto reuse =
        server->post("/api/v1/auth/refresh", {{"refresh_token", refresh1}, {"device_id", "dev-a"}});
    EXPECT_EQ(reuse.status, 401);
    EXPECT_EQ(reuse.body["error"]["reason"], "refresh_token_reused");
    EXPECT_EQ(server->get("/api/v1/auth/me", second.body["access_token"]).status, 401);
    EXPECT_EQ(server
                  ->post("/api/v1/auth/refresh",
                         {{"refresh_token", second.body["refresh_token"]}, {"device_id", "dev-a"}})
                  .status,
              401);
}

TEST_P(Auth, LogoutRevokesAndAdminCommandsTakeEffectAtOnce)
{
    auto s = login("agent1");
    EXPECT_EQ(s->post("/api/v1/auth/logout", json::object()).status, 200);
    auto r = s->get("/api/v1/auth/me");
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.body["error"]["reason"], "revoked");

    s = login("agent1");
    cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--username"),
         QStringLiteral("agent1")});
    EXPECT_EQ(s->get("/api/v1/auth/me").status, 401);
    r = loginAs("agent1", kPassword);
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(r.body["error"]["code"], "account_disabled");
    cli({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("--username"),
         QStringLiteral("agent1")});
    EXPECT_EQ(loginAs("agent1", kPassword).status, 200);

    cli({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("--username"),
         QStringLiteral("agent1")},
        "a-new-password\n");
    EXPECT_EQ(loginAs("agent1", kPassword).status, 401);
    EXPECT_EQ(loginAs("agent1", "a-new-password").status, 200);

    const std::string out =
        cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"),
             QStringLiteral("newagent"), QStringLiteral("--role"), QStringLiteral("field_agent"),
             QStringLiteral("--office"), QStringLiteral("O2")},
            "newagent-password\n");
    EXPECT_NE(out.find("added user newagent"), std::string::npos) << out;
    r = loginAs("newagent", "newagent-password");
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["user"]["jurisdiction_id"], "D2");
    std::string bad;
    EXPECT_EQ(runServerCommand({QStringLiteral("user"), QStringLiteral("add"),
                                QStringLiteral("--username"), QStringLiteral("x"),
                                QStringLiteral("--role"), QStringLiteral("wizard"),
                                QStringLiteral("--office"), QStringLiteral("O2"),
                                QStringLiteral("--database"), QString::fromStdString(db->url())},
                               &bad, "long-enough-password\n"),
              2);
    EXPECT_NE(bad.find("unknown role 'wizard'"), std::string::npos) << bad;
}

TEST_P(Auth, TotpRequiredPerRoleEnrolledWithAnOtpauthUri)
{
    // A registrar without a second factor gets a token that can only enrol.
    Session reg(*server, "registrar1");
    auto r = reg.login();
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["totp_enrolment_required"], true);
    auto denied = reg.pull();
    EXPECT_EQ(denied.status, 403);
    EXPECT_EQ(denied.body["error"]["code"], "totp_enrolment_required");

    auto enrol = reg.post("/api/v1/auth/totp/enrol", json::object());
    ASSERT_EQ(enrol.status, 200) << enrol.raw;
    const std::string uri = enrol.body["otpauth_uri"];
    EXPECT_EQ(uri.rfind("otpauth://totp/Vitalis:registrar1?secret=", 0), 0u) << uri;
    const auto secret =
        Totp::base32Decode(QString::fromStdString(enrol.body["secret"].get<std::string>()));
    ASSERT_TRUE(secret);
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    EXPECT_EQ(reg.post("/api/v1/auth/totp/activate", {{"code", "000000"}}).body["error"]["code"],
              "totp_invalid");
    auto act =
        reg.post("/api/v1/auth/totp/activate", {{"code", Totp::code(*secret, now).toStdString()}});
    ASSERT_EQ(act.status, 200) << act.raw;
    EXPECT_EQ(reg.pull().status, 200) << "the enrolling session is now complete";

    // From now on a login needs the code.
    Session again(*server, "registrar1");
    r = again.login();
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.body["error"]["code"], "totp_required");
    r = again.login("123456");
    EXPECT_EQ(r.body["error"]["code"], "totp_invalid");
    // The activation used this step; the next step's code (clock drift window) is fresh.
    r = again.login(Totp::code(*secret, now + 30).toStdString());
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["totp_enrolment_required"], false);
    // Replaying the same code is refused.
    Session third(*server, "registrar1");
    EXPECT_EQ(third.login(Totp::code(*secret, now + 30).toStdString()).body["error"]["code"],
              "totp_invalid");
    // Roles not listed never need it.
    EXPECT_EQ(loginAs("agent1", kPassword).body["totp_enrolment_required"], false);
}

VITALIS_SERVER_BACKENDS(Auth);
