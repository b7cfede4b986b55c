// SeedCheck: a seed's problems are all named at once, each with its file and JSON path, section
// by section; a seed without problems gives the roles, the tree and the forms the writer needs.
#include "sync/server/admin/SeedCheck.h"

#include <gtest/gtest.h>

using namespace vitalis::server;
using nlohmann::json;

namespace
{
json country()
{
    return {{"locations",
             {{{"id", "C"}, {"type", "country"}, {"name", "C"}},
              {{"id", "D"}, {"parent", "C"}, {"type", "district"}, {"name", "D"}}}},
            {"offices", {{{"id", "O1"}, {"code", "O1"}, {"name", "Office"}, {"location", "D"}}}},
            {"users",
             {{{"username", "clerk"},
               {"role", "field_agent"},
               {"office", "O1"},
               {"password", "long enough"}}}}};
}

std::vector<std::string> problemsOf(const json& seed)
{
    try {
        SeedCheck(seed, VITALIS_SOURCE_DIR, "s.json").run();
    } catch (const SeedError& e) {
        return e.errors();
    }
    return {};
}
} // namespace

TEST(SeedCheck, EveryProblemIsNamedWithItsPathInTheSeedsOrder)
{
    json seed = country();
    seed["colour"] = "red";
    seed["locations"][1]["id"] = "D D";
    seed["offices"].push_back({{"id", "O1"}, {"code", "TOOLONGCODE"}, {"location", "X"}});
    seed["users"].push_back({{"username", "clerk"},
                             {"role", "wizard"},
                             {"office", "O9"},
                             {"password", "short"},
                             {"password_hash", "x"}});
    seed["forms"] = {{{"file", "no/such/form.json"}}};
    seed["offices"][0]["offline_registration"] = "yes";

    const std::vector<std::string> expected = {
        "s.json: /colour: unknown member (expected one of country, roles, locations, offices, "
        "users, forms, reference, statistics)",
        "s.json: /locations/1/id: 'D D' must be 1-64 characters of A-Z a-z 0-9 _ . -",
        "s.json: /offices/0/offline_registration: expected true or false",
        "s.json: /offices/1/code: expected a short office code (1-8 characters)",
        "s.json: /offices/1/name: expected a non-empty string",
        "s.json: /offices/1/location: unknown location 'X'",
        "s.json: /offices/1/id: duplicate office id 'O1'",
        "s.json: /users/1/username: duplicate username 'clerk'",
        "s.json: /users/1/role: unknown role 'wizard'",
        "s.json: /users/1/office: unknown office 'O9'",
        "s.json: /users/1: give exactly one of password (plain, hashed here) or password_hash",
        "s.json: /users/1/password_hash: expected an argon2id hash ($argon2id$...)",
        "s.json: /users/1/password: must be at least 8 characters",
        "s.json: /forms/0/file: cannot read '" VITALIS_SOURCE_DIR "/no/such/form.json'",
    };
    const auto problems = problemsOf(seed);
    // The tree's own checks may add their word on the bad id; every expected line is there, in
    // this order.
    std::size_t at = 0;
    for (const std::string& p : problems)
        if (at < expected.size() && p == expected[at])
            ++at;
    EXPECT_EQ(at, expected.size())
        << "first missing: " << expected[std::min(at, expected.size() - 1)] << "\nall:\n"
        << json(problems).dump(1);
}

TEST(SeedCheck, ACleanSeedGivesTheTreeTheDefaultRolesAndItsFormsAsStored)
{
    json seed = country();
    seed["forms"] = {{{"file", "forms/definitions/birth.json"}}};
    const CheckedSeed c = SeedCheck(seed, VITALIS_SOURCE_DIR, "s.json").run();
    EXPECT_TRUE(c.tree.contains("D"));
    EXPECT_TRUE(c.roles.find("field_agent"));
    ASSERT_EQ(c.forms.size(), 1u);
    EXPECT_EQ(c.forms[0].id, "birth");
    EXPECT_EQ(c.forms[0].event, "birth");
    EXPECT_EQ(json::parse(c.forms[0].text)["id"], "birth");
    EXPECT_TRUE(problemsOf(seed).empty());
}

TEST(SeedCheck, NotAnObjectIsOneProblemAndLocationsAreRequired)
{
    EXPECT_EQ(problemsOf(json::array()),
              std::vector<std::string>{"s.json: /: expected a JSON object"});
    const auto problems = problemsOf(json::object());
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems[0], "s.json: /locations: required: an array of {id, parent, type, name}");
}

TEST(SeedCheck, TheRolesAndStatisticsReadersProblemsJoinTheSeedsWithItsFileName)
{
    json seed = country();
    seed["roles"] = {{"clerk", {{"scopes", {"regster"}}}}};
    seed["statistics"] = "every year";
    const auto problems = problemsOf(seed);
    auto has = [&](const std::string& start) {
        return std::any_of(problems.begin(), problems.end(),
                           [&](const std::string& p) { return p.rfind(start, 0) == 0; });
    };
    EXPECT_TRUE(has("s.json: /roles/clerk/scopes/0: ")) << json(problems).dump(1);
    EXPECT_TRUE(has("s.json: /statistics")) << json(problems).dump(1);
}
