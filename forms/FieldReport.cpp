#include "forms/FieldReport.h"

#include "core/JsonPointer.h"
#include "forms/FormRegistry.h"

#include <algorithm>
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
    FieldReport report{formId, version, {}};
    auto form = registry.find(formId, version);
    if (!form) {
        report.problems.push_back({"",
                                   kUnsupportedFormVersionRule,
                                   kUnsupportedFormVersionRule,
                                   {{"form", formId}, {"version", version}}});
        return report;
    }
    if (!fields.is_object())
        throw std::invalid_argument("field values must be a JSON object keyed by field id");
    FormEvaluator evaluator(form, today, reference, mode);
    evaluator.setValues(fields);
    for (const auto& unknown : evaluator.unknownFields())
        report.problems.push_back({unknown,
                                   kUnknownFieldRule,
                                   kUnknownFieldRule,
                                   {{"form", formId}, {"version", version}}});
    const auto firstError = static_cast<std::ptrdiff_t>(report.problems.size());
    for (std::size_t i = 0; i < form->fields.size(); ++i)
        for (const auto& e : evaluator.fieldAt(static_cast<int>(i)).errors)
            report.problems.push_back({form->fields[i].id, e.rule, e.messageId, e.params});
    // By field id, as answers have always listed them (stable: a field's own order stays).
    std::stable_sort(
        report.problems.begin() + firstError, report.problems.end(),
        [](const FieldProblem& a, const FieldProblem& b) { return a.fieldId < b.fieldId; });
    return report;
}

} // namespace vitalis::forms
