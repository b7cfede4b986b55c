#include "statistics/StatisticsCsv.h"

#include <set>

namespace vitalis::statistics
{

using nlohmann::json;

namespace
{

std::string numberText(const json& v)
{
    if (v.is_null())
        return {};
    if (v.is_number_integer())
        return std::to_string(v.get<std::int64_t>());
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f", v.get<double>());
    return buf;
}

struct BySex {
    std::int64_t male = 0, female = 0, notStated = 0;
    void add(const std::string& sex, std::int64_t n)
    {
        (sex == "male" ? male : sex == "female" ? female : notStated) += n;
    }
    std::string line(const std::string& key) const
    {
        return csvField(key) + "," + std::to_string(male) + "," + std::to_string(female) + "," +
               std::to_string(notStated) + "," + std::to_string(male + female + notStated) + "\r\n";
    }
};

std::string monthKey(int yyyymm)
{
    if (yyyymm == 0)
        return kNotStated;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", yyyymm / 100, yyyymm % 100);
    return buf;
}

} // namespace

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string reportCsv(const json& report)
{
    std::string out = "event,by,key,label,registrations,expected,completeness_percent\r\n";
    const std::string by = report["query"]["by"].get<std::string>();
    for (const auto& r : report["rows"])
        out += csvField(r["event"].get<std::string>()) + "," + by + "," +
               csvField(r["key"].get<std::string>()) + "," +
               csvField(r["label"].get<std::string>()) + "," + numberText(r["registrations"]) +
               "," + numberText(r["expected"]) + "," + numberText(r["completeness_percent"]) +
               "\r\n";
    return out;
}

const std::vector<std::string>& unTables()
{
    static const std::vector<std::string> names = {"births-by-month-and-sex",
                                                   "deaths-by-age-and-sex"};
    return names;
}

std::string unTableCsv(const std::string& name, const std::vector<VitalCount>& vitals,
                       const std::optional<Period>& period)
{
    const bool births = name == "births-by-month-and-sex";
    if (!births && name != "deaths-by-age-and-sex")
        throw StatisticsQueryError("/table", "unknown table " + name +
                                                 " (births-by-month-and-sex, "
                                                 "deaths-by-age-and-sex)");
    std::map<std::string, BySex> rows;
    BySex total;
    for (const auto& v : vitals) {
        if (!v.facts.counted || v.facts.eventType != (births ? "birth" : "death") ||
            (period && !period->contains(v.facts.month)))
            continue;
        rows[births ? monthKey(v.facts.month) : v.facts.ageGroup].add(v.facts.sex, v.count);
        total.add(v.facts.sex, v.count);
    }
    std::vector<std::string> keys;
    if (births) {
        if (period)
            for (int m : period->months())
                keys.push_back(monthKey(m));
        for (const auto& [k, r] : rows)
            if (!period || k == kNotStated)
                keys.push_back(k);
    } else {
        keys = ageGroups();
    }
    std::string out = births ? "month_of_occurrence,male,female,sex_not_stated,total\r\n"
                             : "age_group,male,female,sex_not_stated,total\r\n";
    std::set<std::string> seen;
    for (const auto& k : keys) {
        if (!seen.insert(k).second)
            continue;
        out += rows[k].line(k);
    }
    return out + total.line("total");
}

} // namespace vitalis::statistics
