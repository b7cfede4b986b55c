// Every JsonLogic operator the engine offers, with the coercions jsonlogic.com specifies,
// plus the custom date operators against an injected "today".
#include "forms/JsonLogic.h"

#include "forms/DateMath.h"

#include <gtest/gtest.h>

using namespace vitalis::forms;
using nlohmann::json;

namespace
{

const std::chrono::year_month_day kToday = *parseDate("2024-03-01");

json eval(const json& logic, const json& data = json::object(),
          std::chrono::year_month_day today = kToday)
{
    std::vector<LogicIssue> issues;
    std::vector<LogicVar> vars;
    Logic l = Logic::compile(logic, issues, vars);
    EXPECT_TRUE(issues.empty()) << logic.dump() << ": "
                                << (issues.empty() ? "" : issues[0].message);
    return l.evaluate(data, LogicContext{today});
}

std::vector<LogicIssue> issuesOf(const json& logic)
{
    std::vector<LogicIssue> issues;
    std::vector<LogicVar> vars;
    Logic::compile(logic, issues, vars);
    return issues;
}

} // namespace

TEST(JsonLogic, VarReadsDottedPathsDefaultsAndArrays)
{
    json data = {{"a", 1}, {"name", {{"first", "Amina"}}}, {"list", {10, 20}}};
    EXPECT_EQ(eval({{"var", "a"}}, data), 1);
    EXPECT_EQ(eval({{"var", "name.first"}}, data), "Amina");
    EXPECT_EQ(eval({{"var", "list.1"}}, data), 20);
    EXPECT_EQ(eval({{"var", {"missing", 5}}}, data), 5);
    EXPECT_EQ(eval({{"var", "missing"}}, data), nullptr);
    EXPECT_EQ(eval({{"var", ""}}, data), data);
}

TEST(JsonLogic, MissingAndMissingSome)
{
    json data = {{"a", 1}, {"b", ""}};
    EXPECT_EQ(eval({{"missing", {"a", "b", "c"}}}, data), json({"b", "c"}));
    EXPECT_EQ(eval({{"missing_some", {1, {"a", "c"}}}}, data), json::array());
    EXPECT_EQ(eval({{"missing_some", {2, {"a", "c"}}}}, data), json({"c"}));
}

TEST(JsonLogic, IfChainsAndTernary)
{
    EXPECT_EQ(eval({{"if", {true, "yes", "no"}}}), "yes");
    EXPECT_EQ(eval({{"if", {false, "a", 0, "b", "c"}}}), "c");
    EXPECT_EQ(eval({{"if", {false, "a"}}}), nullptr);
    EXPECT_EQ(eval({{"?:", {0, "a", "b"}}}), "b");
}

TEST(JsonLogic, EqualityFollowsJavaScript)
{
    EXPECT_EQ(eval({{"==", {1, "1"}}}), true);
    EXPECT_EQ(eval({{"==", {0, false}}}), true);
    EXPECT_EQ(eval({{"==", {nullptr, 0}}}), false);
    EXPECT_EQ(eval({{"==", {nullptr, nullptr}}}), true);
    EXPECT_EQ(eval({{"===", {1, "1"}}}), false);
    EXPECT_EQ(eval({{"===", {1, 1.0}}}), true);
    EXPECT_EQ(eval({{"!=", {"a", "b"}}}), true);
    EXPECT_EQ(eval({{"!==", {1, "1"}}}), true);
}

TEST(JsonLogic, TruthinessNotAndDoubleNot)
{
    EXPECT_EQ(eval({{"!", {json::array()}}}), true);
    EXPECT_EQ(eval({{"!", "0"}}), false); // "0" is a non-empty string
    EXPECT_EQ(eval({{"!!", {0}}}), false);
    EXPECT_EQ(eval({{"!!", {"x"}}}), true);
    EXPECT_EQ(eval({{"!!", {{{"var", "nothing"}}}}}), false);
}

TEST(JsonLogic, OrAndReturnValuesNotBooleans)
{
    EXPECT_EQ(eval({{"or", {0, "", "x", "y"}}}), "x");
    EXPECT_EQ(eval({{"or", {0, false}}}), false);
    EXPECT_EQ(eval({{"and", {1, "a", 0, "b"}}}), 0);
    EXPECT_EQ(eval({{"and", {1, "last"}}}), "last");
}

TEST(JsonLogic, ComparisonsIncludingBetween)
{
    EXPECT_EQ(eval({{">", {2, 1}}}), true);
    EXPECT_EQ(eval({{">=", {1, 1}}}), true);
    EXPECT_EQ(eval({{"<", {1, 2}}}), true);
    EXPECT_EQ(eval({{"<=", {2, 2}}}), true);
    EXPECT_EQ(eval({{"<", {1, 2, 3}}}), true);
    EXPECT_EQ(eval({{"<", {1, 1, 3}}}), false);
    EXPECT_EQ(eval({{"<=", {1, 1, 3}}}), true);
    EXPECT_EQ(eval({{"<=", {12, 56, 55}}}), false);
    EXPECT_EQ(eval({{"<", {"2024-01-01", "2024-02-01"}}}), true); // ISO dates compare as text
    EXPECT_EQ(eval({{">", {"abc", 1}}}), false);                  // NaN is unordered
    EXPECT_EQ(eval({{"<", {nullptr, 1}}}), true);                 // null counts as 0
}

TEST(JsonLogic, Arithmetic)
{
    EXPECT_EQ(eval({{"+", {1, "2", 3.5}}}), 6.5);
    EXPECT_EQ(eval({{"+", {"4"}}}), 4);
    EXPECT_EQ(eval({{"-", {10, 4}}}), 6);
    EXPECT_EQ(eval({{"-", {3}}}), -3);
    EXPECT_EQ(eval({{"*", {2, 3, 4}}}), 24);
    EXPECT_EQ(eval({{"/", {7, 2}}}), 3.5);
    EXPECT_EQ(eval({{"/", {1, 0}}}), nullptr); // no Infinity in JSON
    EXPECT_EQ(eval({{"%", {7, 3}}}), 1);
    EXPECT_EQ(eval({{"%", {7, 0}}}), nullptr);
    EXPECT_EQ(eval({{"max", {1, 9, 3}}}), 9);
    EXPECT_EQ(eval({{"min", {1, -9, 3}}}), -9);
    EXPECT_EQ(eval({{"max", json::array()}}), nullptr);
}

TEST(JsonLogic, StringsAndArrays)
{
    EXPECT_EQ(eval({{"in", {"b", {"a", "b"}}}}), true);
    EXPECT_EQ(eval({{"in", {"c", {"a", "b"}}}}), false);
    EXPECT_EQ(eval({{"in", {"ring", "spring"}}}), true);
    EXPECT_EQ(eval({{"in", {"x", nullptr}}}), false);
    EXPECT_EQ(eval({{"cat", {"I am ", 30, " years, ", 1.5}}}), "I am 30 years, 1.5");
    EXPECT_EQ(eval({{"substr", {"jsonlogic", 4}}}), "logic");
    EXPECT_EQ(eval({{"substr", {"jsonlogic", -5}}}), "logic");
    EXPECT_EQ(eval({{"substr", {"jsonlogic", 1, 3}}}), "son");
    EXPECT_EQ(eval({{"substr", {"jsonlogic", 4, -2}}}), "log");
    EXPECT_EQ(eval({{"substr", {"أمينة", 0, 2}}}), "أم"); // code points, not bytes
    EXPECT_EQ(eval({{"merge", {{1, 2}, 3, {4}}}}), json({1, 2, 3, 4}));
}

TEST(JsonLogic, MapFilterReduceAllNoneSome)
{
    json data = {{"n", {1, 2, 3, 4}}};
    EXPECT_EQ(eval({{"map", {{{"var", "n"}}, {{"*", {{{"var", ""}}, 2}}}}}}, data),
              json({2, 4, 6, 8}));
    EXPECT_EQ(eval({{"filter", {{{"var", "n"}}, {{">", {{{"var", ""}}, 2}}}}}}, data),
              json({3, 4}));
    EXPECT_EQ(
        eval({{"reduce",
               {{{"var", "n"}}, {{"+", {{{"var", "current"}}, {{"var", "accumulator"}}}}}, 0}}},
             data),
        10);
    EXPECT_EQ(eval({{"all", {{{"var", "n"}}, {{">", {{{"var", ""}}, 0}}}}}}, data), true);
    EXPECT_EQ(eval({{"all", {json::array(), true}}}), false); // JsonLogic: all of nothing is false
    EXPECT_EQ(eval({{"none", {{{"var", "n"}}, {{">", {{{"var", ""}}, 4}}}}}}, data), true);
    EXPECT_EQ(eval({{"some", {{{"var", "n"}}, {{"==", {{{"var", ""}}, 3}}}}}}, data), true);
}

TEST(JsonLogic, TodayComesFromTheInjectedClock)
{
    EXPECT_EQ(eval({{"today", json::array()}}), "2024-03-01");
    EXPECT_EQ(eval({{"today", json::array()}}, json::object(), *parseDate("2024-02-29")),
              "2024-02-29");
}

TEST(JsonLogic, DateAdd)
{
    EXPECT_EQ(eval({{"date_add", {"2024-02-28", 1, "days"}}}), "2024-02-29");
    EXPECT_EQ(eval({{"date_add", {"2024-02-29", 1, "years"}}}), "2025-02-28");
    EXPECT_EQ(eval({{"date_add", {"2024-01-31", 1, "months"}}}), "2024-02-29");
    EXPECT_EQ(eval({{"date_add", {{{"today", json::array()}}, -1, "days"}}}), "2024-02-29");
    EXPECT_EQ(eval({{"date_add", {"not a date", 1, "days"}}}), nullptr);
    EXPECT_EQ(eval({{"date_add", {"2024-01-01", 1, "weeks"}}}), nullptr);
}

TEST(JsonLogic, DateDiff)
{
    EXPECT_EQ(eval({{"date_diff", {"2024-02-28", "2024-03-01", "days"}}}), 2);
    EXPECT_EQ(eval({{"date_diff", {"2023-03-01", {{"today", json::array()}}, "years"}}}), 1);
    EXPECT_EQ(eval({{"date_diff", {"2023-03-02", {{"today", json::array()}}, "years"}}}), 0);
    EXPECT_EQ(eval({{"date_diff", {"2024-01-31", "2024-02-29", "months"}}}), 0);
    EXPECT_EQ(eval({{"date_diff", {nullptr, "2024-02-29", "days"}}}), nullptr);
}

TEST(JsonLogic, AgeYearsAroundLeapDaysAndToday)
{
    EXPECT_EQ(eval({{"age_years", {"2020-02-29", "2021-02-28"}}}), 0);
    EXPECT_EQ(eval({{"age_years", {"2020-02-29", "2021-03-01"}}}), 1);
    // Without a second argument the age is today's (2024-03-01 here).
    EXPECT_EQ(eval({{"age_years", {"2023-03-01"}}}), 1);
    EXPECT_EQ(eval({{"age_years", {"2023-03-02"}}}), 0);
    EXPECT_EQ(eval({{"age_years", {"2024-03-01"}}}), 0);
    // An "exact date unknown" answer carries the age itself.
    EXPECT_EQ(eval({{"age_years", {{{"var", "dob"}}, "2024-01-01"}}}, {{"dob", {{"age", 34}}}}),
              34);
    EXPECT_EQ(eval({{"age_years", {"garbage", "2024-01-01"}}}), nullptr);
}

TEST(JsonLogic, CompileErrorsNameThePathAndSuggest)
{
    auto issues = issuesOf({{"and", {{{"==", {1, 1}}}, {{"date_ad", {"2024-01-01", 1, "days"}}}}}});
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].path, "/and/1/date_ad");
    EXPECT_EQ(issues[0].message, "unknown operator 'date_ad' — did you mean 'date_add'?");

    issues = issuesOf({{"==", {1}}});
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].message, "'==' takes 2 argument(s), found 1");

    issues = issuesOf({{"a", 1}, {"b", 2}});
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_NE(issues[0].message.find("exactly one key"), std::string::npos);

    issues = issuesOf({{"var", {{"cat", {"a", "b"}}}}});
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_NE(issues[0].message.find("literal field name"), std::string::npos);
}

TEST(JsonLogic, ReportsVarsOutsideScopesOnly)
{
    std::vector<LogicIssue> issues;
    std::vector<LogicVar> vars;
    Logic::compile(
        {{"and", {{{"var", "a.first"}}, {{"some", {{{"var", "list"}}, {{"var", "inner"}}}}}}}},
        issues, vars);
    ASSERT_EQ(vars.size(), 2u);
    EXPECT_EQ(vars[0].name, "a");
    EXPECT_EQ(vars[0].path, "/and/0/var");
    EXPECT_EQ(vars[1].name, "list"); // "inner" reads the array element, not a field
}

TEST(JsonLogic, DeepNestingIsRefused)
{
    json expr = 1;
    for (int i = 0; i < 100; ++i)
        expr = json{{"!", {expr}}};
    auto issues = issuesOf(expr);
    ASSERT_FALSE(issues.empty());
    EXPECT_NE(issues[0].message.find("nested deeper"), std::string::npos);
}
