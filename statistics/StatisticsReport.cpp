#include "statistics/StatisticsReport.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace vitalis::statistics
{

using nlohmann::json;

namespace
{

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

std::string monthText(int yyyymm)
{
    if (yyyymm == 0)
        return kNotStated;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", yyyymm / 100, yyyymm % 100);
    return buf;
}

std::string quarterText(int yyyymm)
{
    if (yyyymm == 0)
        return kNotStated;
    return std::to_string(yyyymm / 100) + "-Q" + std::to_string((yyyymm % 100 - 1) / 3 + 1);
}

// The ancestor (or self) of `locationId` with `type`; "" when there is none.
std::string ancestorOfType(const LocationHierarchy& tree, const std::string& locationId,
                           const std::string& type)
{
    for (const auto& id : tree.pathToRoot(locationId)) {
        const Location* l = tree.find(id);
        if (l && l->type == type)
            return id;
    }
    return {};
}

bool isLocationBreakdown(const std::string& by)
{
    return by == "country" || by == "province" || by == "district";
}

class Grouper
{
public:
    Grouper(const StatisticsQuery& q, const Geography& g) : q_(q), g_(g) {}

    std::string keyOf(const RecordFacts& f) const
    {
        const std::string& by = q_.by;
        if (isLocationBreakdown(by)) {
            const auto o = g_.offices.find(f.officeId);
            const std::string k = o == g_.offices.end()
                                      ? std::string()
                                      : ancestorOfType(g_.locations, o->second.locationId, by);
            return k.empty() ? std::string(kNotStated) : k;
        }
        if (by == "office")
            return f.officeId;
        if (by == "year")
            return f.month == 0 ? std::string(kNotStated) : std::to_string(f.month / 100);
        if (by == "quarter")
            return quarterText(f.month);
        if (by == "month")
            return monthText(f.month);
        if (by == "sex")
            return f.sex;
        if (by == "age_group")
            return f.ageGroup;
        if (by == "place")
            return f.place;
        return f.timeliness;
    }

    // Every group the report lists, with nothing registered too, in report order.
    std::vector<std::string> groups() const
    {
        const std::string& by = q_.by;
        if (isLocationBreakdown(by))
            return locationGroups();
        if (by == "office") {
            std::vector<std::string> out;
            for (const auto& [id, o] : g_.offices)
                if (g_.locations.isInside(o.locationId, g_.scopeLocation))
                    out.push_back(id);
            return out;
        }
        if (by == "month" || by == "quarter" || by == "year") {
            std::vector<std::string> out;
            if (q_.period)
                for (int m : q_.period->months()) {
                    RecordFacts f;
                    f.month = m;
                    const std::string k = keyOf(f);
                    if (out.empty() || out.back() != k)
                        out.push_back(k);
                }
            return out;
        }
        if (by == "sex")
            return {"male", "female", kNotStated};
        if (by == "age_group")
            return ageGroups();
        if (by == "place")
            return {"facility", "home", "other", kNotStated};
        return {"on_time", "within_year", "late", kNotStated};
    }

    std::string label(const std::string& key) const
    {
        if (isLocationBreakdown(q_.by)) {
            const Location* l = g_.locations.find(key);
            return l ? l->name(g_.language) : key;
        }
        if (q_.by == "office") {
            const auto o = g_.offices.find(key);
            return o == g_.offices.end() ? key : o->second.name;
        }
        return key;
    }

    // The period a time group stands for (for its expected events).
    std::optional<Period> periodOf(const std::string& key) const
    {
        if (q_.by != "month" && q_.by != "quarter" && q_.by != "year")
            return std::nullopt;
        return Period::parse(key);
    }

private:
    std::vector<std::string> locationGroups() const
    {
        std::vector<std::string> out;
        std::vector<std::string> stack = {g_.scopeLocation};
        while (!stack.empty()) {
            const std::string id = stack.back();
            stack.pop_back();
            const Location* l = g_.locations.find(id);
            if (l && l->type == q_.by) {
                out.push_back(id);
                continue;
            }
            for (const auto& c : g_.locations.children(id))
                stack.push_back(c);
        }
        if (out.empty()) { // asked for a level above the scope: the scope's ancestor
            const std::string up = ancestorOfType(g_.locations, g_.scopeLocation, q_.by);
            if (!up.empty())
                out.push_back(up);
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    const StatisticsQuery& q_;
    const Geography& g_;
};

// Expected events to one decimal; null when not configured (negative).
json expectedJson(double expected)
{
    return expected >= 0 ? json(round1(expected)) : json(nullptr);
}

json completeness(std::int64_t registrations, double expected)
{
    if (expected <= 0)
        return nullptr;
    return round1(100.0 * static_cast<double>(registrations) / expected);
}

json rowsOf(const StatisticsQuery& q, const StatisticsConfig& config, const Geography& geo,
            const std::vector<const VitalCount*>& vitals)
{
    const Grouper grouper(q, geo);
    json rows = json::array();
    for (const auto& event : q.events()) {
        std::map<std::string, std::int64_t> counts;
        for (const VitalCount* v : vitals)
            if (v->facts.eventType == event)
                counts[grouper.keyOf(v->facts)] += v->count;
        std::vector<std::string> keys = grouper.groups();
        for (const auto& [k, n] : counts)
            if (std::find(keys.begin(), keys.end(), k) == keys.end())
                keys.push_back(k);
        for (const auto& key : keys) {
            const std::int64_t n = counts.count(key) ? counts[key] : 0;
            double expected = -1; // not configured
            // A group above the asker's scope (a district registrar asking by province)
            // expects only the scope's events.
            const std::string where =
                geo.locations.isInside(geo.scopeLocation, key) ? geo.scopeLocation : key;
            if (isLocationBreakdown(q.by) && q.period && key != kNotStated)
                expected = expectedIn(config, geo.locations, where, event, *q.period).value_or(-1);
            else if (const auto p = grouper.periodOf(key))
                expected =
                    expectedIn(config, geo.locations, geo.scopeLocation, event, *p).value_or(-1);
            json row = {{"event", event},
                        {"key", key},
                        {"label", grouper.label(key)},
                        {"registrations", n},
                        {"expected", expectedJson(expected)},
                        {"completeness_percent", completeness(n, expected)}};
            rows.push_back(row);
        }
    }
    return rows;
}

json totalsOf(const StatisticsQuery& q, const StatisticsConfig& config, const Geography& geo,
              const std::vector<const VitalCount*>& vitals)
{
    json totals = json::array();
    for (const auto& event : q.events()) {
        std::int64_t n = 0;
        std::map<std::string, std::int64_t> timeliness = {
            {"on_time", 0}, {"within_year", 0}, {"late", 0}, {kNotStated, 0}};
        std::map<std::string, std::int64_t> sex = {{"male", 0}, {"female", 0}, {kNotStated, 0}};
        std::map<std::string, std::int64_t> place = {
            {"facility", 0}, {"home", 0}, {"other", 0}, {kNotStated, 0}};
        for (const VitalCount* v : vitals) {
            if (v->facts.eventType != event)
                continue;
            n += v->count;
            timeliness[v->facts.timeliness] += v->count;
            sex[v->facts.sex] += v->count;
            place[v->facts.place] += v->count;
        }
        const double expected =
            q.period ? expectedIn(config, geo.locations, geo.scopeLocation, event, *q.period)
                           .value_or(-1)
                     : -1;
        json t = {{"event", event},
                  {"registrations", n},
                  {"expected", expectedJson(expected)},
                  {"completeness_percent", completeness(n, expected)},
                  {"timeliness", timeliness},
                  {"sex", sex},
                  {"place", place}};
        if (event == "birth")
            t["sex_ratio_at_birth"] = sex["female"] > 0
                                          ? json(round1(100.0 * static_cast<double>(sex["male"]) /
                                                        static_cast<double>(sex["female"])))
                                          : json(nullptr);
        totals.push_back(t);
    }
    return totals;
}

struct Performance {
    std::int64_t declarations = 0, registrations = 0, sentBack = 0;
    std::map<int, std::int64_t> delays;

    json toJson(const std::string& idKey, const std::string& id, const std::string& label) const
    {
        const auto median = percentileDays(delays, 0.5);
        const auto p90 = percentileDays(delays, 0.9);
        return {{idKey, id},
                {"label", label},
                {"declarations", declarations},
                {"registrations", registrations},
                {"sent_back", sentBack},
                {"median_days", median ? json(*median) : json(nullptr)},
                {"p90_days", p90 ? json(*p90) : json(nullptr)}};
    }
};

bool wanted(const StatisticsQuery& q, const std::string& event, int month)
{
    return (q.event.empty() || q.event == event) && (!q.period || q.period->contains(month));
}

json performanceOf(const StatisticsQuery& q, const Geography& geo, const StatisticsData& data)
{
    std::map<std::string, Performance> offices, users;
    for (const auto& [id, o] : geo.offices)
        if (geo.locations.isInside(o.locationId, geo.scopeLocation))
            offices[id];
    for (const auto& a : data.activity) {
        if (!wanted(q, a.eventType, a.month))
            continue;
        for (Performance* p : {&offices[a.officeId], &users[a.userId]}) {
            if (a.kind == "declared")
                p->declarations += a.count;
            else if (a.kind == "registered")
                p->registrations += a.count;
            else if (a.kind == "sent_back")
                p->sentBack += a.count;
        }
    }
    for (const auto& d : data.delays) {
        if (!wanted(q, d.eventType, d.month))
            continue;
        offices[d.officeId].delays[d.days] += d.count;
        users[d.userId].delays[d.days] += d.count;
    }
    json out = {{"offices", json::array()}, {"users", json::array()}};
    for (const auto& [id, p] : offices) {
        const auto o = geo.offices.find(id);
        out["offices"].push_back(
            p.toJson("office", id, o == geo.offices.end() ? id : o->second.name));
    }
    for (const auto& [id, p] : users) {
        const auto u = geo.userNames.find(id);
        out["users"].push_back(p.toJson("user", id, u == geo.userNames.end() ? id : u->second));
    }
    return out;
}

} // namespace

std::optional<int> percentileDays(const std::map<int, std::int64_t>& histogram, double p)
{
    std::int64_t total = 0;
    for (const auto& [days, n] : histogram)
        total += n;
    if (total == 0)
        return std::nullopt;
    const auto rank = static_cast<std::int64_t>(std::ceil(p * static_cast<double>(total)));
    std::int64_t seen = 0;
    for (const auto& [days, n] : histogram) {
        seen += n;
        if (seen >= std::max<std::int64_t>(rank, 1))
            return days;
    }
    return histogram.rbegin()->first;
}

std::optional<double> expectedIn(const StatisticsConfig& config, const LocationHierarchy& tree,
                                 const std::string& locationId, const std::string& event,
                                 const Period& period)
{
    std::map<int, int> monthsPerYear;
    for (int m : period.months())
        ++monthsPerYear[m / 100];
    double total = 0;
    for (const auto& [year, months] : monthsPerYear) {
        bool found = false;
        for (const auto& [loc, years] : config.expected) {
            if (!tree.isInside(loc, locationId))
                continue;
            if (const auto e = config.expectedEvents(loc, year, event)) {
                total += *e * months / 12.0;
                found = true;
            }
        }
        if (!found)
            return std::nullopt;
    }
    return total;
}

json buildReport(const StatisticsQuery& q, const StatisticsConfig& config, const Geography& geo,
                 const StatisticsData& data)
{
    std::vector<const VitalCount*> vitals;
    for (const auto& v : data.vitals)
        if (v.facts.counted && wanted(q, v.facts.eventType, v.facts.month))
            vitals.push_back(&v);
    const Location* scope = geo.locations.find(geo.scopeLocation);
    return {{"query",
             {{"event", q.event.empty() ? json(nullptr) : json(q.event)},
              {"by", q.by},
              {"period", q.period ? json(q.period->text) : json(nullptr)},
              {"location", geo.scopeLocation},
              {"location_label", scope ? scope->name(geo.language) : geo.scopeLocation}}},
            {"legal_period_days", config.legalPeriodDays},
            {"rows", rowsOf(q, config, geo, vitals)},
            {"totals", totalsOf(q, config, geo, vitals)},
            {"performance", performanceOf(q, geo, data)}};
}

} // namespace vitalis::statistics
