// Vital statistics from the laptop's own records, for when the server cannot be reached: the
// same report as GET /api/v1/statistics, over the registered records the profile holds, with
// the time of the last sync so screens can say "as of last sync".
#pragma once

#include "core/store/ProfileStore.h"
#include "statistics/StatisticsQuery.h"

#include <nlohmann/json.hpp>

namespace vitalis
{

class LocalStatistics
{
public:
    // {"locations": [...], "offices": [...]} of the server's reference data.
    static constexpr const char* kReferenceSetting = "statistics.reference";

    // Keeps the locations and offices of a /api/v1/reference answer (when it has them).
    static void rememberReference(SettingsRepository& settings, const nlohmann::json& reference);

    // The report (statistics::buildReport's shape) plus "source": "laptop" and "as_of" (unix
    // ms of the last successful sync, 0 = never). Timeliness uses the record's last change on
    // this laptop as its registration time: the server's registration time is not kept here.
    static nlohmann::json report(ProfileStore& store, const statistics::StatisticsQuery& query,
                                 const std::string& jurisdiction = {});
};

} // namespace vitalis
