#include "dedup/RuleSet.h"

#include "forms/Suggest.h"

#include <algorithm>
#include <fstream>
#include <set>

namespace vitalis::dedup
{
using forms::FormError;
using nlohmann::json;

const std::vector<std::string>& clauseNames()
{
    static const std::vector<std::string> names = {"and",   "or",       "not",       "strict",
                                                   "fuzzy", "phonetic", "dateRange", "numeric"};
    return names;
}

std::string clauseName(ClauseKind kind)
{
    return clauseNames()[static_cast<std::size_t>(kind)];
}

double RuleSet::totalWeight() const
{
    double sum = 0;
    for (const auto& r : rules)
        sum += r.weight > 0 ? r.weight : 0;
    return sum;
}

namespace
{
void assignSlots(Clause& c, const std::vector<std::string>& slots)
{
    if (!c.field.empty())
        c.slot = static_cast<int>(std::find(slots.begin(), slots.end(), c.field) - slots.begin());
    for (auto& child : c.children)
        assignSlots(child, slots);
}

void collectFields(const Clause& c, std::set<std::string>& out)
{
    if (!c.field.empty())
        out.insert(c.field);
    for (const auto& child : c.children)
        collectFields(child, out);
}

class Reader
{
public:
    explicit Reader(std::string file) : file_(std::move(file)) {}
    forms::FormErrors errors;

    void error(const std::string& path, const std::string& message)
    {
        errors.push_back(FormError{file_, path, message});
    }

    std::optional<Clause> clause(const json& j, const std::string& path)
    {
        if (!j.is_object()) {
            error(path, "a clause must be an object such as {\"strict\": \"field_id\"}");
            return std::nullopt;
        }
        std::string key;
        for (const auto& [k, v] : j.items()) {
            auto it = std::find(clauseNames().begin(), clauseNames().end(), k);
            if (it != clauseNames().end()) {
                if (!key.empty()) {
                    error(path, "clause has both '" + key + "' and '" + k + "'; split it");
                    return std::nullopt;
                }
                key = k;
            }
        }
        if (key.empty()) {
            const std::string first = j.empty() ? std::string{} : j.begin().key();
            error(path, "unknown clause '" + first + "'" + forms::didYouMean(first, clauseNames()) +
                            " (expected one of and, or, not, strict, fuzzy, phonetic, "
                            "dateRange, numeric)");
            return std::nullopt;
        }
        Clause c;
        c.kind = static_cast<ClauseKind>(
            std::find(clauseNames().begin(), clauseNames().end(), key) - clauseNames().begin());
        c.path = path;
        c.source = j;
        const std::string sub = path + forms::pointerSegment(key);
        if (!params(j, key, c, path))
            return std::nullopt;
        if (c.kind == ClauseKind::And || c.kind == ClauseKind::Or) {
            const json& list = j.at(key);
            if (!list.is_array() || list.empty()) {
                error(sub, "'" + key + "' needs a non-empty list of clauses");
                return std::nullopt;
            }
            for (std::size_t i = 0; i < list.size(); ++i)
                if (auto child = clause(list[i], sub + "/" + std::to_string(i)))
                    c.children.push_back(std::move(*child));
            return c.children.size() == list.size() ? std::optional<Clause>(c) : std::nullopt;
        }
        if (c.kind == ClauseKind::Not) {
            auto child = clause(j.at(key), sub);
            if (!child)
                return std::nullopt;
            c.children.push_back(std::move(*child));
            return c;
        }
        if (!j.at(key).is_string() || j.at(key).get<std::string>().empty()) {
            error(sub, "'" + key + "' names a field id (a non-empty string)");
            return std::nullopt;
        }
        c.field = j.at(key).get<std::string>();
        return c;
    }

    // The parameters each clause accepts, checked for range.
    bool params(const json& j, const std::string& key, Clause& c, const std::string& path)
    {
        static const std::map<std::string, std::set<std::string>> allowed = {
            {"dateRange", {"days"}}, {"numeric", {"within"}}, {"fuzzy", {"edits"}}};
        const auto ok = allowed.count(key) ? allowed.at(key) : std::set<std::string>{};
        bool good = true;
        for (const auto& [k, v] : j.items()) {
            if (k == key)
                continue;
            if (!ok.count(k)) {
                error(path + forms::pointerSegment(k),
                      "'" + key + "' takes no parameter '" + k + "'");
                good = false;
            } else if (k == "days" || k == "within") {
                if (!v.is_number() || v.get<double>() < 0 || v.get<double>() > 36500) {
                    error(path + "/" + k, "'" + k + "' must be a number from 0 to 36500");
                    good = false;
                } else {
                    c.tolerance = v.get<double>();
                }
            } else if (k == "edits") {
                good = edits(v, path + "/edits", c) && good;
            }
        }
        if (c.kind == ClauseKind::Fuzzy && c.edits.empty())
            c.edits = {0, 1, 2};
        if (c.kind == ClauseKind::DateRange && !j.contains("days")) {
            error(path, "'dateRange' needs 'days' (how many days either side)");
            good = false;
        }
        if (c.kind == ClauseKind::Numeric && !j.contains("within")) {
            error(path, "'numeric' needs 'within' (how far either side)");
            good = false;
        }
        return good;
    }

    bool edits(const json& v, const std::string& path, Clause& c)
    {
        bool good = v.is_array() && v.size() == 3;
        for (std::size_t i = 0; good && i < 3; ++i)
            good = v[i].is_number_integer() && v[i].get<int>() >= 0 && v[i].get<int>() <= 5 &&
                   (i == 0 || v[i].get<int>() >= v[i - 1].get<int>());
        if (!good) {
            error(path, "'edits' must be three whole numbers 0-5, not decreasing, for names "
                        "shorter than 4, of 4-7 and longer than 7 letters");
            return false;
        }
        c.edits = v.get<std::vector<int>>();
        return true;
    }

    void rules(const json& doc, RuleSet& set)
    {
        if (!doc.contains("rules") || !doc["rules"].is_array() || doc["rules"].empty()) {
            error("/rules", "'rules' must be a non-empty list");
            return;
        }
        std::set<std::string> ids;
        for (std::size_t i = 0; i < doc["rules"].size(); ++i) {
            const json& r = doc["rules"][i];
            const std::string path = "/rules/" + std::to_string(i);
            Rule rule;
            rule.path = path;
            if (!r.is_object() || !r.contains("id") || !r["id"].is_string()) {
                error(path, "a rule needs an 'id' (text)");
                continue;
            }
            rule.id = r["id"].get<std::string>();
            if (!ids.insert(rule.id).second)
                error(path + "/id", "rule id '" + rule.id + "' is used twice");
            if (!r.contains("weight") || !r["weight"].is_number())
                error(path + "/weight", "a rule needs a numeric 'weight'");
            else
                rule.weight = r["weight"].get<double>();
            if (!r.contains("when")) {
                error(path, "a rule needs a clause under 'when'");
                continue;
            }
            if (auto c = clause(r["when"], path + "/when")) {
                rule.when = std::move(*c);
                set.rules.push_back(std::move(rule));
            }
        }
    }

    void blocking(const json& doc, RuleSet& set)
    {
        if (!doc.contains("blocking"))
            return;
        const json& keys = doc["blocking"];
        if (!keys.is_array()) {
            error("/blocking", "'blocking' must be a list of keys, each a list of parts");
            return;
        }
        for (std::size_t i = 0; i < keys.size(); ++i) {
            std::vector<KeyPart> key;
            const std::string path = "/blocking/" + std::to_string(i);
            if (!keys[i].is_array() || keys[i].empty()) {
                error(path, "a blocking key is a non-empty list of parts");
                continue;
            }
            for (std::size_t p = 0; p < keys[i].size(); ++p) {
                const json& part = keys[i][p];
                const std::string pp = path + "/" + std::to_string(p);
                if (!part.is_object() || part.size() != 1 || !part.begin()->is_string()) {
                    error(pp, "a key part is {\"name\"|\"year\"|\"value\": \"field_id\"}");
                    continue;
                }
                const std::string use = part.begin().key();
                if (use != "name" && use != "year" && use != "value") {
                    error(pp + forms::pointerSegment(use),
                          "unknown key part '" + use + "'" +
                              forms::didYouMean(use, {"name", "year", "value"}));
                    continue;
                }
                key.push_back({use, part.begin()->get<std::string>()});
            }
            set.blocking.push_back(std::move(key));
        }
    }

    void variants(const json& doc, RuleSet& set)
    {
        if (!doc.contains("nameVariants"))
            return;
        const json& v = doc["nameVariants"];
        bool good = v.is_array();
        for (std::size_t i = 0; good && i < v.size(); ++i) {
            good = v[i].is_array() && v[i].size() >= 2;
            for (std::size_t k = 0; good && k < v[i].size(); ++k)
                good = v[i][k].is_string();
            if (!good)
                error("/nameVariants/" + std::to_string(i),
                      "a variant group is a list of two or more spellings");
        }
        if (!v.is_array())
            error("/nameVariants", "'nameVariants' must be a list of spelling groups");
        if (good)
            set.nameVariants = v.get<std::vector<std::vector<std::string>>>();
    }

private:
    std::string file_;
};
} // namespace

std::vector<std::string> RuleSet::fields() const
{
    std::set<std::string> out;
    for (const auto& r : rules)
        collectFields(r.when, out);
    for (const auto& key : blocking)
        for (const auto& part : key)
            out.insert(part.field);
    return {out.begin(), out.end()};
}

RuleSetResult RuleSetReader::parse(const json& doc, const std::string& file)
{
    Reader reader(file);
    RuleSet set;
    set.file = file;
    if (!doc.is_object()) {
        reader.error("", "a rule file is a JSON object with 'event', 'threshold' and 'rules'");
        return {std::nullopt, reader.errors};
    }
    for (const auto& [k, v] : doc.items())
        if (k != "event" && k != "threshold" && k != "rules" && k != "blocking" &&
            k != "nameVariants" && k != "description")
            reader.error(forms::pointerSegment(k),
                         "unknown member '" + k + "'" +
                             forms::didYouMean(k, {"event", "threshold", "rules", "blocking",
                                                   "nameVariants", "description"}));
    if (!doc.contains("event") || !doc["event"].is_string())
        reader.error("/event", "'event' (birth, death, ...) is required");
    else
        set.event = doc["event"].get<std::string>();
    if (!doc.contains("threshold") || !doc["threshold"].is_number())
        reader.error("/threshold", "'threshold' (a number) is required");
    else
        set.threshold = doc["threshold"].get<double>();
    reader.rules(doc, set);
    reader.blocking(doc, set);
    reader.variants(doc, set);
    if (!reader.errors.empty())
        return {std::nullopt, reader.errors};
    set.names = NameNormaliser(set.nameVariants);
    set.fieldSlots = set.fields();
    for (auto& rule : set.rules)
        assignSlots(rule.when, set.fieldSlots);
    return {std::move(set), {}};
}

RuleSetResult RuleSetReader::parseFile(const std::filesystem::path& file)
{
    std::ifstream in(file);
    if (!in)
        return {std::nullopt, {FormError{file.string(), "", "cannot read the file"}}};
    json doc = json::parse(in, nullptr, false);
    if (doc.is_discarded())
        return {std::nullopt, {FormError{file.string(), "", "not valid JSON"}}};
    return parse(doc, file.string());
}

} // namespace vitalis::dedup
