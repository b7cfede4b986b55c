// The DCI building blocks without a process: the CRVS person built from the production birth
// and death forms' fields (which the test forms lack), and the predicate evaluator's edges.
#include "sync/server/interop/dci/DciPerson.h"
#include "sync/server/interop/dci/DciPredicate.h"
#include "sync/server/interop/dci/DciReject.h"
#include "sync/server/interop/dci/DciSignature.h"

#include <gtest/gtest.h>

using namespace vitalis::server::dci;
using nlohmann::json;

namespace
{

json birthView()
{
    return {{"tracking_id", "B23456789K"},
            {"event_type", "birth"},
            {"status", "registered"},
            {"registration_number", "2026-ALD-000017"},
            {"fields",
             {{"child_name", {{"first", "Kofi"}, {"middle", "Yaw"}, {"family", "Mensah"}}},
              {"child_sex", "male"},
              {"child_birth_date", "2026-12-01"},
              {"birth_facility", "HF-ALD-1"},
              {"mother_national_id", "1234567890"},
              {"father_national_id", "9876543210"}}}};
}

std::string rejection(const json& query)
{
    try {
        DciPredicate::parse(query, "/q");
    } catch (const DciReject& e) {
        return e.code() + " " + e.what();
    }
    return "accepted";
}

} // namespace

TEST(DciPerson, ABirthOfTheProductionFormInTheCrvsShape)
{
    const json a = DciPerson::attributes(birthView());
    const json p = DciPerson::person(a);
    EXPECT_EQ(p["name"],
              json({{"given_name", "Kofi"}, {"second_name", "Yaw"}, {"surname", "Mensah"}}));
    EXPECT_EQ(p["sex"], "male");
    EXPECT_EQ(p["birth_date"], "2026-12-01");
    EXPECT_EQ(p["birth_place"], "HF-ALD-1");
    EXPECT_TRUE(p["death_date"].is_null());
    EXPECT_EQ(p["parent1_identifier"],
              json({{"identifier_type", "national_id"}, {"identifier_value", "1234567890"}}));
    EXPECT_EQ(p["parent2_identifier"]["identifier_value"], "9876543210");
    EXPECT_EQ(p["registration_number"], "2026-ALD-000017");
    EXPECT_EQ(p["identifier"].size(), 2u) << "registration number and tracking id: " << p;
}

TEST(DciPerson, ADeathCarriesTheDeceasedsNationalIdAndDeathDate)
{
    const json view = {{"tracking_id", "D23456789K"},
                       {"event_type", "death"},
                       {"status", "validated"},
                       {"fields",
                        {{"deceased_name", {{"first", "Ama"}, {"family", "Owusu"}}},
                         {"deceased_sex", "female"},
                         {"deceased_national_id", "5550001112"},
                         {"death_date", "2026-11-30"}}}};
    const json a = DciPerson::attributes(view);
    EXPECT_EQ(a["national_id"], "5550001112");
    EXPECT_TRUE(DciPredicate::equals("national_id", "5550001112").matches(a));
    const json p = DciPerson::person(a);
    EXPECT_EQ(p["death_date"], "2026-11-30");
    EXPECT_EQ(p["name"]["given_name"], "Ama");
    EXPECT_FALSE(p.contains("parent1_identifier"));
    EXPECT_TRUE(p["registration_number"].is_null()) << "not registered yet";
}

TEST(DciPredicate, CombinatorsAndOperatorsOnAPerson)
{
    const json a = DciPerson::attributes(birthView());
    const auto holds = [&](const json& q) { return DciPredicate::parse(q, "/q").matches(a); };
    const auto leaf = [](const char* attr, const char* op, const json& v) {
        return json{{"attribute_name", attr}, {"operator", op}, {"attribute_value", v}};
    };
    EXPECT_TRUE(holds(leaf("birth_date", "ge", "2026-12-01")));
    EXPECT_FALSE(holds(leaf("birth_date", "gt", "2026-12-01")));
    EXPECT_TRUE(holds(leaf("birth_date", "lt", "2027-01-01")));
    EXPECT_TRUE(holds(leaf("surname", "in", json::array({"Owusu", "Mensah"}))));
    EXPECT_FALSE(holds(leaf("birth_date", "gt", 20260101))) << "a date is no number";
    EXPECT_FALSE(holds(leaf("death_date", "le", "2030-01-01"))) << "an absent date never matches";
    EXPECT_TRUE(holds({{"not", leaf("death_date", "le", "2030-01-01")}}));
    EXPECT_TRUE(holds({{"or", json::array({leaf("sex", "eq", "female"),
                                           leaf("parent1_national_id", "eq", "1234567890")})}}));
    EXPECT_FALSE(holds(json::array({{{"expression1", leaf("sex", "eq", "male")},
                                     {"condition", "and"},
                                     {"expression2", leaf("given_name", "eq", "Ama")}}})));
    EXPECT_TRUE(holds(json::array({{{"expression1", leaf("sex", "eq", "male")},
                                    {"condition", "or"},
                                    {"expression2", leaf("given_name", "eq", "Ama")}}})));
}

TEST(DciPredicate, MalformedPredicatesNameTheirPath)
{
    EXPECT_EQ(rejection({{"and", json::array()}}),
              "rjct.search_criteria.invalid /q/and: and must be the only member, a non-empty list");
    EXPECT_EQ(rejection({{"attribute_name", "sex"}, {"operator", "eq"}})
                  .rfind("rjct.search_criteria.invalid /q/attribute_value", 0),
              0u);
    EXPECT_EQ(rejection({{"attribute_name", "sex"}, {"operator", "in"}, {"attribute_value", "m"}})
                  .rfind("rjct.search_criteria.invalid /q/attribute_value", 0),
              0u);
    EXPECT_EQ(rejection(json::array(
                            {{{"expression1", {{"attribute_name", "sex"}}}, {"condition", "xor"}}}))
                  .rfind("rjct.search_criteria.invalid /q/0/expression1/operator", 0),
              0u);
    json deep = {{"attribute_name", "sex"}, {"operator", "eq"}, {"attribute_value", "male"}};
    for (int i = 0; i < 40; ++i)
        deep = {{"not", deep}};
    EXPECT_NE(rejection(deep).find("nested too deeply"), std::string::npos);
}

// The signed text is a wire format partners reproduce: pinned to what the integration guide's
// Python (json.dumps sort_keys, compact, ensure_ascii=False; hashlib.blake2b 64) computes.
TEST(DciSignature, TheSignedTextMatchesThePythonRecipeOfTheGuide)
{
    const json body = json::parse(R"({"signature": "ignored",
        "header": {"message_id": "m-1", "action": "search", "sender_id": "cl_x", "total_count": 1},
        "message": {"transaction_id": "T-1", "search_request": [{"reference_id": "r1",
          "search_criteria": {"query_type": "predicate", "query": {"attribute_name": "surname",
            "operator": "eq", "attribute_value": "Nyark\u00f3"}}}]}})");
    EXPECT_EQ(DciSignature::signingString(body, 1733306400, 1733307000),
              "(created): 1733306400\n(expires): 1733307000\ndigest: "
              "BLAKE-512=sNBhBwBhgGwsHpOehT/"
              "B4EJcQve92Rz0V4rLnTSptXM8sj6fhaUDXKYmK8U5nmEU9MqgNwHrMxmn09M2rbQYDg==");
}
