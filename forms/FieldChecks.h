// Per-field checks: is a value of the right shape for its type, and does it pass its rules.
// Errors are message ids with parameters, never display text.
#pragma once

#include "forms/FormModel.h"
#include "forms/JsonLogic.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::forms
{

class ReferenceData;

struct FieldError {
    std::string messageId;
    nlohmann::json params = nlohmann::json::object();
    std::string rule; // "required", "type", or the rule type name

    bool operator==(const FieldError&) const = default;
};

struct CheckContext {
    const FormDefinition& form;
    const nlohmann::json& values; // effective values (hidden fields absent, computed present)
    const LogicContext& logic;
    const ReferenceData* reference; // nullptr: reference lookups are skipped
};

// Null, "", [], {} and objects whose members are all empty count as not filled in.
bool isEmptyValue(const nlohmann::json& value);
// Appends the "required" error(s) for an empty or incomplete value.
void checkRequired(const Field& field, const nlohmann::json* value, std::vector<FieldError>& out);
// Type checks, then rules if the type is right. `value` is non-empty.
void checkValue(const Field& field, const nlohmann::json& value, const CheckContext& ctx,
                std::vector<FieldError>& out);

// Message ids the engine itself defines: type errors, rule defaults and the labels of the parts
// of composite fields (name parts, "exact date unknown", address line). Catalogs need them.
const std::vector<std::string>& builtinMessageIds();

} // namespace vitalis::forms
