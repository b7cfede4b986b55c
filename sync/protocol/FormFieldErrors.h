// Checks a record's field values with the form engine and answers in the protocol's terms: one
// FieldError per problem. The server (push) and the device (before queueing) share it.
#pragma once

#include "core/Clock.h"
#include "forms/FormRegistry.h"
#include "forms/ReferenceData.h"
#include "forms/Validator.h"
#include "sync/protocol/PushMessages.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::protocol
{

// "today" for date rules is the clock's UTC day. A form version the registry does not have
// gives one error with code unsupported_form_version and no field.
std::vector<FieldError> checkFormFields(const forms::FormRegistry& registry,
                                        const forms::ReferenceData* reference, const Clock& clock,
                                        const std::string& formId, int version,
                                        const nlohmann::json& fields, forms::ValidationMode mode);

// A FieldError's message from checkFormFields is the form catalog's message id, followed by
// its parameters as a JSON object when it has any; this reads it back for display.
struct FieldMessage {
    std::string id;
    nlohmann::json params = nlohmann::json::object();
};
FieldMessage parseFieldMessage(const std::string& message);

} // namespace vitalis::protocol
