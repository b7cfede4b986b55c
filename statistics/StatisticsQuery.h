// What a statistics request asks for: the event, the breakdown, the period and the location,
// read from query parameters with an error naming the parameter for anything else.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace vitalis::statistics
{

class StatisticsQueryError : public std::runtime_error
{
public:
    StatisticsQueryError(std::string parameter, const std::string& message)
        : std::runtime_error(message), parameter_(std::move(parameter))
    {
    }
    const std::string& parameter() const { return parameter_; }

private:
    std::string parameter_;
};

// Inclusive range of months, as yyyymm.
struct Period {
    int fromMonth = 0;
    int toMonth = 0;
    std::string text; // as asked: 2026, 2026-Q2, 2026-03, 2025..2026

    bool contains(int yyyymm) const { return yyyymm >= fromMonth && yyyymm <= toMonth; }
    std::vector<int> months() const;
    // "2026", "2026-Q2", "2026-03" or "2025..2026"; nullopt when the text is none of these.
    static std::optional<Period> parse(const std::string& text);
};

// The breakdowns a report offers.
const std::vector<std::string>& breakdowns();

struct StatisticsQuery {
    std::string event;           // birth | death | "" (both)
    std::string by = "district"; // one of breakdowns()
    std::optional<Period> period;
    std::string location;        // a location id inside the caller's jurisdiction; "" = all of it
    std::string language = "en"; // of the location names
    bool csv = false;            // format=csv

    static StatisticsQuery parse(const std::map<std::string, std::string>& params);
    std::vector<std::string> events() const; // the events the report covers
};

} // namespace vitalis::statistics
