// The national ID hook file's check (NidHookConfig): what a good file gives, and every problem
// named by file and JSON path, all of them at once.
#include "sync/server/interop/nid/NidHookConfig.h"

#include <gtest/gtest.h>

using nlohmann::json;
using vitalis::server::nid::NidHookConfig;

namespace
{

std::string problems(const json& j)
{
    try {
        NidHookConfig::fromJson(j, "hooks.json");
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return {};
}

TEST(NidHookConfig, AGoodFileGivesEachHookItsSettings)
{
    const auto c = NidHookConfig::fromJson(json::parse(R"({"hooks": {
            "birth.register": {"url": "https://nid.test/r", "national_id_field": "child_national_id",
                               "auth": {"type": "oauth", "token_url": "https://nid.test/token",
                                        "client_id": "v", "client_secret": "s"},
                               "retry_base_ms": 100, "give_up_after_seconds": 60},
            "death.register": {"url": "http://nid.test/d", "auth": {"type": "bearer", "token": "t"}}}})"),
                                           "hooks.json");
    const auto* birth = c.find("birth", "register");
    ASSERT_NE(birth, nullptr);
    EXPECT_EQ(birth->auth.type, "oauth");
    EXPECT_EQ(birth->auth.clientSecret, "s");
    EXPECT_EQ(birth->retryBaseMs, 100);
    EXPECT_EQ(birth->deadAfterMs, 60000);
    EXPECT_EQ(birth->nationalIdField, "child_national_id");
    EXPECT_EQ(c.find("death", "register")->auth.token, "t");
    EXPECT_EQ(c.find("death", "correct"), nullptr);
    EXPECT_EQ(c.find("marriage", "register"), nullptr);
    EXPECT_TRUE(NidHookConfig().empty());
}

TEST(NidHookConfig, EveryProblemIsNamedByFileAndPath)
{
    const std::string p = problems(json::parse(R"({"hooks": {
        "birth.register": {"auth": {"type": "oauth", "client_id": "v"}, "timeout_ms": "soon",
                           "retries": 3,
                           "tls": {"client_cert": "/nonexistent.pem", "client_key": "/nonexistent.key"}},
        "death.register": {"url": "ftp://nid.test", "auth": {"type": "bearer"}},
        "birth.correct": {}}})"));
    for (const char* expected :
         {"hooks.json: /hooks/birth.register/url: required",
          "hooks.json: /hooks/birth.register/auth/token_url: required",
          "hooks.json: /hooks/birth.register/auth/client_secret: required",
          "hooks.json: /hooks/birth.register/timeout_ms: expected a whole number",
          "hooks.json: /hooks/birth.register/retries: unknown member",
          "hooks.json: /hooks/birth.register/tls/client_cert: no PEM certificate",
          "hooks.json: /hooks/birth.register/tls/client_key: not an unencrypted PEM",
          "hooks.json: /hooks/death.register/url: expected an http or https URL",
          "hooks.json: /hooks/death.register/auth/token: required",
          "hooks.json: /hooks/birth.correct: unknown hook"})
        EXPECT_NE(p.find(expected), std::string::npos) << expected << "\n" << p;
    EXPECT_NE(problems(json::array()).find("hooks.json: /hooks: expected an object"),
              std::string::npos);
    EXPECT_TRUE(problems({{"hooks", json::object()}}).empty()) << "no hooks: nothing is called";
}

} // namespace
