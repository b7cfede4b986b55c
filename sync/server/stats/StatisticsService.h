// GET /api/v1/statistics: the vital statistics and office performance a user may see — the
// counters of the offices inside their jurisdiction (or a location inside it), for roles with
// the statistics.view scope — as a report, CSV, or a UN standard table.
#pragma once

#include "statistics/StatisticsQuery.h"
#include "sync/server/Directory.h"
#include "sync/server/auth/AuthService.h"
#include "sync/server/db/Db.h"

#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::server
{

class StatisticsService
{
public:
    explicit StatisticsService(DbPool& pool) : pool_(pool) {}

    nlohmann::json report(const AuthContext& auth, const statistics::StatisticsQuery& query);
    std::string unTable(const AuthContext& auth, const std::string& name,
                        const statistics::StatisticsQuery& query);

private:
    DbPool& pool_;
    Directory directory_;
};

} // namespace vitalis::server
