// vitalis-dedup: the rule author's and CI's check of duplicate-detection rule files.
//   check [--form FORM.json] FILE...   exit 1 with "file: /path: message" lines on stderr
// Without --form, a rule file for event E is checked against E.json in the folder above it
// (forms/definitions/dedup/birth.json -> forms/definitions/birth.json).
#include "dedup/RuleCheck.h"
#include "dedup/RuleSet.h"
#include "forms/FormParser.h"

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace vitalis;

namespace
{
constexpr const char* kUsage = "usage: vitalis-dedup check [--form FORM.json] FILE...\n";

bool checkFile(const std::string& file, const std::string& formOption)
{
    auto parsed = dedup::RuleSetReader::parseFile(file);
    forms::FormErrors errors = parsed.errors;
    std::shared_ptr<const forms::FormDefinition> form;
    if (parsed.rules) {
        const fs::path formPath = !formOption.empty() ? fs::path(formOption)
                                                      : fs::path(file).parent_path().parent_path() /
                                                            (parsed.rules->event + ".json");
        auto formResult = forms::FormParser::parseFile(formPath, nullptr);
        if (formResult.ok())
            form = formResult.form;
        else
            errors.push_back({file, "/event",
                              "no readable form for event '" + parsed.rules->event + "' at " +
                                  formPath.string() + " (use --form FILE)"});
        auto more = dedup::checkRuleSet(*parsed.rules, form.get());
        errors.insert(errors.end(), more.begin(), more.end());
    }
    for (const auto& e : errors)
        std::cerr << e.toString() << "\n";
    if (!errors.empty()) {
        std::cerr << file << ": " << errors.size() << " error(s)\n";
        return false;
    }
    std::cout << file << ": ok (event '" << parsed.rules->event << "', "
              << parsed.rules->rules.size() << " rules, threshold " << parsed.rules->threshold
              << " of " << parsed.rules->totalWeight() << ")\n";
    return true;
}
} // namespace

int main(int argc, char** argv)
{
    if (argc < 3 || std::string(argv[1]) != "check") {
        std::cerr << kUsage;
        return 2;
    }
    std::string form;
    std::vector<std::string> files;
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--form" && i + 1 < argc)
            form = argv[++i];
        else if (a.rfind("--", 0) == 0) {
            std::cerr << "vitalis-dedup: unknown option '" << a << "'\n" << kUsage;
            return 2;
        } else
            files.push_back(a);
    }
    if (files.empty()) {
        std::cerr << kUsage;
        return 2;
    }
    bool ok = true;
    for (const auto& f : files)
        ok = checkFile(f, form) && ok;
    return ok ? 0 : 1;
}
