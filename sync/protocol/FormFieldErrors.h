// The form engine's typed report in the protocol's terms: one FieldError per problem, as a push
// answer carries it. The server (push) renders it once; the device keeps the typed report.
#pragma once

#include "core/Clock.h"
#include "forms/FieldReport.h"
#include "forms/FormRegistry.h"
#include "forms/ReferenceData.h"
#include "sync/protocol/PushMessages.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::protocol
{

// code = the rule; message = the catalog message id followed by its parameters as a JSON
// object when it has any (wire format since protocol 1), plain English for an unknown field or
// an unsupported form version.
FieldError toFieldError(const forms::FieldProblem& problem, const std::string& formId, int version);
std::vector<FieldError> toFieldErrors(const forms::FieldReport& report);

// forms::checkFormFields with "today" from the clock, rendered by toFieldErrors.
std::vector<FieldError> checkFormFields(const forms::FormRegistry& registry,
                                        const forms::ReferenceData* reference, const Clock& clock,
                                        const std::string& formId, int version,
                                        const nlohmann::json& fields, forms::ValidationMode mode);

} // namespace vitalis::protocol
