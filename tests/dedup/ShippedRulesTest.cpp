// The shipped birth and death rules on the cases a registrar checks by hand: twins, a common
// name, a true duplicate with a typo and a date off by two days; and their blocking keys.
#include "dedup/BlockingKeys.h"
#include "dedup/Matcher.h"
#include "dedup/RuleSet.h"

#include <gtest/gtest.h>

using namespace vitalis::dedup;
using nlohmann::json;

namespace
{
RuleSet shipped(const std::string& event)
{
    auto parsed = RuleSetReader::parseFile(std::string(VITALIS_SOURCE_DIR) +
                                           "/forms/definitions/dedup/" + event + ".json");
    EXPECT_TRUE(parsed.errors.empty());
    return std::move(*parsed.rules);
}

json birth(const std::string& first, const std::string& family, const std::string& dob,
           const std::string& motherFirst, const std::string& motherDob,
           const std::string& motherId = "")
{
    json f = {{"child_name", {{"first", first}, {"family", family}}},
              {"child_birth_date", dob},
              {"mother_name", {{"first", motherFirst}, {"family", family}}},
              {"mother_birth_date", motherDob}};
    if (!motherId.empty())
        f["mother_national_id"] = motherId;
    return f;
}
} // namespace

TEST(DedupShippedBirthRules, TwinsWithDifferentNamesAreNotFlagged)
{
    const auto rules = shipped("birth");
    const auto e = Matcher(rules).explain(
        birth("Amina", "Banda", "2026-11-01", "Esther", "1994-05-02", "MW123"),
        birth("Chisomo", "Banda", "2026-11-01", "Esther", "1994-05-02", "MW123"));
    EXPECT_FALSE(e.flagged) << e.score;
}

TEST(DedupShippedBirthRules, CommonNameWithAnotherMotherAndDateIsNotFlagged)
{
    const auto rules = shipped("birth");
    const auto e =
        Matcher(rules).explain(birth("John", "Banda", "2026-11-01", "Esther", "1994-05-02"),
                               birth("John", "Banda", "2026-03-17", "Grace", "1988-01-20"));
    EXPECT_FALSE(e.flagged) << e.score;
}

TEST(DedupShippedBirthRules, SameNameAndMotherNameButDifferentMotherIdIsNotFlagged)
{
    const auto rules = shipped("birth");
    const auto e =
        Matcher(rules).explain(birth("John", "Banda", "2026-11-01", "Esther", "1994-05-02", "MW1"),
                               birth("John", "Banda", "2026-08-01", "Esther", "1994-09-02", "MW2"));
    EXPECT_FALSE(e.flagged) << e.score;
}

TEST(DedupShippedBirthRules, DuplicateWithTypoAndDateOffByTwoDaysIsFlagged)
{
    const auto rules = shipped("birth");
    const auto e =
        Matcher(rules).explain(birth("Amina", "Banda", "2026-11-01", "Esther", "1994-05-02"),
                               birth("Amnia", "Banda", "2026-11-03", "Esther", "1994-05-02"));
    EXPECT_TRUE(e.flagged) << e.score;
    const auto fields = e.matchedFields();
    for (const char* f : {"child_name", "child_birth_date", "mother_name", "mother_birth_date"})
        EXPECT_NE(std::find(fields.begin(), fields.end(), f), fields.end()) << f;
}

TEST(DedupShippedBirthRules, DuplicateWithSwappedNamesAndVariantSpellingIsFlagged)
{
    const auto rules = shipped("birth");
    json b = birth("Juma", "Muhammad", "2026-02-10", "Fatuma", "1990-01-01");
    b["mother_name"]["family"] = "Juma";
    EXPECT_TRUE(Matcher(rules)
                    .explain(birth("Mohammed", "Juma", "2026-02-10", "Fatima", "1990-01-01"), b)
                    .flagged);
}

TEST(DedupShippedBirthRules, BlockingKeysSurviveSwapsVariantsAndMiddleNames)
{
    const auto rules = shipped("birth");
    json a = birth("Mohammed", "Juma", "2026-02-10", "Fatima", "1990-01-01", "MW 77");
    json b = birth("Juma", "Muhammad", "2026-02-12", "Fatuma", "1990-01-01");
    b["child_name"]["middle"] = "Ali";
    const auto ka = blockingKeys(rules, a), kb = blockingKeys(rules, b);
    EXPECT_EQ(ka.size(), 3u); // child name + year, mother name + year, mother ID
    EXPECT_EQ(kb.size(), 2u); // no mother ID: that key is left out
    bool shared = false;
    for (const auto& k : ka)
        shared = shared || std::find(kb.begin(), kb.end(), k) != kb.end();
    EXPECT_TRUE(shared);
    EXPECT_EQ(ka[0], "0|J500+M530|2026");
    EXPECT_EQ(ka[2], "2|mw77");
}

// The server's compact copy of a candidate: only what the rules read, and it scores as the
// whole record does.
TEST(DedupShippedBirthRules, TheCompactCopyKeepsOnlyTheRulesFieldsAndScoresTheSame)
{
    const auto rules = shipped("birth");
    json whole = birth("Amina", "Banda", "2026-11-01", "Esther", "1994-05-02", "MW123");
    whole["informant_phone"] = "+265 999 000 111";
    whole["place_of_birth"] = "facility";
    whole["mother_national_id"] = nullptr; // a cleared field is not copied
    const json compact = matchFields(rules, whole);
    EXPECT_FALSE(compact.contains("informant_phone"));
    EXPECT_FALSE(compact.contains("place_of_birth"));
    EXPECT_FALSE(compact.contains("mother_national_id"));
    EXPECT_EQ(compact["child_name"], whole["child_name"]);
    EXPECT_EQ(compact["mother_birth_date"], whole["mother_birth_date"]);
    const json declaration = birth("Amina", "Bandah", "2026-11-03", "Esther", "1994-05-02");
    const Matcher m(rules);
    EXPECT_EQ(m.explain(declaration, compact).score, m.explain(declaration, whole).score);
    EXPECT_TRUE(m.explain(declaration, compact).flagged);
}

TEST(DedupShippedDeathRules, SamePersonOrSameIdIsFlaggedAnotherDeathIsNot)
{
    const auto rules = shipped("death");
    const json a = {{"deceased_name", {{"first", "Esther"}, {"family", "Phiri"}}},
                    {"deceased_birth_date", "1950-03-02"},
                    {"death_date", "2026-10-01"}};
    json b = a;
    b["death_date"] = "2026-10-20";
    b["deceased_name"]["family"] = "Phiry";
    EXPECT_TRUE(Matcher(rules).explain(a, b).flagged);
    json c = a;
    c["deceased_birth_date"] = "1961-07-09";
    EXPECT_FALSE(Matcher(rules).explain(a, c).flagged);
    json d = {{"deceased_name", {{"first", "E."}, {"family", "Phiri"}}},
              {"deceased_national_id", "MW-555"}};
    json e = a;
    e["deceased_national_id"] = "mw555";
    EXPECT_TRUE(Matcher(rules).explain(d, e).flagged);
}
