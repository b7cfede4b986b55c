#include "sync/server/sync/RecordValidator.h"

#include "forms/Validator.h"

#include <chrono>

namespace vitalis::server
{

std::optional<std::string> FormEngineValidator::formEvent(const DirectorySnapshot& dir,
                                                          const std::string& formId,
                                                          int version) const
{
    auto form = dir.forms->find(formId, version);
    if (!form)
        return std::nullopt;
    return form->event;
}

std::vector<protocol::FieldError>
FormEngineValidator::validate(const DirectorySnapshot& dir, const std::string& formId, int version,
                              const nlohmann::json& fields, bool enforceRequired) const
{
    const Clock& clock = clock_;
    forms::TodayFunction today = [&clock] {
        using namespace std::chrono;
        return year_month_day(floor<days>(sys_time<milliseconds>(milliseconds(clock.nowMillis()))));
    };
    forms::Validator validator(*dir.forms, today, dir.reference.get());
    const forms::ValidationReport report = validator.validate(
        formId, version, fields,
        enforceRequired ? forms::ValidationMode::Declare : forms::ValidationMode::Draft);
    std::vector<protocol::FieldError> out;
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

} // namespace vitalis::server
