// What the form engine finds wrong with a record's values, typed: per field its id, the
// catalog message id and parameters and the rule, never display text or JSON to parse back.
#pragma once

#include "core/Clock.h"
#include "forms/Clock.h"
#include "forms/FormEvaluator.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::forms
{

class FormRegistry;
class ReferenceData;

// Problems about the values as a whole rather than one rule of one field.
inline constexpr char kUnknownFieldRule[] = "unknown_field"; // a value key the form lacks
inline constexpr char kUnsupportedFormVersionRule[] = "unsupported_form_version";

struct FieldProblem {
    std::string fieldId;   // "" for the form as a whole (unsupported form version)
    std::string rule;      // "required", "type", a rule type name, or one of the above
    std::string messageId; // catalog message id; for the two above it is the rule
    nlohmann::json params = nlohmann::json::object(); // the message's parameters
    bool operator==(const FieldProblem&) const = default;

    // "/fields/<id>" (JSON Pointer escaped): where the value sits in the record. Built when
    // a problem is reported, not for every field checked.
    std::string jsonPath() const;
};

struct FieldReport {
    std::string formId;
    int formVersion = 0;
    std::vector<FieldProblem> problems;
    bool ok() const { return problems.empty(); }
};

// "today" for date rules: the clock's UTC day.
TodayFunction todayOf(const Clock& clock);

// Checks `fields` against form `formId` version `version` (never the latest one) in one
// evaluation, as resolveChange (forms/ResolvedChange.h) checks a new record with these values.
// A version the registry does not hold gives one unsupported_form_version problem with params
// {form, version}; a key that is not a field of the form, an unknown_field problem; a value of
// a field the form hides, a hidden problem.
FieldReport checkFormFields(const FormRegistry& registry, const ReferenceData* reference,
                            const TodayFunction& today, const std::string& formId, int version,
                            const nlohmann::json& fields, ValidationMode mode);

} // namespace vitalis::forms
