// Dates as people type and read them: typed text is read without ever guessing between day
// and month, and dates are shown as "3 November 2026" in the user's language, Latin digits.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace vitalis
{

enum class DateProblem {
    None,
    Empty,
    Ambiguous,    // 3/11/2026: 3 November or 11 March
    TwoDigitYear, // 3/11/26: which century
    NoSuchDay,    // 31 April 2026
    Unreadable,
};

struct DateParse {
    std::optional<std::chrono::year_month_day> date;
    DateProblem problem = DateProblem::None;
    // For Ambiguous: day-first and month-first readings, in that order.
    std::chrono::year_month_day dayFirst{}, monthFirst{};
};

// Accepts year-month-day (2026-11-03), a day, a month name or its first 3+ letters (English,
// French or Arabic) and a 4-digit year in any order of day and month ("3 Nov 2026",
// "November 3, 2026"), and all-number dates whose day is over 12 or equals the month.
// Arabic-Indic (U+0660..0669) and Persian (U+06F0..06F9) digits count as digits.
DateParse parseDate(std::string_view text);

// "3 November 2026" (en), "3 novembre 2026" (fr), "3 نوفمبر 2026" (ar); other languages: en.
std::string formatDate(std::chrono::year_month_day date, std::string_view language);
// The same date followed by the time of day: "3 November 2026, 14:05".
std::string formatDateTime(std::chrono::year_month_day date, int hour, int minute,
                           std::string_view language);
// "2026-11-03", the form of dates in records.
std::string isoDate(std::chrono::year_month_day date);
// Only the exact form YYYY-MM-DD of a real day.
std::optional<std::chrono::year_month_day> fromIsoDate(std::string_view text);
// A stored value as people read it: formatDate for ISO dates, anything else unchanged.
std::string displayStoredDate(std::string_view stored, std::string_view language);
// Arabic-Indic and Persian digits replaced by 0-9; everything else unchanged.
std::string latinDigits(std::string_view utf8);

} // namespace vitalis
