#include "sync/server/stats/StatisticsService.h"

#include "core/Scope.h"
#include "statistics/StatisticsCsv.h"
#include "statistics/StatisticsReport.h"
#include "sync/server/http/ApiError.h"
#include "sync/server/stats/StatisticsStore.h"

namespace vitalis::server
{

using nlohmann::json;
using protocol::ErrorCode;

namespace
{

// The location the answer covers: the one asked for, which must lie inside the caller's
// jurisdiction, or the whole jurisdiction. Roles without statistics.view see nothing.
std::string scopeLocation(const AuthContext& auth, const DirectorySnapshot& dir,
                          const std::string& asked)
{
    const Role* role = dir.roles.find(auth.role);
    if (!role || !role->has(scope::Statistics))
        throw ApiError(ErrorCode::Forbidden,
                       "your role may not read statistics (it needs the statistics.view scope)");
    if (auth.jurisdictionId.empty() || !dir.locations.contains(auth.jurisdictionId))
        throw ApiError(ErrorCode::Forbidden, "your account has no jurisdiction");
    if (asked.empty())
        return auth.jurisdictionId;
    if (!dir.locations.contains(asked) || !dir.locations.isInside(asked, auth.jurisdictionId))
        throw ApiError(ErrorCode::NotFound, "no location " + asked + " in your jurisdiction",
                       json::object(), "?location");
    return asked;
}

} // namespace

json StatisticsService::report(const AuthContext& auth, const statistics::StatisticsQuery& query)
{
    Db& db = pool_.local();
    const auto dir = directory_.current(db);
    statistics::Geography geo{
        dir->locations, {}, {}, scopeLocation(auth, *dir, query.location), query.language};
    std::set<std::string> offices;
    for (const auto& [id, o] : dir->offices)
        if (dir->locations.isInside(o.locationId, geo.scopeLocation)) {
            offices.insert(id);
            geo.offices[id] = {o.name, o.locationId};
        }
    const statistics::StatisticsData data =
        StatisticsStore::read(db, offices, query.event, query.period ? query.period->fromMonth : 0,
                              query.period ? query.period->toMonth : 0);
    std::set<std::string> users;
    for (const auto& a : data.activity)
        users.insert(a.userId);
    for (const auto& [id, name] : Directory::userNames(db, users))
        geo.userNames[id] = name;
    return statistics::buildReport(query, StatisticsStore::config(db), geo, data);
}

std::string StatisticsService::unTable(const AuthContext& auth, const std::string& name,
                                       const statistics::StatisticsQuery& query)
{
    Db& db = pool_.local();
    const auto dir = directory_.current(db);
    const std::string scope = scopeLocation(auth, *dir, query.location);
    std::set<std::string> offices;
    for (const auto& [id, o] : dir->offices)
        if (dir->locations.isInside(o.locationId, scope))
            offices.insert(id);
    const bool births = name == "births-by-month-and-sex";
    const auto data = StatisticsStore::read(db, offices, births ? "birth" : "death",
                                            query.period ? query.period->fromMonth : 0,
                                            query.period ? query.period->toMonth : 0);
    return statistics::unTableCsv(name, data.vitals, query.period);
}

} // namespace vitalis::server
