#include "sync/server/stats/StatisticsRoutes.h"

#include "statistics/StatisticsCsv.h"
#include "sync/server/http/ApiError.h"
#include "sync/server/stats/StatisticsService.h"

#include <memory>

namespace vitalis::server
{

namespace
{

statistics::StatisticsQuery queryOf(const ApiRequest& req)
{
    std::map<std::string, std::string> params;
    for (const auto& [k, v] : req.query.queryItems(QUrl::FullyDecoded))
        params[k.toStdString()] = v.toStdString();
    try {
        return statistics::StatisticsQuery::parse(params);
    } catch (const statistics::StatisticsQueryError& e) {
        throw ApiError(protocol::ErrorCode::InvalidRequest, e.what(), nlohmann::json::object(),
                       e.parameter());
    }
}

ApiResponse csv(const std::string& text, const std::string& fileName)
{
    ApiResponse r = ApiResponse::text(200, QByteArray::fromStdString(text),
                                      QByteArrayLiteral("text/csv; charset=utf-8"));
    r.headers.append(
        qMakePair(QByteArrayLiteral("Content-Disposition"),
                  QByteArray::fromStdString("attachment; filename=\"" + fileName + "\"")));
    return r;
}

} // namespace

void registerStatisticsRoutes(Router& router, Services& s)
{
    // Shared by the handlers, which live as long as the router.
    auto service = std::make_shared<StatisticsService>(s.pool);
    router.add("GET", QStringLiteral("/api/v1/statistics"), [&s, service](const ApiRequest& req) {
        const AuthContext a = authenticated(s, req);
        const statistics::StatisticsQuery q = queryOf(req);
        const nlohmann::json report = service->report(a, q);
        if (q.csv)
            return csv(statistics::reportCsv(report), "statistics-by-" + q.by + ".csv");
        return ApiResponse::json(200, report);
    });
    router.add("GET", QStringLiteral("/api/v1/statistics/tables/{name}"),
               [&s, service](const ApiRequest& req) {
                   const AuthContext a = authenticated(s, req);
                   const std::string name = req.pathParams[0].toStdString();
                   try {
                       return csv(service->unTable(a, name, queryOf(req)), name + ".csv");
                   } catch (const statistics::StatisticsQueryError& e) {
                       throw ApiError(protocol::ErrorCode::NotFound, e.what(),
                                      nlohmann::json::object(), e.parameter());
                   }
               });
}

} // namespace vitalis::server
