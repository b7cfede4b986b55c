// Scores a declaration against one candidate record with a RuleSet: which rules matched, on
// which fields, the total and whether it reaches the threshold (the clerk's screen shows this).
#pragma once

#include "dedup/RuleSet.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis::dedup
{

// A record's fields read once for matching (tokens, keys, day numbers), so a declaration is
// compared with many candidates without normalising it again.
struct PreparedRecord {
    struct Value {
        std::vector<std::string> tokens; // names and texts
        std::vector<std::string> keys;   // phonetic key per token
        std::string joined;              // tokens run together ("1234-5678" = "12345678")
        std::optional<long> days;        // dates: days since 1970-01-01
        std::optional<double> number;
        bool empty() const { return tokens.empty() && !days && !number; }
    };
    std::vector<Value> values; // by RuleSet::fieldSlots
};

struct ClauseResult {
    std::string clause; // "fuzzy", ...
    std::string field;  // empty for and/or/not
    std::string path;   // JSON pointer of the clause in the rule file
    bool matched = false;
    bool droppedOut = false; // a field was empty on either side
};

struct RuleResult {
    std::string id;
    double weight = 0;
    bool matched = false;
    std::vector<ClauseResult> clauses; // leaves, in rule order
};

struct Explanation {
    double score = 0;
    bool flagged = false;
    std::vector<RuleResult> rules;
    std::vector<std::string> matchedFields() const; // fields of matched leaves of matched rules
};

class Matcher
{
public:
    explicit Matcher(const RuleSet& rules) : rules_(rules) {}

    PreparedRecord prepare(const nlohmann::json& fields) const;
    Explanation explain(const PreparedRecord& record, const PreparedRecord& candidate) const;
    Explanation explain(const nlohmann::json& record, const nlohmann::json& candidate) const;
    // The score alone, without the per-clause detail (the hot path over many candidates).
    double score(const PreparedRecord& record, const PreparedRecord& candidate) const;

private:
    const RuleSet& rules_;
};

} // namespace vitalis::dedup
