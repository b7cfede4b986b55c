// The country's statistics settings: the legal registration period, the expected events
// (population and crude rates per location and year) and which form fields carry the facts.
#pragma once

#include "core/ProblemListError.h"

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace vitalis::statistics
{

class StatisticsConfigError : public ProblemListError
{
public:
    explicit StatisticsConfigError(std::vector<std::string> errors)
        : ProblemListError("invalid statistics configuration:", std::move(errors))
    {
    }
};

// Population and crude rates (events per 1,000 people per year) of one location in one year.
struct ExpectedFigures {
    std::int64_t population = 0;
    double crudeBirthRate = 0;
    double crudeDeathRate = 0;
};

// Field ids, tried in order, that carry each fact of one event's records.
struct EventFields {
    std::vector<std::string> date;      // date of the event (YYYY-MM-DD)
    std::vector<std::string> sex;       // male | female
    std::vector<std::string> place;     // place of event type
    std::vector<std::string> birthDate; // deaths: the deceased's date of birth
    std::vector<std::string> age;       // deaths: age in years when no birth date is given
};

struct StatisticsConfig {
    int legalPeriodDays = 30;
    std::map<std::string, std::map<int, ExpectedFigures>> expected; // location -> year -> figures
    std::map<std::string, EventFields> fields;                      // event type -> fields

    // Defaults cover the shipped birth and death forms; `json` (the seed's "statistics"
    // section) overrides them. Problems are reported with their JSON path under `root`.
    static StatisticsConfig fromJson(const nlohmann::json& json,
                                     const std::string& root = "/statistics");
    static StatisticsConfig defaults();
    const EventFields* fieldsOf(const std::string& eventType) const;
    // Expected events of `eventType` ("birth" or "death") in one location and year, or nullopt
    // when the location has no figures for that year.
    std::optional<double> expectedEvents(const std::string& locationId, int year,
                                         const std::string& eventType) const;
};

} // namespace vitalis::statistics
