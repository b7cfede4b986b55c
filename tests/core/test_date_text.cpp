// Dates as clerks type them: never a silent guess between day and month (issue 12: "3/11/2026"
// was stored as 2026-11-03), month names in three languages, Arabic-Indic digits.
#include "core/DateText.h"

#include <gtest/gtest.h>

using namespace vitalis;
using namespace std::chrono;

namespace
{

std::string parsedIso(std::string_view text)
{
    const auto p = parseDate(text);
    return p.date ? isoDate(*p.date) : std::string("problem");
}

} // namespace

TEST(DateText, AnAllNumberDateWithDayAndMonthBothUpTo12IsAmbiguous)
{
    const auto p = parseDate("3/11/2026");
    EXPECT_FALSE(p.date);
    EXPECT_EQ(p.problem, DateProblem::Ambiguous);
    EXPECT_EQ(isoDate(p.dayFirst), "2026-11-03");
    EXPECT_EQ(isoDate(p.monthFirst), "2026-03-11");
    EXPECT_EQ(parseDate("03.11.2026").problem, DateProblem::Ambiguous);
}

TEST(DateText, UnambiguousFormsAreRead)
{
    EXPECT_EQ(parsedIso("2026-11-03"), "2026-11-03");
    EXPECT_EQ(parsedIso("2026/11/3"), "2026-11-03");
    EXPECT_EQ(parsedIso("25/12/2024"), "2024-12-25");
    EXPECT_EQ(parsedIso("12/25/2024"), "2024-12-25");
    EXPECT_EQ(parsedIso("7/7/2020"), "2020-07-07");
    EXPECT_EQ(parsedIso("3 November 2026"), "2026-11-03");
    EXPECT_EQ(parsedIso("3 nov 2026"), "2026-11-03");
    EXPECT_EQ(parsedIso("November 3, 2026"), "2026-11-03");
    EXPECT_EQ(parsedIso("3-Nov-2026"), "2026-11-03");
    EXPECT_EQ(parsedIso("3 novembre 2026"), "2026-11-03");
    EXPECT_EQ(parsedIso("1er août 2026"), "problem"); // "er" is not a month: no guessing
    EXPECT_EQ(parsedIso("14 févr. 2026"), "2026-02-14");
    EXPECT_EQ(parsedIso("14 FEVRIER 2026"), "2026-02-14");
    EXPECT_EQ(parsedIso("3 نوفمبر 2026"), "2026-11-03");
    EXPECT_EQ(parsedIso("2 إبريل 2026"), "2026-04-02"); // alef variants fold
}

TEST(DateText, ArabicIndicAndPersianDigitsAreDigits)
{
    EXPECT_EQ(parsedIso("٣ نوفمبر ٢٠٢٦"), "2026-11-03");
    EXPECT_EQ(parsedIso("٢٠٢٦-١١-٠٣"), "2026-11-03");
    EXPECT_EQ(parsedIso("۲۵/۱۲/۲۰۲۴"), "2024-12-25");
    EXPECT_EQ(latinDigits("سجل ١٢ و ۳"), "سجل 12 و 3");
}

TEST(DateText, ProblemsAreNamed)
{
    EXPECT_EQ(parseDate("  ").problem, DateProblem::Empty);
    EXPECT_EQ(parseDate("3/11/26").problem, DateProblem::TwoDigitYear);
    EXPECT_EQ(parseDate("3 Nov 26").problem, DateProblem::TwoDigitYear);
    EXPECT_EQ(parseDate("31 April 2026").problem, DateProblem::NoSuchDay);
    EXPECT_EQ(parseDate("2026-13-01").problem, DateProblem::NoSuchDay);
    EXPECT_EQ(parseDate("29/02/2025").problem, DateProblem::NoSuchDay);
    EXPECT_EQ(parseDate("31/31/2025").problem, DateProblem::NoSuchDay);
    EXPECT_EQ(parseDate("3 ju 2026").problem, DateProblem::Unreadable);  // too short
    EXPECT_EQ(parseDate("3 jui 2026").problem, DateProblem::Unreadable); // juin or juillet
    EXPECT_EQ(parseDate("yesterday").problem, DateProblem::Unreadable);
    EXPECT_EQ(parseDate("3 Nov").problem, DateProblem::Unreadable);
    EXPECT_EQ(parseDate("3 Nov 2026 4").problem, DateProblem::Unreadable);
}

TEST(DateText, DatesShowDayMonthWordAndFullYearInEachLanguage)
{
    const year_month_day d{year{2026}, November, day{3}};
    EXPECT_EQ(formatDate(d, "en"), "3 November 2026");
    EXPECT_EQ(formatDate(d, "fr"), "3 novembre 2026");
    EXPECT_EQ(formatDate(d, "ar"), "3 نوفمبر 2026");
    EXPECT_EQ(formatDate(d, "sw"), "3 November 2026");
    EXPECT_EQ(formatDateTime(d, 9, 5, "en"), "3 November 2026, 09:05");
    EXPECT_EQ(formatDateTime(d, 14, 30, "ar"), "3 نوفمبر 2026، 14:30");
    for (const char* lang : {"en", "fr", "ar"}) // what is shown reads back as the same day
        EXPECT_EQ(parsedIso(formatDate(d, lang)), "2026-11-03") << lang;
}

TEST(DateText, StoredValuesAreShownAsDatesOnlyWhenTheyAreIsoDates)
{
    EXPECT_EQ(displayStoredDate("2024-02-29", "fr"), "29 février 2024");
    EXPECT_EQ(displayStoredDate("2025-02-29", "en"), "2025-02-29");
    EXPECT_EQ(displayStoredDate("soon", "en"), "soon");
    EXPECT_FALSE(fromIsoDate("2026-1-03"));
}
