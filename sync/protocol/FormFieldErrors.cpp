#include "sync/protocol/FormFieldErrors.h"

#include <chrono>

namespace vitalis::protocol
{

std::vector<FieldError> checkFormFields(const forms::FormRegistry& registry,
                                        const forms::ReferenceData* reference, const Clock& clock,
                                        const std::string& formId, int version,
                                        const nlohmann::json& fields, forms::ValidationMode mode)
{
    forms::TodayFunction today = [&clock] {
        using namespace std::chrono;
        return year_month_day(floor<days>(sys_time<milliseconds>(milliseconds(clock.nowMillis()))));
    };
    forms::Validator validator(registry, today, reference);
    const forms::ValidationReport report = validator.validate(formId, version, fields, mode);
    std::vector<FieldError> out;
    if (!report.problem.empty()) {
        out.push_back({"", "unsupported_form_version", report.problem});
        return out;
    }
    for (const auto& unknown : report.unknownFields)
        out.push_back(
            {unknown.get<std::string>(), "unknown_field",
             "the form " + formId + " v" + std::to_string(version) + " has no field with this id"});
    for (auto it = report.errors.begin(); it != report.errors.end(); ++it)
        for (const auto& e : *it) {
            std::string message = e.value("message", std::string("invalid value"));
            if (e.contains("params") && e["params"].is_object() && !e["params"].empty())
                message += " " + e["params"].dump();
            out.push_back({it.key(), e.value("rule", std::string("invalid")), message});
        }
    return out;
}

FieldMessage parseFieldMessage(const std::string& message)
{
    const auto space = message.find(' ');
    if (space == std::string::npos)
        return {message};
    auto params = nlohmann::json::parse(message.substr(space + 1), nullptr, false);
    if (params.is_discarded() || !params.is_object())
        return {message}; // plain text (e.g. an unknown-field explanation): shown as it is
    return {message.substr(0, space), std::move(params)};
}

} // namespace vitalis::protocol
