#include "forms/DateMath.h"

#include "core/DateText.h"

#include <cstdlib>

namespace vitalis::forms
{

using namespace std::chrono;

namespace
{
bool digits(std::string_view s)
{
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return !s.empty();
}
int toInt(std::string_view s)
{
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}
// Month-and-day ordering used by both ages and month differences.
bool dayOfYearBefore(year_month_day a, year_month_day b)
{
    if (a.month() != b.month())
        return a.month() < b.month();
    return a.day() < b.day();
}
} // namespace

// The ISO form is the one rule of core/DateText (also used to read and show dates on screens).
std::optional<year_month_day> parseDate(std::string_view text)
{
    return vitalis::fromIsoDate(text);
}

std::string formatDate(year_month_day date)
{
    return vitalis::isoDate(date);
}

bool isValidTime(std::string_view text)
{
    if (text.size() != 5 || text[2] != ':' || !digits(text.substr(0, 2)) ||
        !digits(text.substr(3, 2)))
        return false;
    return toInt(text.substr(0, 2)) < 24 && toInt(text.substr(3, 2)) < 60;
}

std::optional<DateUnit> parseDateUnit(std::string_view name)
{
    if (name == "days" || name == "day")
        return DateUnit::Days;
    if (name == "months" || name == "month")
        return DateUnit::Months;
    if (name == "years" || name == "year")
        return DateUnit::Years;
    return std::nullopt;
}

std::optional<year_month_day> addToDate(year_month_day date, long long amount, DateUnit unit)
{
    // Keep results inside the range parseDate accepts so they round-trip.
    constexpr long long kMaxDays = 9999LL * 366;
    if (amount > kMaxDays || amount < -kMaxDays)
        return std::nullopt;
    year_month_day result;
    if (unit == DateUnit::Days) {
        result = year_month_day{sys_days{date} + days{amount}};
    } else {
        months delta{unit == DateUnit::Years ? amount * 12 : amount};
        year_month ym = year_month{date.year(), date.month()} + delta;
        year_month_day_last last{ym.year(), month_day_last{ym.month()}};
        result = date.day() > last.day() ? year_month_day{last}
                                         : year_month_day{ym.year(), ym.month(), date.day()};
    }
    int y = static_cast<int>(result.year());
    if (!result.ok() || y < 1000 || y > 9999)
        return std::nullopt;
    return result;
}

long long dateDifference(year_month_day from, year_month_day to, DateUnit unit)
{
    if (unit == DateUnit::Days)
        return (sys_days{to} - sys_days{from}).count();
    if (sys_days{to} < sys_days{from})
        return -dateDifference(to, from, unit);
    long long m = (static_cast<int>(to.year()) - static_cast<int>(from.year())) * 12LL +
                  (static_cast<int>(static_cast<unsigned>(to.month())) -
                   static_cast<int>(static_cast<unsigned>(from.month())));
    if (to.day() < from.day())
        --m;
    return unit == DateUnit::Months ? m : m / 12;
}

int ageInYears(year_month_day birth, year_month_day at)
{
    int age = static_cast<int>(at.year()) - static_cast<int>(birth.year());
    if (dayOfYearBefore(at, birth))
        --age;
    return age;
}

} // namespace vitalis::forms
