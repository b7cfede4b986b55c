// Duplicate-detection rules for one event, read from JSON: weighted rules made of clauses
// (and, or, not, strict, fuzzy, phonetic, dateRange, numeric), a threshold and blocking keys.
#pragma once

#include "dedup/NameNormaliser.h"
#include "forms/FormError.h"

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis::dedup
{

enum class ClauseKind { And, Or, Not, Strict, Fuzzy, Phonetic, DateRange, Numeric };

const std::vector<std::string>& clauseNames(); // in ClauseKind order
std::string clauseName(ClauseKind kind);

struct Clause {
    ClauseKind kind = ClauseKind::Strict;
    std::string field;            // leaf clauses
    int slot = -1;                // leaf clauses: index of field in RuleSet::fieldSlots
    std::string path;             // JSON pointer in the rule file (for check and explain)
    double tolerance = 0;         // dateRange: days either side; numeric: plus or minus
    std::vector<int> edits;       // fuzzy: allowed edits for lengths <4, 4-7, >7
    std::vector<Clause> children; // and/or: operands; not: exactly one
    nlohmann::json source;        // as written, to recognise "x and not x"
};

struct Rule {
    std::string id;
    double weight = 0;
    Clause when;
    std::string path;
};

// One part of a blocking key: "name" = sorted phonetic keys of the first given name and the
// family name, "year" = the year of a date, "value" = the normalised text.
struct KeyPart {
    std::string use; // name | year | value
    std::string field;
};

struct RuleSet {
    std::string file;
    std::string event;
    double threshold = 0;
    std::vector<Rule> rules;
    std::vector<std::vector<KeyPart>> blocking;
    std::vector<std::vector<std::string>> nameVariants;
    NameNormaliser names;
    std::vector<std::string> fieldSlots; // fields() once, so matching indexes instead of looks up

    double totalWeight() const;
    std::vector<std::string> fields() const; // every field the rules and keys read
};

struct RuleSetResult {
    std::optional<RuleSet> rules; // empty when there are errors
    forms::FormErrors errors;
};

class RuleSetReader
{
public:
    static RuleSetResult parse(const nlohmann::json& doc, const std::string& file);
    static RuleSetResult parseFile(const std::filesystem::path& file);
};

} // namespace vitalis::dedup
