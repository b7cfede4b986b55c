// Field and page state, hidden values dropping out, and incremental re-evaluation matching a
// full evaluation while touching only dependents.
#include "forms/FormRegistry.h"
#include "forms/MessageCatalog.h"
#include "forms/Validator.h"
#include "tests/forms/FormTestUtil.h"

#include <algorithm>
#include <random>

using namespace vitalis::forms;
using namespace vitalis::forms::test;
using nlohmann::json;

namespace
{

json f(const char* id, const char* type, json more = json::object())
{
    json x = {{"id", id}, {"type", type}, {"label", std::string("l.") + id}};
    x.update(more);
    return x;
}

json eq(const char* v, json x)
{
    return {{"==", {{{"var", v}}, x}}};
}

std::shared_ptr<const FormDefinition> shippedBirth()
{
    auto r = FormParser::parseFile(
        std::string(VITALIS_SOURCE_DIR) + "/forms/definitions/birth.json", nullptr);
    EXPECT_TRUE(r.ok());
    return r.form;
}

std::vector<std::string> touchedIds(const FormDefinition& form, const std::vector<int>& touched)
{
    std::vector<std::string> ids;
    for (int i : touched)
        ids.push_back(form.fields[static_cast<std::size_t>(i)].id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

TEST(Evaluator, ShowEnableRequiredStates)
{
    auto form = makeForm(
        formDocument({f("kind", "text"),
                      f("detail", "text", {{"show", eq("kind", "other")}, {"required", true}}),
                      f("locked", "text", {{"enable", eq("kind", "edit")}, {"required", true}})}));
    FormEvaluator ev(form, fixedToday(day("2024-03-01")));
    ev.setValues({{"kind", "x"}});
    EXPECT_FALSE(ev.field("detail").visible);
    EXPECT_FALSE(ev.field("detail").required); // hidden fields are never required
    EXPECT_TRUE(ev.field("detail").errors.empty());
    EXPECT_TRUE(ev.field("locked").visible);
    EXPECT_FALSE(ev.field("locked").enabled);
    EXPECT_FALSE(ev.field("locked").required);
    ev.setValue("kind", "other");
    EXPECT_TRUE(ev.field("detail").visible);
    EXPECT_TRUE(ev.field("detail").required);
    EXPECT_EQ(messageIds(ev.field("detail").errors),
              std::vector<std::string>{"validation.required"});
    ev.setValue("kind", "edit");
    EXPECT_TRUE(ev.field("locked").enabled);
    EXPECT_TRUE(ev.field("locked").required);
}

TEST(Evaluator, HiddenValuesDropOutOfConditionsAndComputedValues)
{
    auto form = makeForm(
        formDocument({f("known", "checkbox"), f("dob", "date", {{"show", {{"var", "known"}}}}),
                      f("age", "computed", {{"value", {{"age_years", {{{"var", "dob"}}}}}}}),
                      f("minor_note", "text", {{"show", {{"<", {{{"var", "age"}}, 18}}}}})}));
    FormEvaluator ev(form, fixedToday(day("2024-03-01")));
    ev.setValues({{"known", true}, {"dob", "2010-01-01"}});
    EXPECT_EQ(ev.values()["age"], 14);
    EXPECT_TRUE(ev.field("minor_note").visible);
    ev.setValue("known", false);
    EXPECT_FALSE(ev.values().contains("dob"));
    EXPECT_FALSE(ev.values().contains("age"));
    EXPECT_EQ(ev.rawValues()["dob"], "2010-01-01"); // kept, so unticking by mistake loses nothing
    ev.setValue("known", true);
    EXPECT_EQ(ev.values()["age"], 14);
}

TEST(Evaluator, PageVisibility)
{
    json doc = formDocument({f("late", "checkbox")});
    doc["pages"].push_back({{"id", "extra"},
                            {"title", "p.extra"},
                            {"show", {{"var", "late"}}},
                            {"fields", {f("reason", "text", {{"required", true}})}}});
    auto form = makeForm(doc);
    FormEvaluator ev(form, fixedToday(day("2024-03-01")));
    EXPECT_FALSE(ev.pageAt(1).visible);
    EXPECT_FALSE(ev.field("reason").visible);
    EXPECT_FALSE(ev.hasErrors());
    ev.setValue("late", true);
    EXPECT_TRUE(ev.pageAt(1).visible);
    EXPECT_TRUE(ev.field("reason").visible);
    EXPECT_TRUE(ev.hasErrors());
}

TEST(Evaluator, DraftModeSkipsRequiredButNotFormatChecks)
{
    auto form = makeForm(formDocument({f("a", "text", {{"required", true}}), f("n", "number")}));
    FormEvaluator ev(form, fixedToday(day("2024-03-01")), nullptr, ValidationMode::Draft);
    ev.setValues({{"n", "abc"}});
    EXPECT_TRUE(ev.field("a").errors.empty());
    EXPECT_EQ(messageIds(ev.field("n").errors), std::vector<std::string>{"validation.type.number"});
    ev.setMode(ValidationMode::Declare);
    EXPECT_EQ(messageIds(ev.field("a").errors), std::vector<std::string>{"validation.required"});
}

TEST(Evaluator, UnknownFieldsAreReported)
{
    auto form = makeForm(formDocument({f("a", "text")}));
    FormEvaluator ev(form, fixedToday(day("2024-03-01")));
    ev.setValues({{"a", "x"}, {"b", "y"}});
    EXPECT_EQ(ev.unknownFields(), std::vector<std::string>{"b"});
    EXPECT_FALSE(ev.toJson()["valid"].get<bool>());
    EXPECT_THROW(ev.setValue("b", 1), std::invalid_argument);
}

TEST(Evaluator, OneChangeTouchesOnlyItsDependents)
{
    auto form = shippedBirth();
    FormEvaluator ev(form, fixedToday(day("2025-06-01")));
    ev.setValues({{"child_birth_date", "2025-05-01"}, {"mother_birth_date", "1990-01-01"}});
    // Occupation feeds nothing: only the field itself is re-checked.
    EXPECT_EQ(touchedIds(*form, ev.setValue("mother_occupation", "Teacher")),
              std::vector<std::string>{"mother_occupation"});
    // Previous births: the living-children field appears and its cross-field rule reads it.
    EXPECT_EQ(touchedIds(*form, ev.setValue("mother_previous_births", 2)),
              (std::vector<std::string>{"mother_living_children", "mother_previous_births"}));
    // The child's birth date reaches the computed ages, the late-registration page and evidence.
    auto touched = touchedIds(*form, ev.setValue("child_birth_date", "2023-01-01"));
    for (const char* id : {"child_birth_date", "child_age_years", "mother_age_at_birth",
                           "late_reason", "witness_one_name", "late_registration_evidence"})
        EXPECT_NE(std::find(touched.begin(), touched.end(), id), touched.end()) << id;
    EXPECT_EQ(std::find(touched.begin(), touched.end(), "mother_occupation"), touched.end());
    EXPECT_LT(touched.size(), form->fields.size() / 2);
}

TEST(Evaluator, IncrementalMatchesFullEvaluationOnRandomEdits)
{
    auto form = shippedBirth();
    std::mt19937 rng(1234); // fixed seed: reproducible
    std::vector<std::pair<std::string, std::vector<json>>> choices = {
        {"child_birth_date", {"2025-05-01", "2023-01-01", "2024-02-29", nullptr}},
        {"place_of_birth_type", {"health_facility", "private_home", nullptr}},
        {"birth_type", {"single", "twin", "triplet"}},
        {"birth_order", {"first", "third"}},
        {"mother_birth_date", {"1990-05-01", json{{"age", 30}}, "2020-01-01"}},
        {"father_details_available", {"yes", "no", nullptr}},
        {"father_unavailable_reason", {"other", "unknown"}},
        {"father_birth_date", {"1985-01-01", json{{"age", 40}}}},
        {"informant_type", {"mother", "father", "grandparent", "other"}},
        {"mother_previous_births", {0, 2, 5}},
        {"mother_living_children", {1, 3}},
        {"father_address_same_as_mother", {true, false}},
        {"weight_at_birth", {3.1, 9}},
    };
    FormEvaluator incremental(form, fixedToday(day("2025-06-01")));
    json values = json::object();
    for (int step = 0; step < 400; ++step) {
        auto& [id, options] = choices[rng() % choices.size()];
        json v = options[rng() % options.size()];
        incremental.setValue(id, v);
        if (v.is_null())
            values.erase(id);
        else
            values[id] = v;
        FormEvaluator full(form, fixedToday(day("2025-06-01")));
        full.setValues(values);
        ASSERT_EQ(incremental.toJson(), full.toJson())
            << "step " << step << " set " << id << " = " << v.dump();
    }
}

TEST(Registry, RecordsAreValidatedAgainstTheirOwnVersion)
{
    json v1 = formDocument({f("a", "text")});
    json v2 = formDocument({f("a", "text", {{"required", true}}), f("b", "text")});
    v2["version"] = 2;
    FormRegistry registry;
    EXPECT_TRUE(registry.add(makeForm(v1)).empty());
    EXPECT_TRUE(registry.add(makeForm(v2)).empty());
    auto dup = registry.add(makeForm(v1));
    ASSERT_EQ(dup.size(), 1u);
    EXPECT_NE(dup[0].message.find("already loaded"), std::string::npos);
    EXPECT_EQ(registry.versions("t"), (std::vector<int>{1, 2}));
    EXPECT_EQ(registry.latest("t")->version, 2);
    EXPECT_EQ(registry.formIds(), std::vector<std::string>{"t"});

    Validator validator(registry, fixedToday(day("2024-03-01")));
    vitalis::Record record;
    record.formId = "t";
    record.formVersion = 1;
    EXPECT_TRUE(validator.validate(record, ValidationMode::Declare).valid); // v1: nothing required
    record.fields = {{"b", "x"}};
    auto report = validator.validate(record, ValidationMode::Declare);
    EXPECT_FALSE(report.valid); // "b" only exists in v2
    EXPECT_EQ(report.unknownFields, json({"b"}));
    record.formVersion = 2;
    report = validator.validate(record, ValidationMode::Declare);
    EXPECT_FALSE(report.valid);
    EXPECT_EQ(report.errors["a"][0]["message"], "validation.required");
    EXPECT_TRUE(validator.validate(record, ValidationMode::Draft).valid);
    record.formVersion = 3;
    report = validator.validate(record, ValidationMode::Declare);
    EXPECT_FALSE(report.valid);
    EXPECT_EQ(report.problem, "form 't' version 3 is not loaded");
}

TEST(Registry, LoadsShippedDefinitionsFromADirectoryGivenAtRunTime)
{
    FormErrors errors;
    auto catalogs =
        CatalogSet::loadDirectory(std::string(VITALIS_SOURCE_DIR) + "/translations/forms", errors);
    ASSERT_TRUE(errors.empty());
    FormRegistry registry(std::move(catalogs));
    errors = registry.loadDirectory(std::string(VITALIS_SOURCE_DIR) + "/forms/definitions");
    EXPECT_TRUE(errors.empty()) << (errors.empty() ? "" : errors[0].toString());
    EXPECT_EQ(registry.formIds(), (std::vector<std::string>{"birth", "death"}));
    errors = registry.loadDirectory("/nonexistent/forms");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].message, "form definition directory does not exist");
}
