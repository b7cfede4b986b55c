#include "core/RoleCatalog.h"
#include "core/WorkflowTable.h"

#include <gtest/gtest.h>

using namespace vitalis;

TEST(RoleCatalog, CountryConfigurationDefinesRoles)
{
    const auto json = nlohmann::json::parse(R"({"roles": {
        "midwife": {"label": "role.midwife", "scopes": ["notify"]},
        "chief_registrar": {"scopes": ["register", "correct", "search"]}}})");
    const auto catalog = RoleCatalog::fromJson(json);
    EXPECT_EQ(catalog.names(), (std::vector<std::string>{"chief_registrar", "midwife"}));
    EXPECT_TRUE(catalog.get("midwife").has("notify"));
    EXPECT_FALSE(catalog.get("midwife").has("declare"));
    EXPECT_EQ(catalog.get("chief_registrar").label, "chief_registrar");
    EXPECT_EQ(catalog.find("field_agent"), nullptr);
    EXPECT_THROW(catalog.get("field_agent"), std::out_of_range);
    // The configured scopes are what the workflow table checks.
    const Role& midwife = catalog.get("midwife");
    EXPECT_TRUE(workflow::isAllowed(midwife, RecordAction::Notify, RecordStatus::Draft));
    EXPECT_FALSE(workflow::isAllowed(midwife, RecordAction::Declare, RecordStatus::Draft));
    EXPECT_TRUE(workflow::isAllowed(catalog.get("chief_registrar"), RecordAction::Register,
                                    RecordStatus::Validated));
}

TEST(RoleCatalog, ErrorsNameTheJsonPathOfEveryProblem)
{
    const auto json = nlohmann::json::parse(R"({"roles": {
        "clerk": {"scopes": ["notify", "regster", 7, "notify"]},
        "broken": "declare",
        "nolist": {"label": "x"}}})");
    try {
        RoleCatalog::fromJson(json);
        FAIL() << "invalid configuration accepted";
    } catch (const RoleConfigError& e) {
        const auto& errs = e.errors();
        ASSERT_EQ(errs.size(), 5u) << e.what();
        EXPECT_EQ(errs[0], "/roles/broken: expected an object with \"label\" and \"scopes\"");
        EXPECT_EQ(errs[1], "/roles/clerk/scopes/1: unknown scope 'regster'");
        EXPECT_EQ(errs[2], "/roles/clerk/scopes/2: expected a string");
        EXPECT_EQ(errs[3], "/roles/clerk/scopes/3: scope 'notify' listed twice");
        EXPECT_EQ(errs[4], "/roles/nolist/scopes: expected an array of scope names");
    }
    EXPECT_THROW(RoleCatalog::fromJson(nlohmann::json::array()), RoleConfigError);
    try {
        RoleCatalog::fromJson(nlohmann::json::parse(R"({"roles": {
            "a/b": {"scopes": []},
            "ok": {"scope": ["notify"], "scopes": [], "description": "fine"}}})"));
        FAIL() << "invalid configuration accepted";
    } catch (const RoleConfigError& e) {
        ASSERT_EQ(e.errors().size(), 2u) << e.what();
        EXPECT_EQ(e.errors()[0], "/roles/a~1b: role name must be letters, digits, '_', '.' or '-'");
        EXPECT_EQ(e.errors()[1],
                  "/roles/ok/scope: unknown key (expected label, scopes or description)");
    }
    EXPECT_THROW(RoleCatalog::fromJson(nlohmann::json::parse(R"({"roles": {}})")), RoleConfigError);
}

TEST(RoleCatalog, DefaultsRoundTripThroughJson)
{
    const auto defaults = RoleCatalog::defaults();
    const auto again = RoleCatalog::fromJson(defaults.toJson());
    EXPECT_EQ(again.names(), defaults.names());
    for (const auto& name : defaults.names())
        EXPECT_EQ(again.get(name).scopes, defaults.get(name).scopes) << name;
}
