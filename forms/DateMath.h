// Calendar arithmetic for form conditions and rules: ISO dates, ages, offsets.
// std::chrono calendar types only; "today" is always passed in, never read here.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace vitalis::forms
{

enum class DateUnit { Days, Months, Years };

// Strict "YYYY-MM-DD" (years 1000-9999, a real calendar day); nullopt otherwise.
std::optional<std::chrono::year_month_day> parseDate(std::string_view text);
std::string formatDate(std::chrono::year_month_day date);
// Strict 24-hour "HH:MM".
bool isValidTime(std::string_view text);
std::optional<DateUnit> parseDateUnit(std::string_view name); // "days", "months", "years"

// Months and years are added on the calendar; a day that does not exist in the
// target month is clamped to its last day (2024-02-29 + 1 year = 2025-02-28).
std::optional<std::chrono::year_month_day> addToDate(std::chrono::year_month_day date,
                                                     long long amount, DateUnit unit);
// Whole units elapsed from `from` to `to`; negative when `to` is earlier.
long long dateDifference(std::chrono::year_month_day from, std::chrono::year_month_day to,
                         DateUnit unit);
// Completed years. Someone born on 29 February gains a year on 1 March in common years.
int ageInYears(std::chrono::year_month_day birth, std::chrono::year_month_day at);

} // namespace vitalis::forms
