// Evaluates a form for a set of values: visible/enabled/required per field and page, computed
// values and per-field errors. After the first evaluation, setValue re-evaluates only dependents.
#pragma once

#include "forms/Clock.h"
#include "forms/FieldChecks.h"
#include "forms/FormModel.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::forms
{

class ReferenceData;

// Draft: only what is filled in is checked (saving a half-typed form). Declare: everything,
// including required fields (sending the declaration on).
enum class ValidationMode { Draft, Declare };

struct FieldState {
    bool visible = false;
    bool enabled = false;
    bool required = false;
    std::vector<FieldError> errors;
};

struct PageState {
    bool visible = false;
};

class FormEvaluator
{
public:
    // Starts from `values`, evaluated in full as setValues does: a check that has its values
    // evaluates the form once, not once empty and once again with them.
    FormEvaluator(std::shared_ptr<const FormDefinition> form, TodayFunction today,
                  const ReferenceData* reference = nullptr,
                  ValidationMode mode = ValidationMode::Declare,
                  const nlohmann::json& values = nlohmann::json::object());

    // Replaces all values and evaluates everything.
    void setValues(const nlohmann::json& values);
    // Replaces all values and evaluates only visibility and computed values, not the fields'
    // states (enabled, required, errors): for checking a change to values checked before, where
    // setValue then evaluates the states of what the change touches.
    void loadValues(const nlohmann::json& values);
    // Changes one field (null clears it) and re-evaluates only what depends on it. Returns the
    // indices of fields whose state was recomputed. Unknown ids throw std::invalid_argument.
    std::vector<int> setValue(const std::string& fieldId, nlohmann::json value);
    void setMode(ValidationMode mode);

    const FormDefinition& form() const { return *form_; }
    const FieldState& field(const std::string& fieldId) const;
    const FieldState& fieldAt(int index) const { return fields_[static_cast<std::size_t>(index)]; }
    const PageState& pageAt(int index) const { return pages_[static_cast<std::size_t>(index)]; }
    // Values as the form sees them: hidden fields absent, computed values present.
    const nlohmann::json& values() const { return effective_; }
    const nlohmann::json& rawValues() const { return raw_; }
    // Keys in the last setValues input that are not fields of the form.
    const std::vector<std::string>& unknownFields() const { return unknown_; }
    bool hasErrors() const;

    // {fieldId: [{"message": id, "params": {...}, "rule": name}]} for fields with errors.
    nlohmann::json errorsJson() const;
    // Full report: pages, fields (state + errors), computed values.
    nlohmann::json toJson() const;

private:
    void replaceValues(const nlohmann::json& values);     // raw values and every graph node
    bool evaluateNode(int node, const LogicContext& ctx); // true if it changed
    void evaluateState(int field, const LogicContext& ctx);
    LogicContext context() const { return LogicContext{today_()}; }

    std::shared_ptr<const FormDefinition> form_;
    TodayFunction today_;
    const ReferenceData* reference_;
    ValidationMode mode_;
    nlohmann::json raw_ = nlohmann::json::object();
    nlohmann::json effective_ = nlohmann::json::object();
    std::vector<FieldState> fields_;
    std::vector<PageState> pages_;
    std::vector<std::string> unknown_;
    // Scratch for incremental runs, kept to avoid reallocating per keystroke.
    std::vector<char> queued_;
    std::vector<char> stateDirty_;
};

} // namespace vitalis::forms
