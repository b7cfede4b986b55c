// Clause semantics and name normalisation: each clause, empty fields dropping out, spelling
// variants, swapped order, missing middle names; explain says which clauses matched.
#include "dedup/Matcher.h"

#include "dedup/BlockingKeys.h"
#include "dedup/RuleSet.h"

#include <gtest/gtest.h>

using namespace vitalis::dedup;
using nlohmann::json;

namespace
{
RuleSet oneRule(const json& when)
{
    json doc = {{"event", "birth"},
                {"threshold", 1},
                {"rules", json::array({{{"id", "r"}, {"weight", 1}, {"when", when}}})},
                {"nameVariants", json::array({json::array({"Mohammed", "Muhammad", "Mohamed"})})}};
    auto parsed = RuleSetReader::parse(doc, "test.json");
    EXPECT_TRUE(parsed.errors.empty())
        << (parsed.errors.empty() ? "" : parsed.errors[0].toString());
    return std::move(*parsed.rules);
}

json name(const std::string& first, const std::string& family, const std::string& middle = "")
{
    json n = {{"first", first}, {"family", family}};
    if (!middle.empty())
        n["middle"] = middle;
    return n;
}

bool matches(const RuleSet& rules, const json& a, const json& b)
{
    return Matcher(rules).explain(a, b).flagged;
}
} // namespace

TEST(DedupClauses, StrictFoldsCaseAccentsSpacingAndHyphens)
{
    const auto rules = oneRule({{"strict", "child_name"}});
    EXPECT_TRUE(matches(rules, {{"child_name", name("Élodie", "Mwale-Phiri")}},
                        {{"child_name", name("  elodie ", "MWALE PHIRI")}}));
    EXPECT_FALSE(matches(rules, {{"child_name", name("Elodie", "Mwale")}},
                         {{"child_name", name("Elodie", "Mwala")}}));
}

TEST(DedupClauses, SwappedOrderAndMissingMiddleNameStillMatch)
{
    const auto rules = oneRule({{"strict", "child_name"}});
    EXPECT_TRUE(matches(rules, {{"child_name", name("Amina", "Banda")}},
                        {{"child_name", name("Banda", "Amina")}}));
    EXPECT_TRUE(matches(rules, {{"child_name", name("Amina", "Banda", "Grace")}},
                        {{"child_name", name("Amina", "Banda")}}));
    // A lone given name is not the same person as a full name.
    EXPECT_FALSE(matches(rules, {{"child_name", name("Amina", "")}},
                         {{"child_name", name("Amina", "Banda")}}));
}

TEST(DedupClauses, TransliterationVariantsAreOneName)
{
    const auto rules = oneRule({{"strict", "child_name"}});
    EXPECT_TRUE(matches(rules, {{"child_name", name("Muhammad", "Juma")}},
                        {{"child_name", name("Mohamed", "Juma")}}));
    EXPECT_FALSE(matches(rules, {{"child_name", name("Mahmoud", "Juma")}},
                         {{"child_name", name("Mohamed", "Juma")}}));
}

TEST(DedupClauses, ArabicMarksAreFolded)
{
    const auto rules = oneRule({{"strict", "child_name"}});
    // مُحَمَّد with vowel marks and محمد without; أحمد and احمد (alef with hamza).
    EXPECT_TRUE(matches(rules, {{"child_name", name("مُحَمَّد", "أحمد")}},
                        {{"child_name", name("محمد", "احمد")}}));
}

TEST(DedupClauses, FuzzyAllowsEditsByNameLength)
{
    const auto rules = oneRule({{"fuzzy", "child_name"}});
    auto with = [&](const char* a, const char* b) {
        return matches(rules, {{"child_name", name(a, "Banda")}},
                       {{"child_name", name(b, "Banda")}});
    };
    EXPECT_FALSE(with("Ali", "Ala"));            // under 4 letters: exact
    EXPECT_TRUE(with("Grace", "Grcae"));         // 4-7: one edit (a transposition counts one)
    EXPECT_FALSE(with("Grace", "Grxcx"));        // 4-7: not two
    EXPECT_TRUE(with("Chimwemwe", "Chimwewme")); // over 7: two
    EXPECT_TRUE(with("Chimwemwe", "Chimwmwr"));
    const auto loose = oneRule({{"fuzzy", "child_name"}, {"edits", {1, 2, 3}}});
    EXPECT_TRUE(matches(loose, {{"child_name", name("Ali", "Banda")}},
                        {{"child_name", name("Ala", "Banda")}}));
}

TEST(DedupClauses, PhoneticComparesSoundKeys)
{
    const auto rules = oneRule({{"phonetic", "child_name"}});
    EXPECT_TRUE(matches(rules, {{"child_name", name("Stephen", "Phiri")}},
                        {{"child_name", name("Steven", "Phiry")}}));
    EXPECT_FALSE(matches(rules, {{"child_name", name("Stephen", "Phiri")}},
                         {{"child_name", name("Peter", "Phiri")}}));
}

TEST(DedupClauses, DateRangeAndNumericAreInclusive)
{
    const auto dates = oneRule({{"dateRange", "child_birth_date"}, {"days", 5}});
    EXPECT_TRUE(matches(dates, {{"child_birth_date", "2026-03-01"}},
                        {{"child_birth_date", "2026-02-24"}})); // 5 days, across a month
    EXPECT_FALSE(
        matches(dates, {{"child_birth_date", "2026-03-01"}}, {{"child_birth_date", "2026-02-23"}}));
    const auto numbers = oneRule({{"numeric", "weight_at_birth"}, {"within", 0.2}});
    EXPECT_TRUE(matches(numbers, {{"weight_at_birth", 3.1}}, {{"weight_at_birth", 3.25}}));
    EXPECT_FALSE(matches(numbers, {{"weight_at_birth", 3.1}}, {{"weight_at_birth", 3.4}}));
}

TEST(DedupClauses, AndOrNotAndEmptyFieldsDropOut)
{
    const auto rules = oneRule({{"and",
                                 {{{"strict", "child_name"}},
                                  {{"strict", "mother_national_id"}},
                                  {{"not", {{"strict", "child_sex"}}}}}}});
    const json a = {{"child_name", name("Amina", "Banda")}, {"mother_national_id", "MW1"}};
    json b = a;
    // mother ID and sex empty on one side: those clauses drop out, the name decides.
    b.erase("mother_national_id");
    EXPECT_TRUE(matches(rules, a, b));
    b["mother_national_id"] = "MW2";
    EXPECT_FALSE(matches(rules, a, b));
    json c = a, d = a;
    c["child_sex"] = "female";
    d["child_sex"] = "female";
    EXPECT_FALSE(matches(rules, c, d)); // not(strict sex) fails when both say the same
    d["child_sex"] = "male";
    EXPECT_TRUE(matches(rules, c, d));
    // Every clause empty: the rule drops out entirely, nothing matches.
    EXPECT_FALSE(matches(rules, json::object(), json::object()));
    const auto either =
        oneRule({{"or", {{{"strict", "mother_national_id"}}, {{"strict", "child_name"}}}}});
    EXPECT_TRUE(matches(either,
                        {{"child_name", name("Amina", "Banda")}, {"mother_national_id", "1"}},
                        {{"child_name", name("Amina", "Banda")}, {"mother_national_id", "2"}}));
}

TEST(DedupClauses, ExplainNamesMatchedClausesAndFields)
{
    json doc = {{"event", "birth"},
                {"threshold", 3},
                {"rules",
                 {{{"id", "name"}, {"weight", 2}, {"when", {{"fuzzy", "child_name"}}}},
                  {{"id", "date"},
                   {"weight", 2},
                   {"when", {{"dateRange", "child_birth_date"}, {"days", 1}}}}}}};
    auto rules = *RuleSetReader::parse(doc, "").rules;
    const auto e = Matcher(rules).explain(
        json{{"child_name", name("Amina", "Banda")}, {"child_birth_date", "2026-01-01"}},
        json{{"child_name", name("Amina", "Banda")}, {"child_birth_date", "2026-01-09"}});
    EXPECT_EQ(e.score, 2);
    EXPECT_FALSE(e.flagged);
    ASSERT_EQ(e.rules.size(), 2u);
    EXPECT_TRUE(e.rules[0].matched);
    EXPECT_FALSE(e.rules[1].matched);
    EXPECT_EQ(e.rules[1].clauses.at(0).field, "child_birth_date");
    EXPECT_EQ(e.rules[1].clauses.at(0).path, "/rules/1/when");
    EXPECT_EQ(e.matchedFields(), std::vector<std::string>{"child_name"});
}

TEST(DedupClauses, ParseErrorsNameTheirPath)
{
    auto parsed = RuleSetReader::parse(
        json{{"event", "birth"},
             {"threshold", 1},
             {"rules",
              {{{"id", "r"}, {"weight", 1}, {"when", {{"fuzzy", "x"}, {"edits", {2, 1, 0}}}}}}},
             {"blockng", json::array()}},
        "f.json");
    ASSERT_FALSE(parsed.rules);
    ASSERT_EQ(parsed.errors.size(), 2u);
    EXPECT_EQ(parsed.errors[0].toString(), "f.json: /blockng: unknown member 'blockng' — did you "
                                           "mean 'blocking'?");
    EXPECT_EQ(parsed.errors[1].path, "/rules/0/when/edits");
}

TEST(DedupClauses, MalformedRuleFilesGiveErrorsNotCrashes)
{
    const std::vector<json> docs = {
        json::array(),
        json{{"event", 1}},
        json{{"event", "birth"}, {"threshold", 1}, {"rules", json::array({5})}},
        json{{"event", "birth"},
             {"threshold", 1},
             {"rules", {{{"id", "r"}, {"weight", 1}, {"when", {{"and", 3}}}}}}},
        json{{"event", "birth"},
             {"threshold", 1},
             {"rules",
              {{{"id", "r"}, {"weight", 1}, {"when", {{"not", {{"or", json::array()}}}}}}}}},
        json{
            {"event", "birth"},
            {"threshold", 1},
            {"rules", {{{"id", "r"}, {"weight", 1}, {"when", {{"strict", "a"}, {"fuzzy", "b"}}}}}}},
        json{{"event", "birth"},
             {"threshold", 1},
             {"rules", {{{"id", "r"}, {"weight", 1}, {"when", {{"dateRange", "d"}}}}}}},
        json{{"event", "birth"},
             {"threshold", 1},
             {"rules", {{{"id", "r"}, {"weight", 1}, {"when", {{"strict", "a"}}}}}},
             {"blocking", {{{{"name", 5}}}, json::array(), {{{"soundex", "x"}}}}},
             {"nameVariants", {{"only-one"}}}},
    };
    for (const auto& doc : docs) {
        const auto parsed = RuleSetReader::parse(doc, "m.json");
        EXPECT_FALSE(parsed.rules) << doc.dump();
        EXPECT_FALSE(parsed.errors.empty()) << doc.dump();
    }
    // Values of the wrong shape in records are empty or text, never a crash.
    const json when = {{"and", {{{"fuzzy", "child_name"}}, {{"dateRange", "d"}, {"days", 1}}}}};
    const auto rules = oneRule(when);
    EXPECT_FALSE(matches(rules, {{"child_name", 5}, {"d", "2026-02-30"}},
                         {{"child_name", {{"first", json::array()}}}, {"d", true}}));
}
