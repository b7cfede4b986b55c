// vitalis-forms fhir-check: FHIR mapping files (forms/definitions/fhir/*.json) read and
// checked against the forms they fill.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace vitalis::forms::tool
{

// Forms come from `formsDir`; errors on stderr ("FILE: /json/path: message"); 0 when all
// are fine, 1 otherwise.
int fhirCheck(const std::filesystem::path& formsDir, const std::vector<std::string>& files);

} // namespace vitalis::forms::tool
