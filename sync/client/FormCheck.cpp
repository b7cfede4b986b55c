#include "sync/client/FormCheck.h"

#include "core/JsonPointer.h"
#include "forms/Validator.h"

#include <chrono>

namespace vitalis
{

FormCheck::FormCheck(std::shared_ptr<const forms::FormRegistry> forms, const Clock& clock,
                     const forms::ReferenceData* reference)
    : m_forms(std::move(forms)), m_clock(clock), m_reference(reference)
{
}

bool FormCheck::requiresComplete(RecordStatus s)
{
    return s == RecordStatus::Declared || s == RecordStatus::Validated ||
           s == RecordStatus::Registered || s == RecordStatus::Certified;
}

std::vector<protocol::FieldError> FormCheck::check(const std::string& formId, int version,
                                                   const nlohmann::json& fields,
                                                   RecordStatus status) const
{
    const Clock& clock = m_clock;
    forms::TodayFunction today = [&clock] {
        using namespace std::chrono;
        return year_month_day(floor<days>(sys_time<milliseconds>(milliseconds(clock.nowMillis()))));
    };
    forms::Validator validator(*m_forms, today, m_reference);
    const auto report =
        validator.validate(formId, version, fields,
                           requiresComplete(status) ? forms::ValidationMode::Declare
                                                    : forms::ValidationMode::Draft);
    std::vector<protocol::FieldError> out;
    if (!report.problem.empty()) {
        out.push_back({"", "unsupported_form_version",
                       report.problem + " on this device (sync to fetch the form definitions)"});
        return out;
    }
    for (const auto& unknown : report.unknownFields)
        out.push_back({unknown.get<std::string>(), "unknown_field",
                       "the form " + formId + " v" + std::to_string(version) +
                           " has no field with this id"});
    for (auto it = report.errors.begin(); it != report.errors.end(); ++it)
        for (const auto& e : *it) {
            std::string message = e.value("message", std::string("invalid value"));
            if (e.contains("params") && e["params"].is_object() && !e["params"].empty())
                message += " " + e["params"].dump();
            out.push_back({it.key(), e.value("rule", std::string("invalid")), message});
        }
    return out;
}

std::string fieldJsonPath(const std::string& fieldId)
{
    return "/fields" + jsonPointerSegment(fieldId);
}

} // namespace vitalis
