#include "forms/fhir/FhirIssue.h"

namespace vitalis::fhir
{

nlohmann::json operationOutcome(const std::vector<Issue>& issues)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& i : issues) {
        nlohmann::json j = {{"severity", i.severity}, {"code", i.code}};
        if (!i.diagnostics.empty())
            j["diagnostics"] = i.diagnostics;
        if (!i.expression.empty())
            j["expression"] = nlohmann::json::array({i.expression});
        list.push_back(std::move(j));
    }
    return {{"resourceType", "OperationOutcome"}, {"issue", std::move(list)}};
}

} // namespace vitalis::fhir
