#include "core/RegistrationNumber.h"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace vitalis::registration_number
{

namespace
{
constexpr std::size_t kMaxCode = 8;
constexpr std::int64_t kMaxSequence = 999'999'999'999LL;

bool allDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}
} // namespace

std::string format(const std::string& officeCode, int year, std::int64_t sequence)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "-%04d-%06lld", year, static_cast<long long>(sequence));
    return officeCode + buf;
}

std::optional<RegistrationNumber> parse(std::string_view text)
{
    const auto seqDash = text.rfind('-');
    if (seqDash == std::string_view::npos || seqDash < 6)
        return std::nullopt;
    const auto yearDash = text.rfind('-', seqDash - 1);
    if (yearDash == std::string_view::npos || yearDash == 0)
        return std::nullopt;
    const std::string_view code = text.substr(0, yearDash);
    const std::string_view year = text.substr(yearDash + 1, seqDash - yearDash - 1);
    const std::string_view seq = text.substr(seqDash + 1);
    if (code.size() > kMaxCode || code.find('-') != std::string_view::npos)
        return std::nullopt;
    if (year.size() != 4 || !allDigits(year) || seq.size() < 6 || seq.size() > 12 ||
        !allDigits(seq))
        return std::nullopt;
    RegistrationNumber n;
    n.officeCode = std::string(code);
    std::from_chars(year.data(), year.data() + year.size(), n.year);
    std::from_chars(seq.data(), seq.data() + seq.size(), n.sequence);
    if (n.sequence < 1 || n.sequence > kMaxSequence || format(n) != text)
        return std::nullopt; // leading zeros beyond six digits, sequence 0
    return n;
}

int yearOf(std::int64_t unixMillis)
{
    using namespace std::chrono;
    const sys_days day = floor<days>(sys_time<milliseconds>(milliseconds(unixMillis)));
    return static_cast<int>(year_month_day(day).year());
}

} // namespace vitalis::registration_number
