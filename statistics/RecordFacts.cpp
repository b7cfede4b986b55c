#include "statistics/RecordFacts.h"

#include <chrono>

namespace vitalis::statistics
{

using nlohmann::json;
using namespace std::chrono;

namespace
{

std::optional<year_month_day> parseDate(const std::string& text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
    const year_month_day d{year(std::stoi(text.substr(0, 4))),
                           month(static_cast<unsigned>(std::stoi(text.substr(5, 2)))),
                           day(static_cast<unsigned>(std::stoi(text.substr(8, 2))))};
    if (!d.ok())
        return std::nullopt;
    return d;
}

// The first of `ids` with a string (or, for numbers, numeric) value in the record.
const json* firstValue(const json& fields, const std::vector<std::string>& ids)
{
    for (const auto& id : ids) {
        const auto it = fields.find(id);
        if (it != fields.end() && !it->is_null() && !(it->is_string() && it->empty()))
            return &*it;
    }
    return nullptr;
}

std::string textOf(const json& fields, const std::vector<std::string>& ids)
{
    const json* v = firstValue(fields, ids);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

std::string sexOf(const std::string& value)
{
    return value == "male" || value == "female" ? value : kNotStated;
}

// Form option values of the place of birth or death, folded into the three UN categories.
std::string placeOf(const std::string& value)
{
    if (value.empty())
        return kNotStated;
    if (value == "health_facility" || value == "facility" || value == "hospital")
        return "facility";
    if (value == "home" || value == "private_home")
        return "home";
    return "other";
}

std::optional<int> completedYears(const year_month_day& born, const year_month_day& at)
{
    int years = static_cast<int>(at.year()) - static_cast<int>(born.year());
    if (at.month() < born.month() || (at.month() == born.month() && at.day() < born.day()))
        --years;
    return years < 0 ? std::nullopt : std::optional<int>(years);
}

std::optional<int> ageAtDeath(const json& fields, const EventFields& f,
                              const std::optional<year_month_day>& deathDate)
{
    const auto born = parseDate(textOf(fields, f.birthDate));
    if (born && deathDate)
        return completedYears(*born, *deathDate);
    const json* age = firstValue(fields, f.age);
    if (age && age->is_number() && age->get<double>() >= 0)
        return static_cast<int>(age->get<double>());
    if (age && age->is_string()) {
        try {
            const int years = std::stoi(age->get<std::string>());
            return years >= 0 ? std::optional<int>(years) : std::nullopt;
        } catch (const std::exception&) {
        }
    }
    return std::nullopt;
}

} // namespace

int monthOf(const std::string& isoDate)
{
    const auto d = parseDate(isoDate);
    if (!d)
        return 0;
    return static_cast<int>(d->year()) * 100 + static_cast<int>(static_cast<unsigned>(d->month()));
}

std::optional<int> registrationDelayDays(const std::string& eventDate,
                                         std::int64_t registeredAtMillis)
{
    const auto d = parseDate(eventDate);
    if (!d || registeredAtMillis <= 0)
        return std::nullopt;
    const sys_days registered =
        floor<days>(sys_time<milliseconds>(milliseconds(registeredAtMillis)));
    return static_cast<int>((registered - sys_days(*d)).count());
}

std::string timelinessBand(std::optional<int> delayDays, int legalPeriodDays)
{
    if (!delayDays)
        return kNotStated;
    if (*delayDays <= legalPeriodDays)
        return "on_time";
    return *delayDays <= 365 ? "within_year" : "late";
}

const std::vector<std::string>& ageGroups()
{
    static const std::vector<std::string> groups = [] {
        std::vector<std::string> g = {"under_1", "1-4"};
        for (int a = 5; a < 85; a += 5)
            g.push_back(std::to_string(a) + "-" + std::to_string(a + 4));
        g.push_back("85+");
        g.push_back(kNotStated);
        return g;
    }();
    return groups;
}

std::string ageGroupOf(std::optional<int> years)
{
    if (!years)
        return kNotStated;
    if (*years < 1)
        return "under_1";
    if (*years < 5)
        return "1-4";
    if (*years >= 85)
        return "85+";
    const int low = *years / 5 * 5;
    return std::to_string(low) + "-" + std::to_string(low + 4);
}

RecordFacts factsOf(const Record& r, std::int64_t registeredAtMillis, const StatisticsConfig& c)
{
    RecordFacts f;
    f.eventType = r.eventType;
    f.officeId = r.officeId;
    f.counted = r.status == RecordStatus::Registered || r.status == RecordStatus::Certified;
    if (!f.counted)
        return f; // only registrations are broken down
    static const EventFields none;
    const EventFields* known = c.fieldsOf(r.eventType);
    const EventFields& fields = known ? *known : none;
    const std::string date = textOf(r.fields, fields.date);
    f.month = monthOf(date);
    f.sex = sexOf(textOf(r.fields, fields.sex));
    f.place = placeOf(textOf(r.fields, fields.place));
    f.timeliness =
        timelinessBand(registrationDelayDays(date, registeredAtMillis), c.legalPeriodDays);
    if (r.eventType == "death")
        f.ageGroup = ageGroupOf(ageAtDeath(r.fields, fields, parseDate(date)));
    return f;
}

} // namespace vitalis::statistics
