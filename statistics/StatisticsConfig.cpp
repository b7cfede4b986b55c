#include "statistics/StatisticsConfig.h"

#include "core/JsonPointer.h"

namespace vitalis::statistics
{

using nlohmann::json;

namespace
{

std::vector<std::string> fieldList(const json& j, const std::string& path,
                                   std::vector<std::string>& errors)
{
    std::vector<std::string> out;
    if (j.is_string()) {
        out.push_back(j.get<std::string>());
        return out;
    }
    if (!j.is_array()) {
        errors.push_back(path + ": expected a field id or a list of field ids");
        return out;
    }
    for (std::size_t i = 0; i < j.size(); ++i) {
        if (j[i].is_string())
            out.push_back(j[i].get<std::string>());
        else
            errors.push_back(path + "/" + std::to_string(i) + ": expected a field id");
    }
    return out;
}

void readFields(const json& j, const std::string& path, StatisticsConfig& c,
                std::vector<std::string>& errors)
{
    if (!j.is_object()) {
        errors.push_back(path + ": expected an object keyed by event type");
        return;
    }
    for (const auto& [event, spec] : j.items()) {
        const std::string p = path + jsonPointerSegment(event);
        if (!spec.is_object()) {
            errors.push_back(p + ": expected an object of fact -> field ids");
            continue;
        }
        EventFields& f = c.fields[event];
        const std::pair<const char*, std::vector<std::string>*> facts[] = {
            {"date", &f.date},
            {"sex", &f.sex},
            {"place", &f.place},
            {"birth_date", &f.birthDate},
            {"age", &f.age}};
        for (const auto& [name, list] : spec.items()) {
            bool known = false;
            for (const auto& [fact, target] : facts)
                if (name == fact) {
                    *target = fieldList(list, p + jsonPointerSegment(name), errors);
                    known = true;
                }
            if (!known)
                errors.push_back(p + jsonPointerSegment(name) +
                                 ": unknown fact (date, sex, place, birth_date, age)");
        }
    }
}

double rate(const json& j, const char* key, const std::string& path,
            std::vector<std::string>& errors)
{
    if (!j.contains(key))
        return 0;
    if (!j[key].is_number() || j[key].get<double>() < 0 || j[key].get<double>() > 1000) {
        errors.push_back(path + "/" + key + ": expected a rate per 1,000 people, 0 to 1000");
        return 0;
    }
    return j[key].get<double>();
}

void readExpected(const json& j, const std::string& path, StatisticsConfig& c,
                  std::vector<std::string>& errors)
{
    if (!j.is_object()) {
        errors.push_back(path + ": expected an object keyed by location id");
        return;
    }
    for (const auto& [location, years] : j.items()) {
        const std::string lp = path + jsonPointerSegment(location);
        if (!years.is_object()) {
            errors.push_back(lp + ": expected an object keyed by year");
            continue;
        }
        for (const auto& [yearText, figures] : years.items()) {
            const std::string yp = lp + jsonPointerSegment(yearText);
            int year = 0;
            try {
                year = std::stoi(yearText);
            } catch (const std::exception&) {
            }
            if (year < 1900 || year > 2200 || std::to_string(year) != yearText) {
                errors.push_back(yp + ": the key must be a year, e.g. \"2026\"");
                continue;
            }
            if (!figures.is_object() || !figures.contains("population") ||
                !figures["population"].is_number_integer() ||
                figures["population"].get<std::int64_t>() < 0) {
                errors.push_back(yp + "/population: expected a whole number of people");
                continue;
            }
            ExpectedFigures f;
            f.population = figures["population"].get<std::int64_t>();
            f.crudeBirthRate = rate(figures, "crude_birth_rate", yp, errors);
            f.crudeDeathRate = rate(figures, "crude_death_rate", yp, errors);
            c.expected[location][year] = f;
        }
    }
}

} // namespace

StatisticsConfig StatisticsConfig::defaults()
{
    StatisticsConfig c;
    // The shipped forms (child_birth_date, ...) and the test forms (birth_date, ...).
    c.fields["birth"] = {{"child_birth_date", "birth_date"},
                         {"child_sex", "sex"},
                         {"place_of_birth_type", "place_type"},
                         {},
                         {}};
    c.fields["death"] = {{"death_date"},
                         {"deceased_sex", "sex"},
                         {"death_place_type", "place_type"},
                         {"deceased_birth_date"},
                         {"deceased_age_at_death", "age_at_death"}};
    return c;
}

StatisticsConfig StatisticsConfig::fromJson(const json& j, const std::string& root)
{
    StatisticsConfig c = defaults();
    if (j.is_null())
        return c;
    std::vector<std::string> errors;
    if (!j.is_object())
        throw StatisticsConfigError({root + ": expected an object"});
    for (const auto& [key, value] : j.items()) {
        const std::string path = root + jsonPointerSegment(key);
        if (key == "legal_period_days") {
            if (!value.is_number_integer() || value.get<int>() < 1 || value.get<int>() > 365)
                errors.push_back(path + ": expected a number of days from 1 to 365");
            else
                c.legalPeriodDays = value.get<int>();
        } else if (key == "expected") {
            readExpected(value, path, c, errors);
        } else if (key == "fields") {
            readFields(value, path, c, errors);
        } else {
            errors.push_back(path + ": unknown setting (legal_period_days, expected, fields)");
        }
    }
    if (!errors.empty())
        throw StatisticsConfigError(errors);
    return c;
}

const EventFields* StatisticsConfig::fieldsOf(const std::string& eventType) const
{
    const auto it = fields.find(eventType);
    return it == fields.end() ? nullptr : &it->second;
}

std::optional<double> StatisticsConfig::expectedEvents(const std::string& locationId, int year,
                                                       const std::string& eventType) const
{
    const auto loc = expected.find(locationId);
    if (loc == expected.end())
        return std::nullopt;
    const auto y = loc->second.find(year);
    if (y == loc->second.end())
        return std::nullopt;
    const double rate = eventType == "birth"   ? y->second.crudeBirthRate
                        : eventType == "death" ? y->second.crudeDeathRate
                                               : 0;
    return static_cast<double>(y->second.population) * rate / 1000.0;
}

} // namespace vitalis::statistics
