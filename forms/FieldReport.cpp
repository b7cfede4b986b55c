#include "forms/FieldReport.h"

#include "core/JsonPointer.h"
#include "forms/ResolvedChange.h"

#include <stdexcept>

namespace vitalis::forms
{

using nlohmann::json;

std::string FieldProblem::jsonPath() const
{
    return fieldId.empty() ? std::string() : "/fields" + jsonPointerSegment(fieldId);
}

TodayFunction todayOf(const Clock& clock)
{
    return [&clock] {
        using namespace std::chrono;
        return year_month_day(floor<days>(sys_time<milliseconds>(milliseconds(clock.nowMillis()))));
    };
}

FieldReport checkFormFields(const FormRegistry& registry, const ReferenceData* reference,
                            const TodayFunction& today, const std::string& formId, int version,
                            const json& fields, ValidationMode mode)
{
    if (!fields.is_object())
        throw std::invalid_argument("field values must be a JSON object keyed by field id");
    // Every value counts as sent: one hidden or unknown is a problem, as in a new record.
    return resolveChange(registry, reference, today, formId, version, json::object(),
                         FieldChanges::ofValues(json::object(), fields), mode, CheckScope::Full)
        .report;
}

} // namespace vitalis::forms
