// The rule sets of every event, read from one folder of rule files (forms/definitions/dedup/,
// installed as share/vitalis/forms/dedup/): what the server and the device check with.
#pragma once

#include "dedup/Matcher.h"
#include "dedup/RuleSet.h"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace vitalis::dedup
{

class RuleLibrary
{
public:
    RuleLibrary() = default; // no rules: nothing is ever flagged
    // Reads every *.json in `dir`; a file with errors is refused whole (std::invalid_argument
    // naming the file, the JSON path and the problem): nobody must check with rules half
    // understood. Two files for one event are refused too.
    static RuleLibrary loadDirectory(const std::filesystem::path& dir);

    const RuleSet* forEvent(const std::string& event) const;
    const Matcher* matcherFor(const std::string& event) const;
    std::vector<std::string> events() const;

private:
    struct Entry {
        std::unique_ptr<RuleSet> rules; // stable address: the Matcher keeps a reference
        std::unique_ptr<Matcher> matcher;
    };
    std::map<std::string, std::shared_ptr<Entry>> byEvent_;
};

// "Amina Banda, born 2026-11-01, mother Esther Banda": how a clerk recognises a record in a
// duplicate warning (the names and dates of the shipped birth and death forms).
std::string describeRecord(const std::string& event, const nlohmann::json& fields);

} // namespace vitalis::dedup
