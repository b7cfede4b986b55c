// Certificate template configurations: the shipped ones pass the checker; eight broken ones are
// each reported with their file and JSON path (library and `vitalis-forms certificates-check`);
// fees by timeliness, conditions, and filling with the record screen's formatting.
#include "certificates/templates/CertificateFill.h"
#include "certificates/templates/PrintRule.h"
#include "certificates/templates/TemplateBundle.h"
#include "certificates/templates/TemplateCheck.h"
#include "tests/support/TempDir.h"

#include <array>
#include <cstdio>
#include <fstream>
#include <functional>
#include <gtest/gtest.h>
#include <sys/wait.h>

namespace
{

using namespace vitalis;
using namespace vitalis::certificates;
using nlohmann::json;
namespace fs = std::filesystem;

const fs::path kSource = VITALIS_SOURCE_DIR;
const fs::path kShipped = kSource / "forms" / "definitions" / "certificates";

forms::FormRegistry loadForms()
{
    forms::FormErrors errors;
    forms::CatalogSet catalogs =
        forms::CatalogSet::loadDirectory(kSource / "translations" / "forms", errors);
    forms::FormRegistry registry(std::move(catalogs));
    const auto more = registry.loadDirectory(kSource / "forms" / "definitions");
    EXPECT_TRUE(errors.empty() && more.empty());
    return registry;
}

json readJson(const fs::path& p)
{
    std::ifstream in(p);
    return json::parse(in);
}

void writeText(const fs::path& p, const std::string& text)
{
    std::ofstream(p, std::ios::binary) << text;
}

std::string joined(const forms::FormErrors& errors)
{
    std::string out;
    for (const auto& e : errors)
        out += e.toString() + "\n";
    return out;
}

TEST(CertificateTemplates, ShippedConfigurationsPass)
{
    const auto registry = loadForms();
    for (const char* event : {"birth", "death"}) {
        const auto errors = checkTemplateFile(kShipped / (std::string(event) + ".json"), registry);
        EXPECT_TRUE(errors.empty()) << joined(errors);
    }
    forms::FormErrors errors;
    const auto all = loadTemplateDirectory(kShipped, errors);
    EXPECT_TRUE(errors.empty()) << joined(errors);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all.at("birth").templates.size(), 2u);
}

struct Broken {
    const char* name;
    std::function<void(json& config, const fs::path& dir)> breakIt;
    const char* path;    // JSON path the error names
    const char* message; // part of the message
};

const std::array<Broken, 8> kBroken = {{
    {"unknown_placeholder",
     [](json&, const fs::path& dir) {
         writeText(dir / "birth-certificate.fr.svg",
                   test::readFile(dir / "birth-certificate.fr.svg") + "<!-- {{child_nmae}} -->");
     },
     "/templates/0/file/fr", "unknown placeholder '{{child_nmae}}'"},
    {"missing_language", [](json& c, const fs::path&) { c["templates"][1]["file"].erase("ar"); },
     "/templates/1/file/ar", "missing the SVG file in language 'ar'"},
    {"malformed_svg",
     [](json&, const fs::path& dir) {
         writeText(dir / "birth-extract.en.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n"
                                                 "<text>{{registration_number}}</txet></svg>");
     },
     "/templates/1/file/en", "malformed SVG, line 2"},
    {"unknown_event", [](json& c, const fs::path&) { c["event"] = "marriage"; }, "/event",
     "unknown event 'marriage'"},
    {"overlapping_fee_tiers",
     [](json& c, const fs::path&) { c["fees"]["tiers"][1]["upToDays"] = 20; },
     "/fees/tiers/1/upToDays", "tiers overlap"},
    {"unknown_field_in_condition",
     [](json& c, const fs::path&) {
         c["templates"][0]["when"] = {
             {"==", {{{"var", "place_of_brith_type"}}, "health_facility"}}};
     },
     "/templates/0/when/==/0/var", "unknown field 'place_of_brith_type'"},
    {"missing_file",
     [](json&, const fs::path& dir) { fs::remove(dir / "birth-certificate.ar.svg"); },
     "/templates/0/file/ar", "does not exist"},
    {"bad_fee", [](json& c, const fs::path&) { c["fees"]["tiers"][2]["amount"] = "free"; },
     "/fees/tiers/2/amount", "whole number"},
}};

// A copy of the shipped birth configuration and its SVGs, broken one way.
fs::path brokenCopy(const Broken& b)
{
    const fs::path dir = test::freshDir(std::string("cert-templates-") + b.name);
    for (const auto& e : fs::directory_iterator(kShipped))
        if (e.path().filename().string().rfind("birth", 0) == 0)
            fs::copy_file(e.path(), dir / e.path().filename());
    json config = readJson(dir / "birth.json");
    b.breakIt(config, dir);
    writeText(dir / "birth.json", config.dump(2));
    return dir / "birth.json";
}

TEST(CertificateTemplates, EachBrokenConfigurationIsReportedWithFileAndPath)
{
    const auto registry = loadForms();
    for (const auto& b : kBroken) {
        const fs::path file = brokenCopy(b);
        const auto errors = checkTemplateFile(file, registry);
        bool found = false;
        for (const auto& e : errors)
            found = found || (e.file == file.string() && e.path == b.path &&
                              e.message.find(b.message) != std::string::npos);
        EXPECT_TRUE(found) << b.name << ":\n" << joined(errors);
        fs::remove_all(file.parent_path());
    }
}

std::pair<int, std::string> runTool(const std::string& args)
{
    const std::string command = std::string(VITALIS_FORMS_BIN) + " " + args + " 2>&1";
    std::string output;
    FILE* pipe = popen(command.c_str(), "r");
    std::array<char, 4096> buffer{};
    while (pipe && fgets(buffer.data(), buffer.size(), pipe))
        output += buffer.data();
    const int raw = pipe ? pclose(pipe) : -1;
    return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, output};
}

TEST(CertificateTemplates, CheckCommandPrintsFilePathAndMessage)
{
    const std::string forms = (kSource / "forms" / "definitions").string();
    const auto ok = runTool("certificates-check " + (kShipped / "birth.json").string() + " " +
                            (kShipped / "death.json").string());
    EXPECT_EQ(ok.first, 0) << ok.second;
    EXPECT_NE(ok.second.find("birth.json: ok"), std::string::npos) << ok.second;
    for (const auto& b : kBroken) {
        const fs::path file = brokenCopy(b);
        const auto r = runTool("certificates-check --forms " + forms + " " + file.string());
        EXPECT_EQ(r.first, 1) << b.name << ": " << r.second;
        const std::string expected = file.string() + ": " + b.path + ": ";
        EXPECT_NE(r.second.find(expected), std::string::npos) << b.name << ": " << r.second;
        fs::remove_all(file.parent_path());
    }
}

TEST(CertificateTemplates, FeesFollowTimelinessThresholds)
{
    forms::FormErrors errors;
    const auto config = TemplateConfig::load(kShipped / "birth.json", errors);
    ASSERT_TRUE(config) << joined(errors);
    EXPECT_EQ(config->timeliness(0), Timeliness::OnTime);
    EXPECT_EQ(config->timeliness(30), Timeliness::OnTime);
    EXPECT_EQ(config->timeliness(31), Timeliness::Late);
    EXPECT_EQ(config->timeliness(365), Timeliness::Late);
    EXPECT_EQ(config->timeliness(366), Timeliness::Delayed);
    EXPECT_EQ(config->fee(10, false), 0);
    EXPECT_EQ(config->fee(200, false), 500);
    EXPECT_EQ(config->fee(4000, false), 1500);
    EXPECT_EQ(config->fee(10, true), 300);
}

// The rule the laptop and the server share (PrintRule): copies cost the copy fee, a first
// certificate its timeliness tier; each refusal names the field and the expected value.
TEST(CertificateTemplates, PrintRuleChecksTemplateLanguageKindAndFee)
{
    forms::FormErrors errors;
    const auto configs = loadTemplateDirectory(kShipped, errors);
    ASSERT_TRUE(errors.empty()) << joined(errors);
    const json born = {{"child_birth_date", "2026-01-01"}};
    const auto problem = [&](const PrintedCertificate& p, const std::string& registered,
                             std::int64_t earlier = 0) {
        return printRuleProblem(configs, "birth", born, registered, earlier, p);
    };
    EXPECT_FALSE(problem({"birth-certificate", "fr", false, 0}, "2026-01-31")); // 30 days
    EXPECT_FALSE(problem({"birth-certificate", "fr", false, 500}, "2026-02-01"));
    EXPECT_FALSE(problem({"birth-certificate", "ar", false, 1500}, "2027-01-02"));
    EXPECT_FALSE(problem({"birth-certificate", "en", false, 300}, "2026-01-02", 1)); // reprint
    EXPECT_FALSE(problem({"birth-extract", "en", true, 300}, "2026-01-02"));
    const auto late = problem({"birth-certificate", "en", false, 0}, "2026-02-15");
    ASSERT_TRUE(late);
    EXPECT_EQ(late->code, "fee_mismatch");
    EXPECT_EQ(late->path, "/print/fee");
    EXPECT_EQ(late->message,
              "the fee for a late registration (45 days) is 500 VDR, the print says 0");
    const auto reprint = problem({"birth-certificate", "en", false, 0}, "2026-01-02", 2);
    ASSERT_TRUE(reprint);
    EXPECT_EQ(reprint->message, "the fee for a reprint (copy 3) is 300 VDR, the print says 0");
    EXPECT_EQ(problem({"birth-poster", "en", false, 0}, "2026-01-02")->code, "unknown_template");
    EXPECT_EQ(problem({"birth-certificate", "de", false, 0}, "2026-01-02")->code,
              "unknown_language");
    EXPECT_EQ(problem({"birth-extract", "en", false, 300}, "2026-01-02")->path,
              "/print/certified_copy");
    EXPECT_EQ(printRuleProblem(configs, "marriage", born, "2026-01-02", 0,
                               {"birth-certificate", "en", false, 0})
                  ->code,
              "unknown_template");
    // No event date: counted as on time (the laptop and the server alike).
    EXPECT_EQ(printFee(configs.at("birth"), json::object(), "2026-06-01", false, 0).amount, 0);
}

// What the server serves is what a laptop reads back: same configurations, same SVG texts.
TEST(CertificateTemplates, BundleRoundTripsThroughTheServedJson)
{
    forms::FormErrors errors;
    const TemplateBundle shipped = TemplateBundle::load(kShipped, errors);
    ASSERT_TRUE(errors.empty()) << joined(errors);
    ASSERT_EQ(shipped.configs.size(), 2u);
    const TemplateBundle served =
        TemplateBundle::fromJson(json::parse(shipped.toJson().dump()), errors);
    ASSERT_TRUE(errors.empty()) << joined(errors);
    ASSERT_EQ(served.configs.size(), 2u);
    const auto& t = *served.configs.at("birth").find("birth-certificate");
    EXPECT_EQ(served.svg("birth", t, "ar"), test::readFile(kShipped / "birth-certificate.ar.svg"));
    EXPECT_EQ(served.configs.at("birth").copyAmount, shipped.configs.at("birth").copyAmount);
    // A served configuration missing an SVG it names is not usable.
    json broken = shipped.toJson();
    broken["configurations"][0]["svg"].erase("birth-certificate.fr.svg");
    forms::FormErrors missing;
    TemplateBundle::fromJson(broken, missing);
    ASSERT_FALSE(missing.empty());
    EXPECT_NE(joined(missing).find("/templates/0/file/fr"), std::string::npos) << joined(missing);
}

TEST(CertificateTemplates, ConditionsChooseTheTemplate)
{
    json doc = readJson(kShipped / "birth.json");
    json facility = doc["templates"][0];
    facility["id"] = "birth-certificate-facility";
    facility["when"] = {{"==", {{{"var", "place_of_birth_type"}}, "health_facility"}}};
    doc["templates"].insert(doc["templates"].begin(), facility);
    forms::FormErrors errors;
    const auto config = TemplateConfig::parse(doc, "birth.json", kShipped, errors);
    ASSERT_TRUE(config) << joined(errors);
    const json atHome = {{"place_of_birth_type", "home"}};
    const json inHospital = {{"place_of_birth_type", "health_facility"}};
    EXPECT_EQ(config->choose(atHome, false)->id, "birth-certificate");
    EXPECT_EQ(config->choose(inHospital, false)->id, "birth-certificate-facility");
    EXPECT_EQ(config->choose(inHospital, true)->id, "birth-extract");
}

// The number the national ID system gave (issue 19) is on the birth certificate in every
// language, and the line is not there at all for a record without one.
TEST(CertificateTemplates, TheChildsNationalIdIsOnTheBirthCertificateWhenItHasOne)
{
    const auto registry = loadForms();
    Record r;
    r.formId = "birth";
    r.formVersion = 1;
    r.eventType = "birth";
    r.fields = {{"child_name", {{"first", "Amina"}, {"family", "Okafor"}}},
                {"child_sex", "female"},
                {"child_birth_date", "2026-11-03"}};
    for (const char* lang : {"en", "fr", "ar"}) {
        const forms::FieldDisplay display(registry, nullptr, lang);
        const std::string svg =
            test::readFile(kShipped / (std::string("birth-certificate.") + lang + ".svg"));
        r.fields.erase("child_national_id");
        EXPECT_EQ(fillTemplate(svg, certificateValues(r, display, {})).find("159"),
                  std::string::npos)
            << lang;
        r.fields["child_national_id"] = "7000000016";
        EXPECT_NE(fillTemplate(svg, certificateValues(r, display, {})).find("7000000016"),
                  std::string::npos)
            << lang;
    }
}

TEST(CertificateTemplates, FilledWithTheRecordScreensFormattingAndEscaped)
{
    const auto registry = loadForms();
    Record r;
    r.formId = "birth";
    r.formVersion = 1;
    r.eventType = "birth";
    r.trackingId = "B7K2M9";
    r.fields = {
        {"child_name", {{"first", "Amina"}, {"middle", "Rose"}, {"family", "Okafor & Sons"}}},
        {"child_sex", "female"},
        {"child_birth_date", "2026-11-03"}};
    const forms::FieldDisplay display(registry, nullptr, "fr");
    PrintFacts facts;
    facts.registrationNumber = "ALD-2026-000042";
    facts.registrationDate = "2026-11-20";
    facts.copyNumber = 2;
    const json values = certificateValues(r, display, facts);
    EXPECT_EQ(values["child_birth_date"], "3 novembre 2026");
    EXPECT_EQ(values["child_name_given"], "Amina Rose");
    EXPECT_EQ(values["registration_date"], "20 novembre 2026");
    EXPECT_EQ(values["reprint"], true);
    const std::string svg =
        fillTemplate(test::readFile(kShipped / "birth-certificate.fr.svg"), values);
    EXPECT_NE(svg.find("Okafor &amp; Sons"), std::string::npos);
    EXPECT_NE(svg.find("ALD-2026-000042"), std::string::npos);
    EXPECT_NE(svg.find("Duplicata 2"), std::string::npos);
    EXPECT_EQ(svgProblem(svg), "");
}

} // namespace
