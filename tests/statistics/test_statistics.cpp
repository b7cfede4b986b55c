// The statistics rules against hand-computed values (issue 20).
#include "statistics/RecordFacts.h"
#include "statistics/StatisticsCsv.h"
#include "statistics/StatisticsReport.h"

#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::statistics;
using nlohmann::json;

namespace
{

constexpr std::int64_t kDay = 86'400'000;
// 2026-03-31T10:00Z
constexpr std::int64_t kMarch31 = 20'543LL * kDay + 10 * 3'600'000LL;

Record registered(const std::string& event, const json& fields)
{
    Record r;
    r.eventType = event;
    r.officeId = "O1";
    r.status = RecordStatus::Registered;
    r.fields = fields;
    return r;
}

LocationHierarchy tree()
{
    return LocationHierarchy::fromJson(json::parse(R"({"locations": [
        {"id": "C", "parent": null, "type": "country", "name": "C"},
        {"id": "P1", "parent": "C", "type": "province", "name": "P1"},
        {"id": "D1", "parent": "P1", "type": "district", "name": "District One"},
        {"id": "D2", "parent": "P1", "type": "district", "name": "District Two"}]})"));
}

} // namespace

TEST(RecordFacts, TimelinessBandsAtTheirEdges)
{
    EXPECT_EQ(registrationDelayDays("2026-03-01", kMarch31), 30);
    EXPECT_EQ(timelinessBand(30, 30), "on_time");
    EXPECT_EQ(timelinessBand(31, 30), "within_year");
    EXPECT_EQ(timelinessBand(365, 30), "within_year");
    EXPECT_EQ(timelinessBand(366, 30), "late");
    EXPECT_EQ(timelinessBand(std::nullopt, 30), "not_stated");
    EXPECT_EQ(timelinessBand(45, 60), "on_time") << "the legal period is configurable";
}

TEST(RecordFacts, AgeGroupsAreTheUnFiveYearGroups)
{
    EXPECT_EQ(ageGroupOf(0), "under_1");
    EXPECT_EQ(ageGroupOf(4), "1-4");
    EXPECT_EQ(ageGroupOf(5), "5-9");
    EXPECT_EQ(ageGroupOf(84), "80-84");
    EXPECT_EQ(ageGroupOf(85), "85+");
    EXPECT_EQ(ageGroupOf(std::nullopt), "not_stated");
    EXPECT_EQ(ageGroups().size(), 20u);
}

TEST(RecordFacts, ABirthAndADeathFromTheShippedForms)
{
    const auto config = StatisticsConfig::defaults();
    const RecordFacts b = factsOf(registered("birth", {{"child_sex", "female"},
                                                       {"child_birth_date", "2026-03-01"},
                                                       {"place_of_birth_type", "private_home"}}),
                                  kMarch31, config);
    EXPECT_TRUE(b.counted);
    EXPECT_EQ(b.month, 202603);
    EXPECT_EQ(b.sex, "female");
    EXPECT_EQ(b.place, "home");
    EXPECT_EQ(b.timeliness, "on_time");
    EXPECT_EQ(b.ageGroup, "");
    // Died the day before their 70th birthday: 69 completed years.
    const RecordFacts d = factsOf(registered("death", {{"deceased_sex", "male"},
                                                       {"deceased_birth_date", "1955-12-02"},
                                                       {"death_date", "2025-12-01"},
                                                       {"death_place_type", "health_facility"}}),
                                  kMarch31, config);
    EXPECT_EQ(d.ageGroup, "65-69");
    EXPECT_EQ(d.place, "facility");
    EXPECT_EQ(d.timeliness, "within_year");
    Record archived = registered("birth", {{"child_sex", "male"}});
    archived.status = RecordStatus::Archived;
    EXPECT_FALSE(factsOf(archived, kMarch31, config).counted);
}

TEST(StatisticsQuery, PeriodsAndErrorsNameTheParameter)
{
    const auto q2 = Period::parse("2026-Q2");
    ASSERT_TRUE(q2);
    EXPECT_EQ(q2->fromMonth, 202604);
    EXPECT_EQ(q2->toMonth, 202606);
    EXPECT_EQ(Period::parse("2025..2026")->months().size(), 24u);
    EXPECT_FALSE(Period::parse("2026-13"));
    EXPECT_FALSE(Period::parse("2026..2025"));
    try {
        StatisticsQuery::parse({{"by", "colour"}});
        FAIL();
    } catch (const StatisticsQueryError& e) {
        EXPECT_EQ(e.parameter(), "?by");
    }
}

TEST(StatisticsConfig, ErrorsNameTheirJsonPath)
{
    try {
        StatisticsConfig::fromJson(json::parse(
            R"({"legal_period_days": 0, "expected": {"D1": {"twenty": {"population": 1}}}})"));
        FAIL();
    } catch (const StatisticsConfigError& e) {
        ASSERT_EQ(e.errors().size(), 2u) << e.what();
        EXPECT_EQ(e.errors()[1].rfind("/statistics/legal_period_days:", 0), 0u) << e.what();
        EXPECT_EQ(e.errors()[0].rfind("/statistics/expected/D1/twenty:", 0), 0u) << e.what();
    }
}

TEST(StatisticsReport, CompletenessIsRegistrationsOverProratedExpectedEvents)
{
    const auto config = StatisticsConfig::fromJson(json::parse(R"({"expected": {
        "D1": {"2026": {"population": 12000, "crude_birth_rate": 30, "crude_death_rate": 10}},
        "D2": {"2026": {"population": 6000, "crude_birth_rate": 20}}}})"));
    const LocationHierarchy t = tree();
    // 12,000 x 30 / 1,000 = 360 a year; a quarter expects 90.
    EXPECT_DOUBLE_EQ(*expectedIn(config, t, "D1", "birth", *Period::parse("2026-Q1")), 90.0);
    // The province sums its districts: 360 + 120.
    EXPECT_DOUBLE_EQ(*expectedIn(config, t, "P1", "birth", *Period::parse("2026")), 480.0);
    EXPECT_FALSE(expectedIn(config, t, "D1", "birth", *Period::parse("2027")));

    Geography geo{t, {{"O1", {"Office One", "D1"}}, {"O2", {"Office Two", "D2"}}}, {}, "P1"};
    StatisticsData data;
    RecordFacts f{true, "birth", "O1", 202602, "male", "", "facility", "on_time"};
    data.vitals.push_back({f, 27});
    f.sex = "female";
    data.vitals.push_back({f, 25});
    f.officeId = "O2";
    data.vitals.push_back({f, 12});
    const json r = buildReport(StatisticsQuery::parse({{"event", "birth"}, {"period", "2026-Q1"}}),
                               config, geo, data);
    ASSERT_EQ(r["rows"].size(), 2u) << r.dump();
    EXPECT_EQ(r["rows"][0]["key"], "D1");
    EXPECT_EQ(r["rows"][0]["registrations"], 52);
    EXPECT_EQ(r["rows"][0]["expected"], 90.0);
    EXPECT_EQ(r["rows"][0]["completeness_percent"], 57.8);   // 52 / 90
    EXPECT_EQ(r["rows"][1]["completeness_percent"], 40.0);   // 12 / 30
    EXPECT_EQ(r["totals"][0]["sex_ratio_at_birth"], 73.0);   // 27 boys per 37 girls
    EXPECT_EQ(r["totals"][0]["completeness_percent"], 53.3); // 64 / 120

    const std::string csv =
        unTableCsv("births-by-month-and-sex", data.vitals, Period::parse("2026-Q1"));
    EXPECT_EQ(csv, "month_of_occurrence,male,female,sex_not_stated,total\r\n"
                   "2026-01,0,0,0,0\r\n2026-02,27,37,0,64\r\n2026-03,0,0,0,0\r\n"
                   "total,27,37,0,64\r\n");
}

TEST(StatisticsReport, PercentilesAreNearestRank)
{
    // Ten registrations: 0,0,1,1,1,2,3,5,8,30 days.
    const std::map<int, std::int64_t> h = {{0, 2}, {1, 3}, {2, 1}, {3, 1}, {5, 1}, {8, 1}, {30, 1}};
    EXPECT_EQ(percentileDays(h, 0.5), 1); // the 5th
    EXPECT_EQ(percentileDays(h, 0.9), 8); // the 9th
    EXPECT_FALSE(percentileDays({}, 0.5));
}
