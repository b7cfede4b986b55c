#include "dedup/Matcher.h"

#include "core/DateText.h"

#include <chrono>
#include <cmath>
#include <set>

namespace vitalis::dedup
{
using nlohmann::json;
namespace
{
enum class Outcome { Match, NoMatch, Dropped };

std::size_t allowedEdits(const std::vector<int>& edits, std::size_t length)
{
    return static_cast<std::size_t>(length < 4 ? edits[0] : length <= 7 ? edits[1] : edits[2]);
}

std::size_t codePoints(const std::string& s)
{
    std::size_t n = 0;
    for (char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// Every token of the shorter name pairs with a distinct token of the longer one, in any
// order: swapped name order and a dropped middle name still match. A single-word name only
// matches a single-word name.
template <typename Eq>
bool tokensMatch(const std::vector<std::string>& a, const std::vector<std::string>& b, Eq eq)
{
    const auto& s = a.size() <= b.size() ? a : b;
    const auto& l = a.size() <= b.size() ? b : a;
    if (s.size() < std::min<std::size_t>(2, l.size()))
        return false;
    std::vector<bool> used(l.size(), false);
    for (std::size_t i = 0; i < s.size(); ++i) {
        bool found = false;
        for (std::size_t j = 0; j < l.size() && !found; ++j)
            if (!used[j] && eq(i, j, s == a)) {
                used[j] = true;
                found = true;
            }
        if (!found)
            return false;
    }
    return true;
}

class Evaluator
{
public:
    Evaluator(const PreparedRecord& a, const PreparedRecord& b, std::vector<ClauseResult>* log)
        : a_(a), b_(b), log_(log)
    {
    }

    Outcome eval(const Clause& c)
    {
        switch (c.kind) {
        case ClauseKind::And:
        case ClauseKind::Or: {
            bool any = false, all = true, counted = false;
            for (const auto& child : c.children) {
                const Outcome o = eval(child);
                if (o == Outcome::Dropped)
                    continue;
                counted = true;
                any = any || o == Outcome::Match;
                all = all && o == Outcome::Match;
            }
            if (!counted)
                return Outcome::Dropped;
            return (c.kind == ClauseKind::And ? all : any) ? Outcome::Match : Outcome::NoMatch;
        }
        case ClauseKind::Not: {
            const Outcome o = eval(c.children.front());
            return o == Outcome::Dropped ? o
                   : o == Outcome::Match ? Outcome::NoMatch
                                         : Outcome::Match;
        }
        default:
            return leaf(c);
        }
    }

private:
    Outcome leaf(const Clause& c)
    {
        const auto& x = a_.values.at(static_cast<std::size_t>(c.slot));
        const auto& y = b_.values.at(static_cast<std::size_t>(c.slot));
        Outcome o = Outcome::Dropped;
        if (!x.empty() && !y.empty())
            o = compare(c, x, y) ? Outcome::Match : Outcome::NoMatch;
        if (log_)
            log_->push_back(
                {clauseName(c.kind), c.field, c.path, o == Outcome::Match, o == Outcome::Dropped});
        return o;
    }

    static bool compare(const Clause& c, const PreparedRecord::Value& x,
                        const PreparedRecord::Value& y)
    {
        switch (c.kind) {
        case ClauseKind::DateRange:
            return x.days && y.days && std::abs(*x.days - *y.days) <= c.tolerance;
        case ClauseKind::Numeric:
            return x.number && y.number && std::abs(*x.number - *y.number) <= c.tolerance;
        case ClauseKind::Strict:
            if (x.days || y.days)
                return x.days == y.days;
            if (x.number || y.number)
                return x.number == y.number;
            return x.joined == y.joined ||
                   tokensMatch(x.tokens, y.tokens, [&](std::size_t i, std::size_t j, bool sx) {
                       return (sx ? x : y).tokens[i] == (sx ? y : x).tokens[j];
                   });
        case ClauseKind::Phonetic:
            return tokensMatch(x.keys, y.keys, [&](std::size_t i, std::size_t j, bool sx) {
                return (sx ? x : y).keys[i] == (sx ? y : x).keys[j];
            });
        case ClauseKind::Fuzzy:
            return tokensMatch(x.tokens, y.tokens, [&](std::size_t i, std::size_t j, bool sx) {
                const auto& s = (sx ? x : y).tokens[i];
                const auto& l = (sx ? y : x).tokens[j];
                if (s == l)
                    return true;
                const std::size_t ls = codePoints(s), ll = codePoints(l);
                const std::size_t allowed = allowedEdits(c.edits, std::max(ls, ll));
                // Lengths further apart than the allowed edits cannot be within them.
                return (ls > ll ? ls - ll : ll - ls) <= allowed && allowed > 0 &&
                       editDistance(s, l) <= allowed;
            });
        default:
            return false;
        }
    }

    const PreparedRecord& a_;
    const PreparedRecord& b_;
    std::vector<ClauseResult>* log_;
};

std::optional<long> dayNumber(const json& v)
{
    if (!v.is_string())
        return std::nullopt;
    auto date = fromIsoDate(v.get<std::string>());
    if (!date)
        return std::nullopt;
    return std::chrono::sys_days(*date).time_since_epoch().count();
}
} // namespace

std::vector<std::string> Explanation::matchedFields() const
{
    std::set<std::string> out;
    for (const auto& r : rules)
        if (r.matched)
            for (const auto& c : r.clauses)
                if (c.matched && !c.field.empty())
                    out.insert(c.field);
    return {out.begin(), out.end()};
}

PreparedRecord Matcher::prepare(const json& fields) const
{
    PreparedRecord out;
    out.values.resize(rules_.fieldSlots.size());
    if (!fields.is_object())
        return out;
    for (std::size_t slot = 0; slot < rules_.fieldSlots.size(); ++slot) {
        auto it = fields.find(rules_.fieldSlots[slot]);
        if (it == fields.end() || it->is_null())
            continue;
        PreparedRecord::Value& v = out.values[slot];
        if (it->is_number()) {
            v.number = it->get<double>();
        } else if (auto days = dayNumber(*it)) {
            v.days = days;
        } else {
            v.tokens = rules_.names.nameTokens(*it);
            for (const auto& t : v.tokens) {
                v.keys.push_back(NameNormaliser::tokenKey(t));
                v.joined += t;
            }
        }
    }
    return out;
}

Explanation Matcher::explain(const PreparedRecord& record, const PreparedRecord& candidate) const
{
    Explanation out;
    for (const auto& rule : rules_.rules) {
        RuleResult r{rule.id, rule.weight, false, {}};
        Evaluator eval(record, candidate, &r.clauses);
        r.matched = eval.eval(rule.when) == Outcome::Match;
        if (r.matched)
            out.score += rule.weight;
        out.rules.push_back(std::move(r));
    }
    out.flagged = out.score >= rules_.threshold;
    return out;
}

Explanation Matcher::explain(const json& record, const json& candidate) const
{
    return explain(prepare(record), prepare(candidate));
}

double Matcher::score(const PreparedRecord& record, const PreparedRecord& candidate) const
{
    double total = 0;
    for (const auto& rule : rules_.rules) {
        Evaluator eval(record, candidate, nullptr);
        if (eval.eval(rule.when) == Outcome::Match)
            total += rule.weight;
    }
    return total;
}

} // namespace vitalis::dedup
