#include "sync/protocol/FormFieldErrors.h"

namespace vitalis::protocol
{

FieldError toFieldError(const forms::FieldProblem& p, const std::string& formId, int version)
{
    if (p.rule == forms::kUnsupportedFormVersionRule)
        return {"", p.rule,
                "form '" + formId + "' version " + std::to_string(version) + " is not loaded"};
    if (p.rule == forms::kUnknownFieldRule)
        return {p.fieldId, p.rule,
                "not a field of form " + formId + " v" + std::to_string(version)};
    std::string message = p.messageId.empty() ? std::string("invalid value") : p.messageId;
    if (p.params.is_object() && !p.params.empty())
        message += " " + p.params.dump();
    return {p.fieldId, p.rule.empty() ? std::string("invalid") : p.rule, std::move(message)};
}

std::vector<FieldError> toFieldErrors(const forms::FieldReport& report)
{
    std::vector<FieldError> out;
    out.reserve(report.problems.size());
    for (const auto& p : report.problems)
        out.push_back(toFieldError(p, report.formId, report.formVersion));
    return out;
}

std::vector<FieldError> checkFormFields(const forms::FormRegistry& registry,
                                        const forms::ReferenceData* reference, const Clock& clock,
                                        const std::string& formId, int version,
                                        const nlohmann::json& fields, forms::ValidationMode mode)
{
    return toFieldErrors(forms::checkFormFields(registry, reference, forms::todayOf(clock), formId,
                                                version, fields, mode));
}

} // namespace vitalis::protocol
