// Evaluates compiled JsonLogic with JavaScript's coercions where jsonlogic.com relies on them,
// so a definition behaves the same here and in any other JsonLogic implementation.
#include "forms/DateMath.h"
#include "forms/JsonLogic.h"
#include "forms/LogicNode.h"
#include "forms/LogicValues.h"

#include <cmath>

namespace vitalis::forms
{

using nlohmann::json;
using namespace logic_values;

namespace
{

// One operation's call: its arguments evaluated when asked (JsonLogic is lazy: if, and, or).
struct Call {
    const LogicNode& node;
    const json& data;
    const LogicContext& ctx;
    json arg(std::size_t i) const { return evaluateNode(node.args[i], data, ctx); }
    std::size_t count() const { return node.args.size(); }
};

// var, missing, missing_some: what the data holds.
json evaluateData(const Call& c)
{
    const LogicNode& node = c.node;
    switch (node.op) {
    case LogicOp::Var: {
        const json* v = lookup(c.data, node.varPath);
        if (!v || (v->is_null() && node.hasDefault))
            return node.hasDefault ? node.literal : json(nullptr);
        return *v;
    }
    case LogicOp::Missing: {
        json keys = json::array();
        for (std::size_t i = 0; i < c.count(); ++i) {
            json a = c.arg(i);
            if (i == 0 && a.is_array()) {
                keys = a;
                break;
            }
            keys.push_back(a);
        }
        json missing = json::array();
        for (const auto& k : keys)
            if (isMissing(c.data, k))
                missing.push_back(k);
        return missing;
    }
    case LogicOp::MissingSome: {
        double need = toNumber(c.arg(0));
        json keys = c.arg(1);
        json missing = json::array();
        if (!keys.is_array())
            return missing;
        for (const auto& k : keys)
            if (isMissing(c.data, k))
                missing.push_back(k);
        return static_cast<double>(keys.size() - missing.size()) >= need ? json::array() : missing;
    }
    default:
        return nullptr;
    }
}

// if, the equalities, not, !!, or, and.
json evaluateLogic(const Call& c)
{
    switch (c.node.op) {
    case LogicOp::If: {
        std::size_t i = 0;
        for (; i + 1 < c.count(); i += 2)
            if (Logic::truthy(c.arg(i)))
                return c.arg(i + 1);
        return i < c.count() ? c.arg(i) : json(nullptr);
    }
    case LogicOp::Eq:
        return looseEquals(c.arg(0), c.arg(1));
    case LogicOp::Ne:
        return !looseEquals(c.arg(0), c.arg(1));
    case LogicOp::StrictEq:
        return strictEquals(c.arg(0), c.arg(1));
    case LogicOp::StrictNe:
        return !strictEquals(c.arg(0), c.arg(1));
    case LogicOp::Not:
        return !Logic::truthy(c.arg(0));
    case LogicOp::NotNot:
        return Logic::truthy(c.arg(0));
    case LogicOp::Or:
    case LogicOp::And: {
        // The first value that decides (truthy for or, falsy for and), else the last.
        const bool stopOn = c.node.op == LogicOp::Or;
        json v;
        for (std::size_t i = 0; i < c.count(); ++i)
            if (Logic::truthy(v = c.arg(i)) == stopOn)
                return v;
        return v;
    }
    default:
        return nullptr;
    }
}

// The comparisons, max and min, + * - / %.
json evaluateArithmetic(const Call& c)
{
    const LogicOp op = c.node.op;
    auto fold = [&](double acc, auto step) {
        for (std::size_t i = 0; i < c.count(); ++i)
            acc = step(acc, toNumber(c.arg(i)));
        return numberJson(acc);
    };
    switch (op) {
    case LogicOp::Gt:
        return compare(c.arg(0), c.arg(1)) == 1;
    case LogicOp::Ge: {
        int r = compare(c.arg(0), c.arg(1));
        return r == 1 || r == 0;
    }
    case LogicOp::Lt:
    case LogicOp::Le: {
        auto ok = [&](int r) { return r == -1 || (op == LogicOp::Le && r == 0); };
        json a = c.arg(0), b = c.arg(1);
        if (!ok(compare(a, b)))
            return false;
        return c.count() < 3 || ok(compare(b, c.arg(2)));
    }
    case LogicOp::Max:
    case LogicOp::Min: {
        if (c.count() == 0)
            return nullptr;
        bool isMax = op == LogicOp::Max;
        double best = isMax ? -INFINITY : INFINITY;
        for (std::size_t i = 0; i < c.count(); ++i) {
            double d = toNumber(c.arg(i));
            if (d != d)
                return nullptr;
            best = isMax ? std::max(best, d) : std::min(best, d);
        }
        return numberJson(best);
    }
    case LogicOp::Add:
        return fold(0.0, [](double a, double b) { return a + b; });
    case LogicOp::Mul:
        return fold(1.0, [](double a, double b) { return a * b; });
    case LogicOp::Sub:
        if (c.count() == 1)
            return numberJson(-toNumber(c.arg(0)));
        return numberJson(toNumber(c.arg(0)) - toNumber(c.arg(1)));
    case LogicOp::Div:
        return numberJson(toNumber(c.arg(0)) / toNumber(c.arg(1)));
    case LogicOp::Mod:
        return numberJson(std::fmod(toNumber(c.arg(0)), toNumber(c.arg(1))));
    default:
        return nullptr;
    }
}

// in, cat, substr, merge.
json evaluateText(const Call& c)
{
    switch (c.node.op) {
    case LogicOp::In: {
        json needle = c.arg(0), hay = c.arg(1);
        if (hay.is_array()) {
            for (const auto& e : hay)
                if (strictEquals(e, needle))
                    return true;
            return false;
        }
        if (hay.is_string())
            return hay.get_ref<const std::string&>().find(toText(needle)) != std::string::npos;
        return false;
    }
    case LogicOp::Cat: {
        std::string out;
        for (std::size_t i = 0; i < c.count(); ++i) {
            out += toText(c.arg(i));
            if (out.size() > 1'000'000)
                return nullptr; // bounded: a definition never needs megabytes of text
        }
        return out;
    }
    case LogicOp::Substr: {
        json len;
        if (c.count() > 2)
            len = c.arg(2);
        return substr(c.arg(0), c.arg(1), c.count() > 2 ? &len : nullptr);
    }
    case LogicOp::Merge: {
        json out = json::array();
        for (std::size_t i = 0; i < c.count(); ++i) {
            json a = c.arg(i);
            if (a.is_array())
                for (auto& e : a)
                    out.push_back(std::move(e));
            else
                out.push_back(std::move(a));
        }
        return out;
    }
    default:
        return nullptr;
    }
}

// map, filter, all, none, some: the second argument run on each item of the first.
json evaluateEach(const Call& c)
{
    const LogicOp op = c.node.op;
    json items = c.arg(0);
    if (!items.is_array())
        items = json::array();
    json out = json::array();
    for (const auto& item : items) {
        json r = evaluateNode(c.node.args[1], item, c.ctx);
        const bool t = Logic::truthy(r);
        if (op == LogicOp::Map)
            out.push_back(std::move(r));
        else if (op == LogicOp::Filter && t)
            out.push_back(item);
        else if ((op == LogicOp::All && !t) || (op == LogicOp::None && t))
            return false;
        else if (op == LogicOp::Some && t)
            return true;
    }
    if (op == LogicOp::All)
        return !items.empty();
    if (op == LogicOp::None)
        return true;
    if (op == LogicOp::Some)
        return false;
    return out;
}

json evaluateReduce(const Call& c)
{
    json items = c.arg(0);
    json acc = c.count() > 2 ? c.arg(2) : json(nullptr);
    if (!items.is_array())
        return acc;
    for (const auto& item : items) {
        json scope = {{"current", item}, {"accumulator", acc}};
        acc = evaluateNode(c.node.args[1], scope, c.ctx);
    }
    return acc;
}

// today, date_add, date_diff, age_years.
json evaluateDates(const Call& c)
{
    auto unitOf = [&](std::size_t i) {
        json name = c.arg(i);
        return name.is_string() ? parseDateUnit(name.get<std::string>()) : std::nullopt;
    };
    switch (c.node.op) {
    case LogicOp::Today:
        return formatDate(c.ctx.today);
    case LogicOp::DateAdd: {
        auto d = asDate(c.arg(0));
        double amount = toNumber(c.arg(1));
        auto unit = unitOf(2);
        if (!d || !unit || amount != amount || std::fabs(amount) > 1e7)
            return nullptr;
        auto r = addToDate(*d, static_cast<long long>(amount), *unit);
        return r ? json(formatDate(*r)) : json(nullptr);
    }
    case LogicOp::DateDiff: {
        auto from = asDate(c.arg(0)), to = asDate(c.arg(1));
        auto unit = unitOf(2);
        if (!from || !to || !unit)
            return nullptr;
        return dateDifference(*from, *to, *unit);
    }
    case LogicOp::AgeYears: {
        json birth = c.arg(0);
        // A date field whose exact date is unknown holds {"age": N}: the age is given directly.
        if (birth.is_object()) {
            auto it = birth.find("age");
            return it != birth.end() && it->is_number() ? numberJson(it->get<double>())
                                                        : json(nullptr);
        }
        auto b = asDate(birth);
        auto at = c.count() > 1 ? asDate(c.arg(1)) : std::optional{c.ctx.today};
        // Nobody born after today has an age yet (a newborn's date typed a day ahead showed
        // "-1"); the date's own notInFuture rule says what is wrong. Between two past dates a
        // negative age stays, so a range rule still catches a mother born after her child.
        if (!b || !at || *b > c.ctx.today)
            return nullptr;
        return ageInYears(*b, *at);
    }
    default:
        return nullptr;
    }
}

} // namespace

json evaluateNode(const LogicNode& node, const json& data, const LogicContext& ctx)
{
    const Call c{node, data, ctx};
    // Every operation listed, so the compiler names one added to LogicOp and left out here.
    switch (node.op) {
    case LogicOp::Literal:
        return node.literal;
    case LogicOp::Array: {
        json out = json::array();
        for (std::size_t i = 0; i < c.count(); ++i)
            out.push_back(c.arg(i));
        return out;
    }
    case LogicOp::Var:
    case LogicOp::Missing:
    case LogicOp::MissingSome:
        return evaluateData(c);
    case LogicOp::If:
    case LogicOp::Eq:
    case LogicOp::Ne:
    case LogicOp::StrictEq:
    case LogicOp::StrictNe:
    case LogicOp::Not:
    case LogicOp::NotNot:
    case LogicOp::Or:
    case LogicOp::And:
        return evaluateLogic(c);
    case LogicOp::Gt:
    case LogicOp::Ge:
    case LogicOp::Lt:
    case LogicOp::Le:
    case LogicOp::Max:
    case LogicOp::Min:
    case LogicOp::Add:
    case LogicOp::Mul:
    case LogicOp::Sub:
    case LogicOp::Div:
    case LogicOp::Mod:
        return evaluateArithmetic(c);
    case LogicOp::In:
    case LogicOp::Cat:
    case LogicOp::Substr:
    case LogicOp::Merge:
        return evaluateText(c);
    case LogicOp::Map:
    case LogicOp::Filter:
    case LogicOp::All:
    case LogicOp::None:
    case LogicOp::Some:
        return evaluateEach(c);
    case LogicOp::Reduce:
        return evaluateReduce(c);
    case LogicOp::Today:
    case LogicOp::DateAdd:
    case LogicOp::DateDiff:
    case LogicOp::AgeYears:
        return evaluateDates(c);
    }
    return nullptr;
}

} // namespace vitalis::forms
