// vitalis-forms: the form designer's and CI's tool.
//   check FILE...                 validate definitions (exit 1 with errors on stderr)
//   messages [--lang L] [FILE...] audit catalogs: missing/unused ids per language
//   validate --form F --data D    per-field errors of a data file, as JSON
//   certificates-check FILE...    check certificate template configurations and their SVGs
//   fhir-check FILE...            check FHIR mappings against their forms
#include "certificates/templates/TemplateCheck.h"
#include "forms/FormEvaluator.h"
#include "forms/FormParser.h"
#include "forms/MessageCatalog.h"
#include "forms/ReferenceData.h"
#include "forms/tool/FhirCheck.h"
#include "forms/tool/MessagesReport.h"
#include "forms/tool/ToolPaths.h"

#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using nlohmann::json;
using namespace vitalis::forms;

namespace
{

constexpr const char* kUsage =
    "usage: vitalis-forms check [--catalogs DIR] [--messages DIR] [--no-messages] FILE...\n"
    "       vitalis-forms messages [--lang LANG] [--catalogs DIR] [FILE...]\n"
    "       vitalis-forms validate --form FILE --data FILE [--mode draft|declare]\n"
    "                              [--today YYYY-MM-DD] [--reference FILE] [--state]\n"
    "       vitalis-forms certificates-check [--forms DIR] FILE...\n"
    "       vitalis-forms fhir-check [--forms DIR] FILE...\n"
    "Catalogs default to translations/forms found above the given files or the working\n"
    "directory, or $VITALIS_FORMS_CATALOGS. messages defaults to forms/definitions/*.json.\n";

struct Args {
    std::map<std::string, std::string> options;
    std::set<std::string> flags;
    std::vector<std::string> files;
};

bool parseArgs(int argc, char** argv, int start, const std::set<std::string>& valued,
               const std::set<std::string>& flags, Args& out)
{
    for (int i = start; i < argc; ++i) {
        std::string a = argv[i];
        if (a.rfind("--", 0) != 0) {
            out.files.push_back(a);
        } else if (flags.count(a)) {
            out.flags.insert(a);
        } else if (valued.count(a) && i + 1 < argc) {
            out.options[a] = argv[++i];
        } else {
            std::cerr << "vitalis-forms: unknown or incomplete option '" << a << "'\n" << kUsage;
            return false;
        }
    }
    return true;
}

std::optional<CatalogSet> loadCatalogs(const Args& args, const fs::path& near, const char* argv0,
                                       bool required)
{
    auto dir = tool::catalogDirectory(
        args.options.count("--catalogs") ? args.options.at("--catalogs") : "", near, argv0);
    if (!dir) {
        if (required)
            std::cerr << "vitalis-forms: no catalog directory found (use --catalogs DIR)\n";
        return required ? std::nullopt : std::optional<CatalogSet>(CatalogSet{});
    }
    FormErrors errors;
    CatalogSet set = CatalogSet::loadDirectory(*dir, errors);
    // A form added by configuration brings its own texts (the seed's "messages" directory).
    if (args.options.count("--messages"))
        set.merge(CatalogSet::loadDirectory(args.options.at("--messages"), errors));
    for (const auto& e : errors)
        std::cerr << e.toString() << "\n";
    if (!errors.empty())
        return std::nullopt;
    return set;
}

std::chrono::year_month_day systemToday()
{
    // The engine never reads the clock; the tool is where "today" is decided (local date).
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return std::chrono::year{local.tm_year + 1900} / (local.tm_mon + 1) / local.tm_mday;
}

int check(int argc, char** argv)
{
    Args args;
    if (!parseArgs(argc, argv, 2, {"--catalogs", "--messages"}, {"--no-messages"}, args))
        return 2;
    if (args.files.empty()) {
        std::cerr << kUsage;
        return 2;
    }
    std::optional<CatalogSet> catalogs;
    if (!args.flags.count("--no-messages")) {
        catalogs = loadCatalogs(args, args.files.front(), argv[0], true);
        if (!catalogs)
            return 1;
    }
    bool ok = true;
    std::map<std::pair<std::string, int>, std::string> seen;
    for (const auto& file : args.files) {
        auto result = FormParser::parseFile(file, catalogs ? &*catalogs : nullptr);
        for (const auto& e : result.errors)
            std::cerr << e.toString() << "\n";
        if (!result.ok()) {
            std::cerr << file << ": " << result.errors.size() << " error(s)\n";
            ok = false;
            continue;
        }
        const auto& f = *result.form;
        auto [it, fresh] = seen.emplace(std::make_pair(f.id, f.version), file);
        if (!fresh) {
            std::cerr << file << ": /version: form '" << f.id << "' version " << f.version
                      << " is also defined in " << it->second << "\n";
            ok = false;
            continue;
        }
        std::cout << file << ": ok (form '" << f.id << "' version " << f.version << ", "
                  << f.pages.size() << " pages, " << f.dataEntryFieldCount()
                  << " data-entry fields)\n";
    }
    return ok ? 0 : 1;
}

int messages(int argc, char** argv)
{
    Args args;
    if (!parseArgs(argc, argv, 2, {"--catalogs", "--lang"}, {}, args))
        return 2;
    std::vector<std::string> files = args.files;
    if (files.empty()) {
        std::error_code ec;
        auto dir = tool::findUpwards(fs::current_path(ec), fs::path("forms") / "definitions");
        if (!dir) {
            std::cerr << "vitalis-forms: no forms/definitions found; name the definition files\n";
            return 2;
        }
        for (const auto& e : fs::directory_iterator(*dir, ec))
            if (e.path().extension() == ".json")
                files.push_back(e.path().string());
        std::sort(files.begin(), files.end());
    }
    auto catalogs =
        loadCatalogs(args, files.empty() ? fs::path{} : fs::path(files.front()), argv[0], true);
    if (!catalogs)
        return 1;
    std::vector<std::shared_ptr<const FormDefinition>> forms;
    for (const auto& file : files) {
        // Parse without the catalog check: a missing id is exactly what this command reports.
        auto result = FormParser::parseFile(file, nullptr);
        for (const auto& e : result.errors)
            std::cerr << e.toString() << "\n";
        if (!result.ok())
            return 1;
        forms.push_back(result.form);
    }
    std::string lang = args.options.count("--lang") ? args.options["--lang"] : "";
    auto problems = tool::auditMessages(forms, *catalogs, lang);
    std::map<std::string, std::map<std::string, int>> counts;
    for (const auto& p : problems) {
        std::cout << p.language << ": " << p.kind << " " << p.id << "  (" << p.where << ")\n";
        ++counts[p.language][p.kind];
    }
    for (const auto& [l, catalog] : catalogs->all()) {
        if (!lang.empty() && l != lang)
            continue;
        std::cout << l << " (" << catalog.direction() << "): " << catalog.messages().size()
                  << " messages, " << counts[l]["missing"] << " missing, " << counts[l]["unused"]
                  << " unused, " << counts[l]["placeholders"] << " placeholder mismatches\n";
    }
    return problems.empty() ? 0 : 1;
}

std::optional<json> readJson(const std::string& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::cerr << file << ": cannot open file\n";
        return std::nullopt;
    }
    try {
        return json::parse(in);
    } catch (const json::exception& e) {
        std::cerr << file << ": invalid JSON: " << e.what() << "\n";
        return std::nullopt;
    }
}

int validate(int argc, char** argv)
{
    Args args;
    if (!parseArgs(argc, argv, 2,
                   {"--form", "--data", "--mode", "--today", "--reference", "--catalogs"},
                   {"--state"}, args))
        return 2;
    if (!args.options.count("--form") || !args.options.count("--data") || !args.files.empty()) {
        std::cerr << kUsage;
        return 2;
    }
    auto catalogs = loadCatalogs(args, args.options["--form"], argv[0], false);
    if (!catalogs)
        return 1;
    auto result =
        FormParser::parseFile(args.options["--form"], catalogs->empty() ? nullptr : &*catalogs);
    for (const auto& e : result.errors)
        std::cerr << e.toString() << "\n";
    if (!result.ok())
        return 2;
    auto data = readJson(args.options["--data"]);
    if (!data)
        return 2;
    // A data file is either the values object or a record-like {"fields": {...}}.
    json values =
        data->contains("fields") && (*data)["fields"].is_object() ? (*data)["fields"] : *data;
    std::string mode = args.options.count("--mode") ? args.options["--mode"] : "declare";
    if (mode != "draft" && mode != "declare") {
        std::cerr << "vitalis-forms: --mode is draft or declare\n";
        return 2;
    }
    auto today = systemToday();
    if (args.options.count("--today")) {
        auto d = parseDate(args.options["--today"]);
        if (!d) {
            std::cerr << "vitalis-forms: --today must be YYYY-MM-DD\n";
            return 2;
        }
        today = *d;
    }
    std::optional<StaticReferenceData> reference;
    if (args.options.count("--reference")) {
        auto doc = readJson(args.options["--reference"]);
        if (!doc)
            return 2;
        FormErrors errors;
        reference = StaticReferenceData::fromJson(*doc, args.options["--reference"], errors);
        for (const auto& e : errors)
            std::cerr << e.toString() << "\n";
        if (!reference)
            return 2;
    }
    FormEvaluator evaluator(result.form, fixedToday(today), reference ? &*reference : nullptr,
                            mode == "draft" ? ValidationMode::Draft : ValidationMode::Declare);
    evaluator.setValues(values);
    json out = evaluator.toJson();
    if (!args.flags.count("--state"))
        out.erase("pages");
    std::cout << out.dump(2) << "\n";
    return out["valid"].get<bool>() ? 0 : 1;
}

// The forms a configuration is checked against: --forms DIR, else the definitions directory
// above the first file (forms/definitions/certificates/x.json -> forms/definitions/).
fs::path formsDirFor(const Args& args)
{
    return args.options.count("--forms")
               ? fs::path(args.options.at("--forms"))
               : fs::absolute(args.files.front()).parent_path().parent_path();
}

// Certificate configurations are checked against the forms of their events: --forms DIR,
// else the definitions directory above the first file (forms/definitions/certificates/).
int certificatesCheck(int argc, char** argv)
{
    Args args;
    if (!parseArgs(argc, argv, 2, {"--forms"}, {}, args))
        return 2;
    if (args.files.empty()) {
        std::cerr << kUsage;
        return 2;
    }
    const fs::path formsDir = formsDirFor(args);
    FormRegistry forms;
    for (const auto& e : forms.loadDirectory(formsDir))
        std::cerr << e.toString() << "\n";
    bool ok = true;
    for (const auto& file : args.files) {
        const auto errors = vitalis::certificates::checkTemplateFile(file, forms);
        for (const auto& e : errors)
            std::cerr << e.toString() << "\n";
        if (errors.empty())
            std::cout << file << ": ok\n";
        else
            std::cerr << file << ": " << errors.size() << " error(s)\n";
        ok = ok && errors.empty();
    }
    return ok ? 0 : 1;
}

// FHIR mappings are checked against the forms they fill: --forms DIR, else the definitions
// directory above the first file (forms/definitions/fhir/).
int fhirCheck(int argc, char** argv)
{
    Args args;
    if (!parseArgs(argc, argv, 2, {"--forms"}, {}, args))
        return 2;
    if (args.files.empty()) {
        std::cerr << kUsage;
        return 2;
    }
    const fs::path formsDir = formsDirFor(args);
    return tool::fhirCheck(formsDir, args.files);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::cerr << kUsage;
        return 2;
    }
    std::string command = argv[1];
    if (command == "check")
        return check(argc, argv);
    if (command == "messages")
        return messages(argc, argv);
    if (command == "validate")
        return validate(argc, argv);
    if (command == "certificates-check")
        return certificatesCheck(argc, argv);
    if (command == "fhir-check")
        return fhirCheck(argc, argv);
    if (command == "--help" || command == "-h" || command == "help") {
        std::cout << kUsage;
        return 0;
    }
    std::cerr << "vitalis-forms: unknown command '" << command << "'\n" << kUsage;
    return 2;
}
