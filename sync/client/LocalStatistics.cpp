#include "sync/client/LocalStatistics.h"

#include "core/LocationHierarchy.h"
#include "core/store/NumberPoolRepository.h"
#include "statistics/StatisticsReport.h"

#include <algorithm>

namespace vitalis
{

using nlohmann::json;

namespace
{

constexpr const char* kDesktopLastSync = "desktop.last_sync_ok";
constexpr const char* kLocalRoot = "local";

// The server's locations and offices, or (never synced with them) one root holding every
// office the records name.
LocationHierarchy treeOf(const json& ref, const std::vector<Record>& records,
                         std::map<std::string, statistics::OfficePlace>& offices)
{
    if (ref.is_object() && ref.contains("locations")) {
        try {
            LocationHierarchy tree = LocationHierarchy::fromJson(ref);
            for (const auto& o : ref.value("offices", json::array()))
                offices[o.value("id", std::string())] = {o.value("name", std::string()),
                                                         o.value("location", std::string())};
            return tree;
        } catch (const std::exception&) {
            offices.clear(); // damaged cache: fall back to the flat list
        }
    }
    std::vector<Location> flat = {{kLocalRoot, {}, "country", {{"en", "This laptop"}}}};
    for (const auto& r : records)
        if (!offices.count(r.officeId)) {
            offices[r.officeId] = {r.officeId, r.officeId};
            flat.push_back({r.officeId, kLocalRoot, "office", {{"en", r.officeId}}});
        }
    return LocationHierarchy::build(std::move(flat));
}

// The server's statistics configuration as last synced (expected events, legal period), else
// the defaults (no expected events: completeness "not known").
statistics::StatisticsConfig configOf(const json& ref)
{
    if (ref.is_object() && ref.contains("statistics"))
        try {
            return statistics::StatisticsConfig::fromJson(ref["statistics"]);
        } catch (const std::exception&) { // a damaged cache: the figures still count
        }
    return statistics::StatisticsConfig::defaults();
}

std::vector<Record> registeredRecords(RecordRepository& records)
{
    std::vector<Record> out;
    WorkqueueQuery q;
    q.statuses = {RecordStatus::Registered, RecordStatus::Certified};
    q.pageSize = 500;
    for (;;) {
        WorkqueuePage page = records.workqueue(q);
        out.insert(out.end(), page.records.begin(), page.records.end());
        if (!page.next || page.records.empty())
            return out;
        q.after = page.next;
    }
}

} // namespace

void LocalStatistics::rememberReference(SettingsRepository& settings, const json& reference)
{
    if (!reference.is_object() || !reference.contains("locations") ||
        !reference.contains("offices"))
        return;
    json kept{{"locations", reference["locations"]}, {"offices", reference["offices"]}};
    if (reference.contains("statistics")) // expected events: completeness offline too
        kept["statistics"] = reference["statistics"];
    settings.set(kReferenceSetting, kept.dump());
}

json LocalStatistics::report(ProfileStore& store, const statistics::StatisticsQuery& query,
                             const std::string& jurisdiction)
{
    const std::vector<Record> records = registeredRecords(store.records());
    const auto refText = store.settings().get(kReferenceSetting);
    const json ref = refText ? json::parse(*refText, nullptr, false) : json();
    std::map<std::string, statistics::OfficePlace> offices;
    const LocationHierarchy tree = treeOf(ref, records, offices);
    std::string scope = jurisdiction;
    if (scope.empty() || !tree.contains(scope)) { // the root of the tree
        scope = records.empty() || !offices.count(records.front().officeId)
                    ? std::string(kLocalRoot)
                    : tree.pathToRoot(offices[records.front().officeId].locationId).back();
        if (!tree.contains(scope))
            scope = tree.contains(kLocalRoot) ? std::string(kLocalRoot) : std::string();
    }
    // A district asked for narrows the scope, as the server does; one outside it is ignored.
    if (!query.location.empty() && tree.contains(query.location) &&
        (scope.empty() || tree.isInside(query.location, scope)))
        scope = query.location;
    statistics::Geography geo{tree, offices, {}, scope, query.language};
    statistics::StatisticsData data;
    const auto config = configOf(ref);
    for (const auto& r : records) {
        // The server reads only its scope's counters; the laptop counts only the scope's offices.
        const auto office = offices.find(r.officeId);
        if (office != offices.end() && !tree.isInside(office->second.locationId, scope))
            continue;
        data.vitals.push_back({statistics::factsOf(r, r.updatedAt, config), 1});
    }
    json report = statistics::buildReport(query, config, geo, data);
    report["source"] = "laptop";
    report["as_of"] = std::max(store.settings().getInt(kDesktopLastSync, 0),
                               store.settings().getInt(NumberPoolRepository::kLastSyncSetting, 0));
    report.erase("performance"); // the laptop does not see the steps of the whole office
    return report;
}

} // namespace vitalis
