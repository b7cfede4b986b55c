// Registration numbers as people read them: <OFFICE CODE>-<YEAR>-<sequence of 6+ digits>,
// e.g. "ALD-2026-000457". One formatter and one strict parser for server and device alike.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vitalis
{

struct RegistrationNumber {
    std::string officeCode; // 1-8 characters, no '-'
    int year = 0;           // 4 digits
    std::int64_t sequence = 0;
    bool operator==(const RegistrationNumber&) const = default;
};

namespace registration_number
{

std::string format(const std::string& officeCode, int year, std::int64_t sequence);
inline std::string format(const RegistrationNumber& n)
{
    return format(n.officeCode, n.year, n.sequence);
}
// Only the canonical text is accepted (what format() gives back): a number a device offers
// must name exactly one office, year and sequence.
std::optional<RegistrationNumber> parse(std::string_view text);
// The calendar year (UTC) of a unix time in milliseconds.
int yearOf(std::int64_t unixMillis);

} // namespace registration_number
} // namespace vitalis
