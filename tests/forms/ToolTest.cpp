// Runs the real vitalis-forms binary on the shipped files and on broken ones.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/wait.h>

namespace fs = std::filesystem;
using nlohmann::json;

namespace
{

const std::string kSource = VITALIS_SOURCE_DIR;

struct ToolRun {
    int exit = -1;
    std::string out, err;
};

std::string quote(const std::string& s)
{
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

ToolRun run(const std::vector<std::string>& args)
{
    fs::path errFile =
        fs::temp_directory_path() / ("vitalis-forms-test-" + std::to_string(::getpid()) + ".err");
    std::string cmd = quote(VITALIS_FORMS_TOOL);
    for (const auto& a : args)
        cmd += " " + quote(a);
    cmd += " 2>" + quote(errFile.string());
    ToolRun r;
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p)
        return r;
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0)
        r.out.append(buf, n);
    int status = ::pclose(p);
    r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream in(errFile);
    std::stringstream ss;
    ss << in.rdbuf();
    r.err = ss.str();
    fs::remove(errFile);
    return r;
}

std::string def(const char* name)
{
    return kSource + "/forms/definitions/" + name + ".json";
}

} // namespace

TEST(Tool, CheckPassesTheShippedDefinitions)
{
    ToolRun r = run({"check", def("birth"), def("death")});
    EXPECT_EQ(r.exit, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_NE(r.out.find("birth.json: ok (form 'birth' version 1"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("death.json: ok (form 'death' version 1"), std::string::npos) << r.out;
}

TEST(Tool, CheckFailsBrokenDefinitionsWithPathAndMessage)
{
    std::string broken = kSource + "/tests/forms/broken/unknown_rule.json";
    ToolRun r = run({"check", def("birth"), broken});
    EXPECT_EQ(r.exit, 1);
    EXPECT_NE(r.err.find(
                  broken +
                  ": /pages/1/fields/2/rules/0/type: unknown rule 'rnage' — did you mean 'range'?"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.out.find("birth.json: ok"), std::string::npos); // the good file is still reported

    for (const auto& e : fs::directory_iterator(kSource + "/tests/forms/broken")) {
        if (e.path().extension() != ".json")
            continue;
        ToolRun b = run({"check", e.path().string()});
        EXPECT_EQ(b.exit, 1) << e.path();
        EXPECT_NE(b.err.find(e.path().string() + ": /"), std::string::npos) << b.err;
    }
}

TEST(Tool, CheckRefusesTheSameVersionTwice)
{
    ToolRun r = run({"check", def("birth"), def("birth")});
    EXPECT_EQ(r.exit, 1);
    EXPECT_NE(r.err.find("/version: form 'birth' version 1 is also defined in"), std::string::npos)
        << r.err;
}

TEST(Tool, MessagesReportsNothingMissingForTheShippedCatalogs)
{
    ToolRun r = run(
        {"messages", "--catalogs", kSource + "/translations/forms", def("birth"), def("death")});
    EXPECT_EQ(r.exit, 0) << r.out << r.err;
    for (const char* line : {"ar (rtl): ", "en (ltr): ", "fr (ltr): "})
        EXPECT_NE(r.out.find(line), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("0 missing, 0 unused, 0 placeholder mismatches"), std::string::npos);
    EXPECT_EQ(r.out.find(": missing "), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find(": unused "), std::string::npos) << r.out;
}

TEST(Tool, MessagesListsMissingUnusedAndPlaceholderProblems)
{
    fs::path dir = fs::temp_directory_path() / ("vitalis-catalogs-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::copy_file(kSource + "/translations/forms/en.json", dir / "en.json",
                  fs::copy_options::overwrite_existing);
    json fr = json::parse(std::ifstream(kSource + "/translations/forms/fr.json"));
    fr["messages"].erase("birth.child_name");
    fr["messages"]["birth.no_such_message"] = "Rien";
    fr["messages"]["birth.weight_at_birth.range"] = "Entre {min} et {maximum} kg";
    std::ofstream(dir / "fr.json") << fr.dump(2);
    ToolRun r =
        run({"messages", "--lang", "fr", "--catalogs", dir.string(), def("birth"), def("death")});
    fs::remove_all(dir);
    EXPECT_EQ(r.exit, 1);
    EXPECT_NE(
        r.out.find("fr: missing birth.child_name  (" + def("birth") + ": /pages/0/fields/1/label)"),
        std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("fr: unused birth.no_such_message"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("fr: placeholders birth.weight_at_birth.range"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("fr (ltr): "), std::string::npos);
    EXPECT_EQ(r.out.find("en (ltr)"), std::string::npos); // --lang limits the report
}

TEST(Tool, ValidatePrintsPerFieldErrorsAsJson)
{
    fs::path data =
        fs::temp_directory_path() / ("vitalis-data-" + std::to_string(::getpid()) + ".json");
    std::ofstream(data)
        << R"({"fields": {"child_birth_date": "2025-07-01", "birth_type": "twin", "birth_order": "third",
                              "weight_at_birth": 3.1, "typo_field": 1}})";
    ToolRun r = run({"validate", "--form", def("birth"), "--data", data.string(), "--today",
                     "2025-06-10", "--mode", "draft"});
    EXPECT_EQ(r.exit, 1) << r.err;
    json out = json::parse(r.out);
    EXPECT_FALSE(out["valid"].get<bool>());
    EXPECT_EQ(out["errors"]["child_birth_date"][0]["message"], "validation.notInFuture");
    EXPECT_EQ(out["errors"]["birth_order"][0]["message"], "birth.birth_order.too_high");
    EXPECT_FALSE(out["errors"].contains("child_name")); // draft: nothing is required yet
    EXPECT_EQ(out["unknownFields"], json({"typo_field"}));

    ToolRun declare =
        run({"validate", "--form", def("birth"), "--data", data.string(), "--today", "2025-06-10"});
    json d = json::parse(declare.out);
    EXPECT_EQ(d["errors"]["child_name"][0]["message"], "validation.required");

    std::ofstream(data) << R"({"child_sex": "female"})";
    ToolRun state = run({"validate", "--form", def("birth"), "--data", data.string(), "--today",
                         "2025-06-10", "--state", "--mode", "draft"});
    json s = json::parse(state.out);
    EXPECT_EQ(state.exit, 0);
    EXPECT_TRUE(s["valid"].get<bool>());
    EXPECT_EQ(s["pages"][0]["id"], "child");
    fs::remove(data);
}

TEST(Tool, ValidateReadsAReferenceWhoseRootHasANullParent)
{
    const fs::path dir = fs::temp_directory_path() / ("vitalis-ref-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "data.json") << R"({"fields": {"child_sex": "female"}})";
    // The seed writes the country's root with "parent": null.
    std::ofstream(dir / "ref.json")
        << R"({"locations": [{"id": "C", "parent": null, "label": "Country"},
                             {"id": "D", "parent": "C", "label": "District"}]})";
    ToolRun ok = run({"validate", "--form", def("birth"), "--data", (dir / "data.json").string(),
                      "--reference", (dir / "ref.json").string(), "--mode", "draft"});
    EXPECT_EQ(ok.exit, 0) << ok.err;
    EXPECT_TRUE(json::parse(ok.out)["valid"].get<bool>());

    std::ofstream(dir / "ref.json") << R"({"locations": [{"id": "C", "parent": 7}]})";
    ToolRun bad = run({"validate", "--form", def("birth"), "--data", (dir / "data.json").string(),
                       "--reference", (dir / "ref.json").string(), "--mode", "draft"});
    EXPECT_EQ(bad.exit, 2) << bad.err;
    EXPECT_NE(bad.err.find("/locations/0/parent: expected a text or null, not number"),
              std::string::npos)
        << bad.err;
    fs::remove_all(dir);
}

TEST(Tool, UsageErrorsExitTwo)
{
    EXPECT_EQ(run({}).exit, 2);
    EXPECT_EQ(run({"frobnicate"}).exit, 2);
    EXPECT_EQ(run({"check"}).exit, 2);
    EXPECT_EQ(run({"validate", "--form", def("birth")}).exit, 2);
    ToolRun r = run({"validate", "--form", def("birth"), "--data", "/nonexistent.json"});
    EXPECT_EQ(r.exit, 2);
    EXPECT_NE(r.err.find("/nonexistent.json: cannot open file"), std::string::npos);
}

TEST(Tool, TheExampleInTheDocumentationIsAValidDefinition)
{
    std::ifstream in(kSource + "/docs/forms.md");
    std::stringstream ss;
    ss << in.rdbuf();
    std::string doc = ss.str();
    auto start = doc.find("```json\n");
    ASSERT_NE(start, std::string::npos);
    start += 8;
    auto end = doc.find("```", start);
    fs::path example =
        fs::temp_directory_path() / ("vitalis-doc-example-" + std::to_string(::getpid()) + ".json");
    std::ofstream(example) << doc.substr(start, end - start);
    ToolRun r = run({"check", "--catalogs", kSource + "/translations/forms", example.string()});
    fs::remove(example);
    EXPECT_EQ(r.exit, 0) << r.err;
}

TEST(Tool, FhirCheckPassesTheShippedMappingsAndNamesFileAndPathOfABrokenOne)
{
    const std::string dir = kSource + "/forms/definitions/fhir/";
    ToolRun r = run({"fhir-check", dir + "birth.json", dir + "death.json"});
    EXPECT_EQ(r.exit, 0) << r.err;
    EXPECT_NE(r.out.find("birth.json: ok"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("death.json: ok"), std::string::npos) << r.out;

    const fs::path broken =
        fs::temp_directory_path() / ("vitalis-fhir-" + std::to_string(::getpid()) + ".json");
    std::ofstream(broken) << R"({"form": "birth", "event": "birth", "subject": "child",
        "resources": {"child": {"select": [{"resourceType": "Patient"}]}},
        "fields": [{"field": "child_sex", "from": "child", "path": "gender", "as": "date"}]})";
    r = run({"fhir-check", "--forms", kSource + "/forms/definitions", broken.string()});
    fs::remove(broken);
    EXPECT_EQ(r.exit, 1);
    EXPECT_NE(r.err.find(broken.string() +
                         ": /fields/0/as: \"date\" cannot fill 'child_sex', a radio field"),
              std::string::npos)
        << r.err;
}
