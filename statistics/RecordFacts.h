// What one record contributes to the vital statistics: whether it counts as a registration
// and, if so, under which month, office, sex, age group, place and timeliness band.
#pragma once

#include "core/Record.h"
#include "statistics/StatisticsConfig.h"

#include <cstdint>
#include <string>

namespace vitalis::statistics
{

inline constexpr const char* kNotStated = "not_stated";

struct RecordFacts {
    bool counted = false; // registered or certified; archived and unregistered records are not
    std::string eventType;
    std::string officeId;
    int month = 0;          // yyyymm of the date of the event; 0 when not stated
    std::string sex;        // male | female | not_stated
    std::string ageGroup;   // deaths: under_1, 1-4, 5-9, ..., 80-84, 85+, not_stated; births ""
    std::string place;      // facility | home | other | not_stated
    std::string timeliness; // on_time | within_year | late | not_stated

    bool operator==(const RecordFacts&) const = default;
};

// `registeredAtMillis` is the server time the record was first registered (0 = never).
RecordFacts factsOf(const Record& record, std::int64_t registeredAtMillis,
                    const StatisticsConfig& config);

// Whole days from the date of the event to the (UTC) registration day; nullopt when either
// is unknown.
std::optional<int> registrationDelayDays(const std::string& eventDate,
                                         std::int64_t registeredAtMillis);
// The timeliness band of a delay: on_time up to the legal period, within_year up to 365 days.
std::string timelinessBand(std::optional<int> delayDays, int legalPeriodDays);
// The UN five-year age group of an age in completed years.
std::string ageGroupOf(std::optional<int> years);
// The age groups in report order (not_stated last).
const std::vector<std::string>& ageGroups();

// yyyymm of a YYYY-MM-DD date, 0 when it is not a date.
int monthOf(const std::string& isoDate);

} // namespace vitalis::statistics
