// stats: vital statistics for scripts — from the server when it answers, otherwise (or with
// --offline) from this laptop's own registered records, labelled "as of last sync".
#include "app/cli/CliCommands.h"
#include "app/cli/RecordFormatting.h"
#include "app/cli/SyncSetup.h"
#include "app/common/AccountBinding.h"
#include "statistics/StatisticsCsv.h"
#include "sync/client/LocalStatistics.h"
#include "sync/client/SyncError.h"

#include <QUrl>
#include <cstdio>

namespace vitalis::cli
{
namespace
{

std::map<std::string, std::string> parameters(CliContext& ctx)
{
    std::map<std::string, std::string> p;
    for (const char* name : {"event", "by", "period", "location"})
        if (ctx.flag(QString::fromLatin1(name)))
            p[name] = ctx.option(QString::fromLatin1(name)).toStdString();
    return p;
}

std::string queryString(const std::map<std::string, std::string>& params)
{
    std::string q;
    for (const auto& [k, v] : params)
        q += (q.empty() ? "?" : "&") + k + "=" +
             QUrl::toPercentEncoding(QString::fromStdString(v)).toStdString();
    return q;
}

std::string cell(const nlohmann::json& v)
{
    if (v.is_null())
        return "-";
    if (v.is_number_integer())
        return std::to_string(v.get<std::int64_t>());
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v.get<double>());
    return buf;
}

std::string table(const nlohmann::json& report)
{
    std::string text;
    char line[256];
    std::snprintf(line, sizeof line, "%-7s %-28s %13s %10s %13s\n", "event",
                  report["query"]["by"].get<std::string>().c_str(), "registrations", "expected",
                  "completeness%");
    text += line;
    for (const auto& r : report["rows"]) {
        std::snprintf(
            line, sizeof line, "%-7s %-28s %13s %10s %13s\n", r["event"].get<std::string>().c_str(),
            r["label"].get<std::string>().substr(0, 28).c_str(), cell(r["registrations"]).c_str(),
            cell(r["expected"]).c_str(), cell(r["completeness_percent"]).c_str());
        text += line;
    }
    for (const auto& t : report["totals"])
        text += "total " + t["event"].get<std::string>() + ": " + cell(t["registrations"]) +
                " registered, timeliness " + t["timeliness"].dump() + "\n";
    return text;
}

} // namespace

int stats(CliContext& ctx)
{
    const auto params = parameters(ctx);
    statistics::StatisticsQuery query;
    try {
        query = statistics::StatisticsQuery::parse(params);
    } catch (const statistics::StatisticsQueryError& e) {
        throw UsageError(std::string("stats: ") + e.what());
    }
    nlohmann::json report;
    if (!ctx.flag(QStringLiteral("offline"))) {
        try {
            auto stack = makeSyncStack(ctx);
            report = stack->api->get("/api/v1/statistics" + queryString(params));
            report["source"] = "server";
        } catch (const sync::SyncError& e) {
            if (e.kind() != sync::SyncError::Kind::Network &&
                e.kind() != sync::SyncError::Kind::Server)
                throw; // refused (no statistics scope, bad location): say so, do not guess
            std::fprintf(stderr,
                         "vitalis-cli: the server cannot be reached (%s); showing this "
                         "laptop's records\n",
                         e.what());
        }
    }
    std::string heading;
    if (report.is_null()) {
        ProfileStore& store = ctx.openProfile();
        report = LocalStatistics::report(store, query,
                                         store.settings().get(account::kJurisdictionSetting, ""));
        const std::int64_t asOf = report["as_of"].get<std::int64_t>();
        heading = "this laptop's records, as of last sync " +
                  (asOf ? isoTime(asOf) : std::string("(never synced)")) + "\n";
    } else {
        heading = "server figures\n";
    }
    if (ctx.flag(QStringLiteral("csv"))) {
        std::fputs(statistics::reportCsv(report).c_str(), stdout);
        return 0;
    }
    ctx.emit(report, heading + table(report));
    return 0;
}

} // namespace vitalis::cli
