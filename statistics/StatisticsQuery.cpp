#include "statistics/StatisticsQuery.h"

#include <algorithm>

namespace vitalis::statistics
{

namespace
{

std::optional<int> number(const std::string& text, std::size_t from, std::size_t length)
{
    if (from + length > text.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = from; i < from + length; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

std::optional<Period> single(const std::string& t)
{
    const auto year = number(t, 0, 4);
    if (!year || *year < 1900 || *year > 2200)
        return std::nullopt;
    if (t.size() == 4)
        return Period{*year * 100 + 1, *year * 100 + 12, t};
    if (t.size() == 7 && t[4] == '-' && (t[5] == 'Q' || t[5] == 'q')) {
        const auto q = number(t, 6, 1);
        if (!q || *q < 1 || *q > 4)
            return std::nullopt;
        return Period{*year * 100 + (*q - 1) * 3 + 1, *year * 100 + *q * 3, t};
    }
    if (t.size() == 7 && t[4] == '-') {
        const auto m = number(t, 5, 2);
        if (!m || *m < 1 || *m > 12)
            return std::nullopt;
        return Period{*year * 100 + *m, *year * 100 + *m, t};
    }
    return std::nullopt;
}

} // namespace

std::vector<int> Period::months() const
{
    std::vector<int> out;
    for (int m = fromMonth; m <= toMonth; m = (m % 100 == 12) ? (m / 100 + 1) * 100 + 1 : m + 1)
        out.push_back(m);
    return out;
}

std::optional<Period> Period::parse(const std::string& text)
{
    const auto dots = text.find("..");
    if (dots == std::string::npos)
        return single(text);
    const auto from = single(text.substr(0, dots));
    const auto to = single(text.substr(dots + 2));
    if (!from || !to || from->fromMonth > to->toMonth)
        return std::nullopt;
    return Period{from->fromMonth, to->toMonth, text};
}

const std::vector<std::string>& breakdowns()
{
    static const std::vector<std::string> list = {"country",   "province", "district",  "office",
                                                  "year",      "quarter",  "month",     "sex",
                                                  "age_group", "place",    "timeliness"};
    return list;
}

StatisticsQuery StatisticsQuery::parse(const std::map<std::string, std::string>& params)
{
    StatisticsQuery q;
    for (const auto& [name, value] : params) {
        if (name == "event") {
            if (value != "birth" && value != "death" && !value.empty())
                throw StatisticsQueryError("?event", "event must be birth or death");
            q.event = value;
        } else if (name == "by") {
            const auto& b = breakdowns();
            if (std::find(b.begin(), b.end(), value) == b.end()) {
                std::string names;
                for (const auto& n : b)
                    names += (names.empty() ? "" : ", ") + n;
                throw StatisticsQueryError("?by", "by must be one of " + names);
            }
            q.by = value;
        } else if (name == "period") {
            q.period = Period::parse(value);
            if (!q.period)
                throw StatisticsQueryError(
                    "?period", "period must be a year (2026), a quarter (2026-Q2), a month "
                               "(2026-03) or a range (2025..2026)");
        } else if (name == "location") {
            q.location = value;
        } else if (name == "lang") {
            q.language = value.empty() ? "en" : value;
        } else if (name == "format") {
            if (value != "json" && value != "csv")
                throw StatisticsQueryError("?format", "format must be json or csv");
            q.csv = value == "csv";
        } else {
            throw StatisticsQueryError("?" + name,
                                       "unknown parameter " + name +
                                           " (event, by, period, location, format, lang)");
        }
    }
    if (q.by == "age_group" && q.event == "birth")
        throw StatisticsQueryError("?by", "age groups are given for deaths only");
    return q;
}

std::vector<std::string> StatisticsQuery::events() const
{
    if (!event.empty())
        return {event};
    return {"birth", "death"};
}

} // namespace vitalis::statistics
