// One deliberately broken definition per error kind (tests/forms/broken/): each must fail with
// exactly one error naming the file, the JSON path and what is wrong.
#include "forms/FormParser.h"
#include "forms/FormRegistry.h"
#include "forms/MessageCatalog.h"

#include <gtest/gtest.h>

using namespace vitalis::forms;

namespace
{

struct Case {
    const char* file;
    const char* path;
    const char* message;
};

const Case kCases[] = {
    {"unknown_field_type", "/pages/0/fields/1/type",
     "unknown field type 'radoi' — did you mean 'radio'?"},
    {"unknown_rule", "/pages/1/fields/2/rules/0/type",
     "unknown rule 'rnage' — did you mean 'range'?"},
    {"duplicate_field_id", "/pages/1/fields/0/id",
     "duplicate field id 'child_name' (first defined at /pages/0/fields/0)"},
    {"unknown_field_in_condition", "/pages/0/fields/2/show/!!/var",
     "condition refers to unknown field 'child_birth_dat' — did you mean 'child_birth_date'?"},
    {"unknown_field_in_computed", "/pages/0/fields/2/value/age_years/1/var",
     "computed value refers to unknown field 'child_brith_date' — did you mean "
     "'child_birth_date'?"},
    {"computed_cycle", "/pages/0/fields/1",
     "cycle among computed values and conditions: 'mother_age_at_birth' -> 'father_age_at_birth' "
     "-> "
     "'child_age_years' -> 'mother_age_at_birth' (each depends on the next)"},
    {"options_missing", "/pages/0/fields/1/options",
     "a 'select' field needs 'options', 'optionSet' or 'optionsFrom'"},
    {"message_missing", "/pages/0/fields/0/label",
     "message id 'birth.child_nmae' is missing from the default language catalog (en) — did you "
     "mean "
     "'birth.child_name'?"},
    {"unknown_operator", "/pages/0/fields/2/value/age_year",
     "unknown operator 'age_year' — did you mean 'age_years'?"},
    {"unknown_property", "/pages/0/fields/0/requried",
     "unknown property 'requried' in a 'personName' field — did you mean 'required'?"},
    {"catastrophic_pattern", "/pages/0/fields/1/rules/0/pattern",
     "a repeated group containing a quantifier or '|' can take exponential time; rewrite it "
     "without "
     "nesting"},
    {"unknown_option_set", "/pages/0/fields/1/optionSet",
     "unknown option set 'sexx' — did you mean 'sex'?"},
    {"string_boolean_required", "/pages/0/fields/0/required",
     "expected true, false or a logic rule object, not the text \"no\""},
    {"string_boolean_show", "/pages/0/fields/0/show",
     "expected true, false or a logic rule object, not the text \"false\""},
};

class BrokenDefinitions : public ::testing::TestWithParam<Case>
{
protected:
    static void SetUpTestSuite()
    {
        FormErrors errors;
        catalogs_ = new CatalogSet(CatalogSet::loadDirectory(
            std::string(VITALIS_SOURCE_DIR) + "/translations/forms", errors));
        ASSERT_TRUE(errors.empty());
    }
    static void TearDownTestSuite() { delete catalogs_; }
    static CatalogSet* catalogs_;
};
CatalogSet* BrokenDefinitions::catalogs_ = nullptr;

} // namespace

TEST_P(BrokenDefinitions, FailsWithPathAndMessage)
{
    const Case& c = GetParam();
    std::string file = std::string(VITALIS_SOURCE_DIR) + "/tests/forms/broken/" + c.file + ".json";
    auto result = FormParser::parseFile(file, catalogs_);
    EXPECT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1u) << [&] {
        std::string all;
        for (const auto& e : result.errors)
            all += e.toString() + "\n";
        return all;
    }();
    EXPECT_EQ(result.errors[0].file, file);
    EXPECT_EQ(result.errors[0].path, c.path);
    EXPECT_EQ(result.errors[0].message, c.message);
    EXPECT_EQ(result.errors[0].toString(), file + ": " + c.path + ": " + c.message);
}

INSTANTIATE_TEST_SUITE_P(Kinds, BrokenDefinitions, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.file); });

TEST(BrokenDefinitionsExtra, InvalidJsonNamesLineAndColumn)
{
    std::string file = std::string(VITALIS_SOURCE_DIR) + "/tests/forms/broken/invalid_json.json";
    auto result = FormParser::parseFile(file, nullptr);
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_NE(result.errors[0].message.find("line 5, column 9"), std::string::npos)
        << result.errors[0].message;
}

// Found by fuzz_form_parser: a number too large for a double is nlohmann's out_of_range, not a
// parse_error, and used to escape the parser and end the program (the form checker, the server's
// seed). It is invalid JSON like any other, for every reader of a definition or catalog.
TEST(BrokenDefinitionsExtra, ANumberTooLargeIsInvalidJsonNotACrash)
{
    const std::string text = R"({"id": "birth", "version": 12e177777})";
    auto result = FormParser::parseText(text, "huge.json", nullptr);
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].file, "huge.json");
    EXPECT_NE(result.errors[0].message.find("invalid JSON"), std::string::npos);
    EXPECT_NE(result.errors[0].message.find("12e177777"), std::string::npos)
        << result.errors[0].message;
}

TEST(BrokenDefinitionsExtra, AllProblemsAreReportedInOneRun)
{
    nlohmann::json doc = {
        {"id", "Bad Id"},
        {"event", "birth"},
        {"version", 0},
        {"defaultLanguage", "en"},
        {"title", "t"},
        {"pages",
         {{{"id", "p"},
           {"title", "p"},
           {"fields",
            {{{"id", "a"}, {"type", "txt"}, {"label", "l"}},
             {{"id", "b"}, {"type", "text"}, {"label", "l"}, {"show", {{"var", "zz"}}}},
             {{"id", "b"},
              {"type", "number"},
              {"label", "l"},
              {"options", nlohmann::json::array()}}}}}}}};
    auto result = FormParser::parse(doc, "mem.json", nullptr);
    std::vector<std::string> paths;
    for (const auto& e : result.errors)
        paths.push_back(e.path);
    EXPECT_EQ(paths, (std::vector<std::string>{"/id", "/version", "/pages/0/fields/0/type",
                                               "/pages/0/fields/2/id", "/pages/0/fields/2/options",
                                               "/pages/0/fields/1/show/var"}));
}

TEST(BrokenDefinitionsExtra, RulesAndPropertiesMustFitTheFieldType)
{
    nlohmann::json doc = {
        {"id", "t"},
        {"event", "birth"},
        {"version", 1},
        {"defaultLanguage", "en"},
        {"title", "t"},
        {"pages",
         {{{"id", "p"},
           {"title", "p"},
           {"fields",
            {{{"id", "a"},
              {"type", "text"},
              {"label", "l"},
              {"unit", "kg"},
              {"rules", {{{"type", "range"}, {"min", 1}}}}},
             {{"id", "h"}, {"type", "heading"}, {"text", "t"}},
             {{"id", "c"}, {"type", "checkbox"}, {"label", "l"}, {"show", {{"var", "h"}}}}}}}}}};
    auto result = FormParser::parse(doc, "mem.json", nullptr);
    std::vector<std::string> messages;
    for (const auto& e : result.errors)
        messages.push_back(e.path + ": " + e.message);
    EXPECT_EQ(messages,
              (std::vector<std::string>{
                  "/pages/0/fields/0/unit: property 'unit' does not apply to a 'text' field",
                  "/pages/0/fields/0/rules/0/type: rule 'range' does not apply to a 'text' field",
                  "/pages/0/fields/2/show/var: condition refers to 'h', a display-only heading "
                  "without a value"}));
}

TEST(FormMessages, AFormCarriesItsOwnCataloguesAndTheRegistryMergesThem)
{
    // A form added by configuration: its ids are in no installed catalog, only in its own.
    nlohmann::json doc = {
        {"id", "local_birth"},
        {"event", "birth"},
        {"version", 1},
        {"defaultLanguage", "en"},
        {"title", "local.title"},
        {"messages",
         {{"en",
           {{"messages",
             {{"local.title", "Local birth"}, {"local.page", "Child"}, {"local.name", "Name"}}}}},
          {"fr", {{"messages", {{"local.title", "Naissance locale"}}}}}}},
        {"pages",
         {{{"id", "p"},
           {"title", "local.page"},
           {"fields", {{{"id", "n"}, {"type", "text"}, {"label", "local.name"}}}}}}}};
    CatalogSet installed;
    FormErrors none;
    installed.add(*MessageCatalog::fromJson(
        {{"language", "en"}, {"messages", {{"validation.required", "Required"}}}}, "en.json",
        none));
    const auto parsed = FormParser::parse(doc, "local.json", &installed);
    ASSERT_TRUE(parsed.ok()) << (parsed.errors.empty() ? "" : parsed.errors[0].toString());

    FormRegistry registry(installed);
    ASSERT_TRUE(registry.add(parsed.form).empty());
    ASSERT_NE(registry.catalogs().find("fr"), nullptr);
    EXPECT_EQ(registry.catalogs().find("fr")->format("local.title"), "Naissance locale");
    EXPECT_EQ(registry.catalogs().find("en")->format("local.name"), "Name");
    EXPECT_EQ(registry.catalogs().find("en")->format("validation.required"), "Required");

    // Without its catalogue the same form names the missing id; a broken one names its path.
    doc.erase("messages");
    const auto bare = FormParser::parse(doc, "local.json", &installed);
    ASSERT_FALSE(bare.ok());
    EXPECT_EQ(bare.errors[0].path, "/title");
    doc["messages"] = {{"fr", {{"direction", "sideways"}, {"messages", {{"local.title", "x"}}}}}};
    const auto broken = FormParser::parse(doc, "local.json", nullptr);
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.errors[0].path, "/messages/fr/direction");
}
