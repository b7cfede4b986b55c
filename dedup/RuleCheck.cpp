#include "dedup/RuleCheck.h"

#include "forms/Suggest.h"

#include <sstream>

namespace vitalis::dedup
{
using forms::FieldType;
using forms::FormError;
namespace
{
std::string number(double v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}

class Checker
{
public:
    Checker(const RuleSet& rules, const forms::FormDefinition* form) : rules_(rules), form_(form)
    {
        if (form_)
            for (const auto& f : form_->fields)
                ids_.push_back(f.id);
    }
    forms::FormErrors errors;

    void error(const std::string& path, const std::string& message)
    {
        errors.push_back(FormError{rules_.file, path, message});
    }

    const forms::Field* field(const std::string& id, const std::string& path)
    {
        if (!form_)
            return nullptr;
        for (const auto& f : form_->fields)
            if (f.id == id)
                return &f;
        error(path, "unknown field '" + id + "' in form '" + form_->id + "'" +
                        forms::didYouMean(id, ids_));
        return nullptr;
    }

    void fieldKind(const std::string& what, const std::string& id, const std::string& path,
                   bool wantDate, bool wantNumber, bool wantName)
    {
        const forms::Field* f = field(id, path);
        if (!f)
            return;
        const bool isDate = f->type == FieldType::Date;
        const bool isNumber = f->type == FieldType::Number;
        const bool isName = f->type == FieldType::PersonName;
        const bool ok = wantDate ? isDate : wantNumber ? isNumber : wantName ? isName : true;
        if (!ok)
            error(path, "'" + what + "' needs a " +
                            (wantDate     ? "date"
                             : wantNumber ? "number"
                                          : "person name") +
                            " field; '" + id + "' is not one");
    }

    void clause(const Clause& c)
    {
        const std::string at = c.path + forms::pointerSegment(clauseName(c.kind));
        switch (c.kind) {
        case ClauseKind::DateRange:
            return fieldKind("dateRange", c.field, at, true, false, false);
        case ClauseKind::Numeric:
            return fieldKind("numeric", c.field, at, false, true, false);
        case ClauseKind::Fuzzy:
        case ClauseKind::Phonetic: {
            const forms::Field* f = field(c.field, at);
            if (f && (f->type == FieldType::Date || f->type == FieldType::Number))
                error(at, "'" + clauseName(c.kind) + "' compares names and texts; '" + c.field +
                              "' is a date or number (use dateRange or numeric)");
            return;
        }
        case ClauseKind::Strict:
            field(c.field, at);
            return;
        default:
            for (const auto& child : c.children)
                clause(child);
        }
    }

    // A clause no pair of records can satisfy: "x and not x", or an "or" of such clauses.
    bool neverMatches(const Clause& c)
    {
        if (c.kind == ClauseKind::Or) {
            for (const auto& child : c.children)
                if (!neverMatches(child))
                    return false;
            return true;
        }
        if (c.kind != ClauseKind::And)
            return false;
        for (const auto& child : c.children) {
            if (neverMatches(child))
                return true;
            for (const auto& other : c.children)
                if (other.kind == ClauseKind::Not && other.children.front().source == child.source)
                    return true;
        }
        return false;
    }

    void run()
    {
        if (form_ && form_->event != rules_.event)
            error("/event", "rules for event '" + rules_.event + "' checked against form '" +
                                form_->id + "' of event '" + form_->event + "'");
        for (const auto& r : rules_.rules) {
            if (r.weight <= 0)
                error(r.path + "/weight", "weight " + number(r.weight) +
                                              " is not above 0: the rule can never add to a score");
            clause(r.when);
            if (neverMatches(r.when))
                error(r.path + "/when",
                      "rule '" + r.id + "' can never match (it requires a clause and its 'not')");
        }
        if (rules_.threshold <= 0)
            error("/threshold", "threshold " + number(rules_.threshold) +
                                    " is not above 0: every pair of records would be flagged");
        else if (rules_.threshold > rules_.totalWeight())
            error("/threshold", "threshold " + number(rules_.threshold) +
                                    " is above the sum of all weights (" +
                                    number(rules_.totalWeight()) + "): nothing can be flagged");
        for (std::size_t k = 0; k < rules_.blocking.size(); ++k)
            for (std::size_t p = 0; p < rules_.blocking[k].size(); ++p) {
                const auto& part = rules_.blocking[k][p];
                const std::string path =
                    "/blocking/" + std::to_string(k) + "/" + std::to_string(p) + "/" + part.use;
                fieldKind(part.use, part.field, path, part.use == "year", false,
                          part.use == "name");
            }
    }

private:
    const RuleSet& rules_;
    const forms::FormDefinition* form_;
    std::vector<std::string> ids_;
};
} // namespace

forms::FormErrors checkRuleSet(const RuleSet& rules, const forms::FormDefinition* form)
{
    Checker checker(rules, form);
    checker.run();
    return checker.errors;
}

} // namespace vitalis::dedup
