// One-call validation of a record's values against the form version it was started with:
// what the server runs on every push and the client before declaring.
#pragma once

#include "core/Record.h"
#include "forms/Clock.h"
#include "forms/FormEvaluator.h"
#include "forms/FormRegistry.h"

#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::forms
{

struct ValidationReport {
    bool valid = false;
    std::string problem;          // set when validation could not run (unknown form version)
    nlohmann::json errors;        // {fieldId: [{message, params, rule}]}
    nlohmann::json unknownFields; // value keys that are not fields of the form
    nlohmann::json values;        // effective values: hidden fields dropped, computed filled in

    nlohmann::json toJson() const;
};

class Validator
{
public:
    Validator(const FormRegistry& registry, TodayFunction today,
              const ReferenceData* reference = nullptr)
        : registry_(registry), today_(std::move(today)), reference_(reference)
    {
    }

    ValidationReport validate(const std::string& formId, int version, const nlohmann::json& values,
                              ValidationMode mode) const;
    // Uses record.formId and record.formVersion, never the latest version.
    ValidationReport validate(const Record& record, ValidationMode mode) const
    {
        return validate(record.formId, record.formVersion, record.fields, mode);
    }

private:
    const FormRegistry& registry_;
    TodayFunction today_;
    const ReferenceData* reference_;
};

} // namespace vitalis::forms
