// A problem found in a FHIR request, as an OperationOutcome issue (R4): severity, an
// issue-type code, words for the developer, and the FHIRPath of the element at fault.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::fhir
{

struct Issue {
    std::string code;        // issue-type: structure, required, value, code-invalid, ...
    std::string diagnostics; // what is wrong, for the sender's developer
    std::string expression;  // e.g. Bundle.entry[2].resource.birthDate ("" none)
    std::string severity = "error";
};

nlohmann::json operationOutcome(const std::vector<Issue>& issues);

} // namespace vitalis::fhir
