// Calendar arithmetic used by the date operators and rules, around leap days and month ends.
#include "forms/DateMath.h"

#include <gtest/gtest.h>

using namespace vitalis::forms;
using namespace std::chrono;

namespace
{
year_month_day d(const char* s)
{
    auto r = parseDate(s);
    EXPECT_TRUE(r.has_value()) << s;
    return r.value_or(year_month_day{});
}
} // namespace

TEST(DateMath, ParsesOnlyRealCalendarDays)
{
    EXPECT_TRUE(parseDate("2024-02-29"));
    EXPECT_FALSE(parseDate("2023-02-29")); // not a leap year
    EXPECT_FALSE(parseDate("1900-02-29")); // century, not divisible by 400
    EXPECT_TRUE(parseDate("2000-02-29"));
    EXPECT_FALSE(parseDate("2024-13-01"));
    EXPECT_FALSE(parseDate("2024-04-31"));
    EXPECT_FALSE(parseDate("2024-4-01"));
    EXPECT_FALSE(parseDate("24-04-01"));
    EXPECT_FALSE(parseDate("2024-04-01T00:00"));
    EXPECT_FALSE(parseDate("0999-01-01"));
    EXPECT_FALSE(parseDate(""));
    EXPECT_EQ(formatDate(d("2024-02-29")), "2024-02-29");
}

TEST(DateMath, ValidatesTimes)
{
    EXPECT_TRUE(isValidTime("00:00"));
    EXPECT_TRUE(isValidTime("23:59"));
    EXPECT_FALSE(isValidTime("24:00"));
    EXPECT_FALSE(isValidTime("12:60"));
    EXPECT_FALSE(isValidTime("7:30"));
    EXPECT_FALSE(isValidTime("07:30:00"));
}

TEST(DateMath, AddsDaysAcrossLeapDay)
{
    EXPECT_EQ(formatDate(*addToDate(d("2024-02-28"), 1, DateUnit::Days)), "2024-02-29");
    EXPECT_EQ(formatDate(*addToDate(d("2024-02-28"), 2, DateUnit::Days)), "2024-03-01");
    EXPECT_EQ(formatDate(*addToDate(d("2023-02-28"), 1, DateUnit::Days)), "2023-03-01");
    EXPECT_EQ(formatDate(*addToDate(d("2024-03-01"), -1, DateUnit::Days)), "2024-02-29");
    EXPECT_EQ(formatDate(*addToDate(d("2024-01-01"), 366, DateUnit::Days)), "2025-01-01");
}

TEST(DateMath, AddingMonthsAndYearsClampsToMonthEnd)
{
    EXPECT_EQ(formatDate(*addToDate(d("2024-02-29"), 1, DateUnit::Years)), "2025-02-28");
    EXPECT_EQ(formatDate(*addToDate(d("2024-02-29"), 4, DateUnit::Years)), "2028-02-29");
    EXPECT_EQ(formatDate(*addToDate(d("2024-01-31"), 1, DateUnit::Months)), "2024-02-29");
    EXPECT_EQ(formatDate(*addToDate(d("2023-01-31"), 1, DateUnit::Months)), "2023-02-28");
    EXPECT_EQ(formatDate(*addToDate(d("2024-03-31"), -1, DateUnit::Months)), "2024-02-29");
    EXPECT_EQ(formatDate(*addToDate(d("2024-12-15"), 1, DateUnit::Months)), "2025-01-15");
    EXPECT_FALSE(addToDate(d("9999-12-31"), 1, DateUnit::Days)); // out of range, not garbage
}

TEST(DateMath, DifferencesCountWholeUnits)
{
    EXPECT_EQ(dateDifference(d("2024-02-28"), d("2024-03-01"), DateUnit::Days), 2);
    EXPECT_EQ(dateDifference(d("2023-02-28"), d("2023-03-01"), DateUnit::Days), 1);
    EXPECT_EQ(dateDifference(d("2024-03-01"), d("2024-02-28"), DateUnit::Days), -2);
    EXPECT_EQ(dateDifference(d("2024-01-31"), d("2024-02-29"), DateUnit::Months), 0);
    EXPECT_EQ(dateDifference(d("2024-01-15"), d("2024-02-15"), DateUnit::Months), 1);
    EXPECT_EQ(dateDifference(d("2020-06-01"), d("2024-05-31"), DateUnit::Years), 3);
    EXPECT_EQ(dateDifference(d("2020-06-01"), d("2024-06-01"), DateUnit::Years), 4);
    EXPECT_EQ(dateDifference(d("2024-06-01"), d("2020-06-01"), DateUnit::Years), -4);
}

TEST(DateMath, LeapDayBirthdaysCountFromFirstOfMarch)
{
    EXPECT_EQ(ageInYears(d("2020-02-29"), d("2021-02-28")), 0);
    EXPECT_EQ(ageInYears(d("2020-02-29"), d("2021-03-01")), 1);
    EXPECT_EQ(ageInYears(d("2020-02-29"), d("2024-02-28")), 3);
    EXPECT_EQ(ageInYears(d("2020-02-29"), d("2024-02-29")), 4);
    EXPECT_EQ(ageInYears(d("1990-05-01"), d("2024-04-30")), 33);
    EXPECT_EQ(ageInYears(d("1990-05-01"), d("2024-05-01")), 34);
    EXPECT_EQ(ageInYears(d("2024-05-01"), d("2024-05-01")), 0);
}
