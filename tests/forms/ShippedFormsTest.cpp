// The shipped definitions: valid against the catalogs, big enough to be real, and using only
// operators and features that have unit tests.
#include "forms/FormParser.h"
#include "forms/MessageCatalog.h"

#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>

using namespace vitalis::forms;

namespace
{

std::shared_ptr<const FormDefinition> load(const char* name, const CatalogSet* catalogs)
{
    auto r = FormParser::parseFile(
        std::string(VITALIS_SOURCE_DIR) + "/forms/definitions/" + name + ".json", catalogs);
    std::string all;
    for (const auto& e : r.errors)
        all += e.toString() + "\n";
    EXPECT_TRUE(r.ok()) << all;
    return r.form;
}

CatalogSet catalogs()
{
    FormErrors errors;
    auto set =
        CatalogSet::loadDirectory(std::string(VITALIS_SOURCE_DIR) + "/translations/forms", errors);
    EXPECT_TRUE(errors.empty());
    return set;
}

} // namespace

TEST(ShippedForms, BirthAndDeathAreValidAndLargeEnough)
{
    auto c = catalogs();
    auto birth = load("birth", &c);
    auto death = load("death", &c);
    ASSERT_TRUE(birth && death);
    EXPECT_GE(birth->dataEntryFieldCount(), 55);
    EXPECT_GE(death->dataEntryFieldCount(), 45);
    EXPECT_EQ(birth->event, "birth");
    EXPECT_EQ(death->event, "death");
}

TEST(ShippedForms, CatalogsCoverEveryLanguageAndDirection)
{
    auto c = catalogs();
    ASSERT_TRUE(c.find("en") && c.find("fr") && c.find("ar"));
    EXPECT_EQ(c.find("ar")->direction(), "rtl");
    EXPECT_EQ(c.find("fr")->direction(), "ltr");
    for (const char* form : {"birth", "death"}) {
        auto f = load(form, nullptr);
        for (const auto& lang : {"en", "fr", "ar"})
            for (const auto& use : f->messageUses)
                EXPECT_TRUE(c.find(lang)->has(use.id)) << lang << " lacks " << use.id;
    }
    EXPECT_EQ(c.find("fr")->format("birth.weight_at_birth.range", {{"min", 0.3}, {"max", 7}}),
              "Le poids à la naissance doit être compris entre 0.3 et 7 kg");
}

TEST(ShippedForms, UseOnlyUnitTestedOperatorsAndEveryFieldType)
{
    // Operators covered by JsonLogicTest; a new operator in a form needs a test there first.
    const std::set<std::string> tested = {
        "var",  "missing", "missing_some", "if",       "?:",        "==",       "===",    "!=",
        "!==",  "!",       "!!",           "or",       "and",       ">",        ">=",     "<",
        "<=",   "max",     "min",          "+",        "-",         "*",        "/",      "%",
        "in",   "cat",     "substr",       "merge",    "map",       "filter",   "reduce", "all",
        "none", "some",    "today",        "date_add", "date_diff", "age_years"};
    EXPECT_EQ(std::set<std::string>(logicOperatorNames().begin(), logicOperatorNames().end()),
              tested);
    std::set<std::string> used, types;
    for (const char* name : {"birth", "death"}) {
        auto f = load(name, nullptr);
        for (const auto& field : f->fields) {
            types.insert(std::string(toString(field.type)));
            for (const Logic* l : {&field.show, &field.enable, &field.requiredIf, &field.value})
                l->collectOperators(used);
            for (const auto& r : field.rules)
                r.condition.collectOperators(used);
        }
        for (const auto& p : f->pages)
            p.show.collectOperators(used);
    }
    for (const auto& op : used)
        EXPECT_TRUE(tested.count(op)) << op;
    for (const char* op :
         {"==", "!=", "in", "and", "or", "!", "!!", ">=", "<=", "age_years", "today", "var"})
        EXPECT_TRUE(used.count(op)) << "expected the shipped forms to use " << op;
    // The shipped forms exercise every field type the engine offers.
    EXPECT_EQ(types, std::set<std::string>(fieldTypeNames().begin(), fieldTypeNames().end()));
}

// The demo runs in Verdania: its own nationality must be offered, in every language, under the
// country's name from the demo seed, and no other (invented) country's name may stand in for it.
TEST(ShippedForms, NationalityListsOfferTheDemoCountry)
{
    std::ifstream in(std::string(VITALIS_SOURCE_DIR) + "/resources/demo/seed.json");
    const auto seed = nlohmann::json::parse(in);
    nlohmann::json countryName;
    for (const auto& l : seed["locations"])
        if (l["type"] == "country")
            countryName = l["name"];
    ASSERT_TRUE(countryName.is_object());
    auto c = catalogs();
    for (const char* form : {"birth", "death"}) {
        auto f = load(form, &c);
        int lists = 0;
        for (const auto& field : f->fields) {
            if (!field.id.ends_with("_nationality"))
                continue;
            ++lists;
            for (const auto& [lang, name] : countryName.items()) {
                std::set<std::string> labels;
                for (const auto& o : field.options)
                    labels.insert(c.find(lang)->format(o.label));
                EXPECT_TRUE(labels.count(name.get<std::string>()))
                    << form << "/" << field.id << " (" << lang << ") lacks " << name;
            }
        }
        EXPECT_GE(lists, 1) << form;
    }
    for (const auto& [lang, catalog] : c.all())
        for (const auto& [id, text] : catalog.messages())
            EXPECT_EQ(text.find("Farajaland"), std::string::npos) << lang << " " << id;
}
