// Checks a FHIR mapping against the form it fills: every field exists and holds data, each
// rule's kind suits the field's type, codes and constants are among the field's options.
// Used by `vitalis-forms fhir-check` and by the server before it serves a mapping.
#pragma once

#include "forms/FormModel.h"
#include "forms/fhir/FhirMapping.h"

#include <string>
#include <vector>

namespace vitalis::fhir
{

// Errors read "FILE: /json/path: message"; empty when the mapping suits the form.
std::vector<std::string> checkMapping(const Mapping& mapping, const forms::FormDefinition& form);

} // namespace vitalis::fhir
