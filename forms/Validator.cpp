#include "forms/Validator.h"

namespace vitalis::forms
{

using nlohmann::json;

json ValidationReport::toJson() const
{
    json out = {{"valid", valid}, {"errors", errors}, {"unknownFields", unknownFields}};
    if (!problem.empty())
        out["problem"] = problem;
    return out;
}

ValidationReport Validator::validate(const std::string& formId, int version, const json& values,
                                     ValidationMode mode) const
{
    ValidationReport report;
    report.errors = json::object();
    report.unknownFields = json::array();
    auto form = registry_.find(formId, version);
    if (!form) {
        report.problem =
            "form '" + formId + "' version " + std::to_string(version) + " is not loaded";
        return report;
    }
    if (!values.is_object()) {
        report.problem = "values must be a JSON object keyed by field id";
        return report;
    }
    FormEvaluator evaluator(form, today_, reference_, mode, values);
    report.errors = evaluator.errorsJson();
    for (const auto& u : evaluator.unknownFields())
        report.unknownFields.push_back(u);
    report.values = evaluator.values();
    report.valid = report.errors.empty() && report.unknownFields.empty();
    return report;
}

} // namespace vitalis::forms
