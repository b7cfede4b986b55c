// Helpers for form engine tests: build a one-page form from a field list, evaluate values.
// Test-only.
#pragma once

#include "forms/DateMath.h"
#include "forms/FormEvaluator.h"
#include "forms/FormParser.h"

#include <gtest/gtest.h>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::forms::test
{

inline std::chrono::year_month_day day(const char* text)
{
    return parseDate(text).value();
}

inline nlohmann::json formDocument(const nlohmann::json& fields,
                                   const nlohmann::json& extra = nlohmann::json::object())
{
    // {x} with one element is x itself in nlohmann::json, not a one-element array.
    nlohmann::json list = fields.is_array() ? fields : nlohmann::json::array({fields});
    nlohmann::json doc = {
        {"id", "t"},          {"event", "birth"},
        {"version", 1},       {"defaultLanguage", "en"},
        {"title", "t.title"}, {"pages", {{{"id", "p"}, {"title", "p.title"}, {"fields", list}}}}};
    doc.update(extra);
    return doc;
}

inline std::shared_ptr<const FormDefinition> makeForm(const nlohmann::json& doc)
{
    auto result = FormParser::parse(doc, "test.json", nullptr);
    std::string all;
    for (const auto& e : result.errors)
        all += e.toString() + "\n";
    EXPECT_TRUE(result.ok()) << all;
    return result.form;
}

// Errors for one field after evaluating `values` (Declare mode unless told otherwise).
inline std::vector<FieldError> errorsFor(const std::shared_ptr<const FormDefinition>& form,
                                         const nlohmann::json& values, const std::string& field,
                                         const char* today = "2024-03-01",
                                         ValidationMode mode = ValidationMode::Declare,
                                         const ReferenceData* reference = nullptr)
{
    FormEvaluator ev(form, fixedToday(day(today)), reference, mode);
    ev.setValues(values);
    return ev.field(field).errors;
}

inline std::vector<std::string> messageIds(const std::vector<FieldError>& errors)
{
    std::vector<std::string> ids;
    for (const auto& e : errors)
        ids.push_back(e.messageId);
    return ids;
}

} // namespace vitalis::forms::test
