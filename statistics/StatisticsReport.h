// Builds the statistics report from the summary counters: registrations by one breakdown with
// expected events and completeness, totals (timeliness, sex, place, sex ratio at birth) and
// office and user performance. The caller passes only counters the asker may see.
#pragma once

#include "core/LocationHierarchy.h"
#include "statistics/RecordFacts.h"
#include "statistics/StatisticsConfig.h"
#include "statistics/StatisticsQuery.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis::statistics
{

// Registrations sharing all their facts.
struct VitalCount {
    RecordFacts facts;
    std::int64_t count = 0;
};

// Workflow steps taken: kind is declared | registered | sent_back, month of the step (yyyymm).
struct ActivityCount {
    std::string eventType, officeId, userId, kind;
    int month = 0;
    std::int64_t count = 0;
};

// Registrations whose declaration -> registration time was `days` whole days.
struct DelayCount {
    std::string eventType, officeId, userId;
    int month = 0; // of the registration
    int days = 0;
    std::int64_t count = 0;
};

struct StatisticsData {
    std::vector<VitalCount> vitals;
    std::vector<ActivityCount> activity;
    std::vector<DelayCount> delays;
};

struct OfficePlace {
    std::string name;
    std::string locationId;
};

struct Geography {
    const LocationHierarchy& locations;
    std::map<std::string, OfficePlace> offices;   // id -> name and location
    std::map<std::string, std::string> userNames; // id -> display name
    std::string scopeLocation;                    // the location the report covers
    std::string language = "en";
};

// Nearest-rank percentile (0 < p <= 1) of a days histogram; nullopt when it is empty.
std::optional<int> percentileDays(const std::map<int, std::int64_t>& histogram, double p);

// Expected events of `event` in `locationId` (every configured location inside it) over
// `period`: a year's figures prorated by the months of that year in the period. nullopt when
// a year of the period has no figures.
std::optional<double> expectedIn(const StatisticsConfig& config, const LocationHierarchy& tree,
                                 const std::string& locationId, const std::string& event,
                                 const Period& period);

nlohmann::json buildReport(const StatisticsQuery& query, const StatisticsConfig& config,
                           const Geography& geo, const StatisticsData& data);

} // namespace vitalis::statistics
