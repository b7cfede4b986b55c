// Evaluates compiled JsonLogic with JavaScript's coercions where jsonlogic.com relies on them,
// so a definition behaves the same here and in any other JsonLogic implementation.
#include "forms/DateMath.h"
#include "forms/JsonLogic.h"
#include "forms/LogicNode.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace vitalis::forms
{

using nlohmann::json;

namespace
{

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double toNumber(const json& v)
{
    switch (v.type()) {
    case json::value_t::null:
        return 0;
    case json::value_t::boolean:
        return v.get<bool>() ? 1 : 0;
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return v.get<double>();
    case json::value_t::string: {
        const auto& s = v.get_ref<const std::string&>();
        auto b = s.find_first_not_of(" \t\n\r");
        if (b == std::string::npos)
            return 0;
        auto e = s.find_last_not_of(" \t\n\r");
        std::string t = s.substr(b, e - b + 1);
        char* end = nullptr;
        double d = std::strtod(t.c_str(), &end);
        return end == t.c_str() + t.size() ? d : kNaN;
    }
    case json::value_t::array:
        if (v.empty())
            return 0;
        return v.size() == 1 ? toNumber(v[0]) : kNaN;
    default:
        return kNaN;
    }
}

json numberJson(double d)
{
    if (!std::isfinite(d))
        return nullptr;
    if (d == std::floor(d) && std::fabs(d) < 9.0e15)
        return static_cast<long long>(d);
    return d;
}

std::string toText(const json& v)
{
    switch (v.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return v.get<bool>() ? "true" : "false";
    case json::value_t::string:
        return v.get<std::string>();
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: {
        json n = numberJson(v.get<double>());
        if (n.is_null())
            return "NaN";
        if (n.is_number_integer())
            return std::to_string(n.get<long long>());
        char buf[32];
        auto r = std::to_chars(buf, buf + sizeof buf, n.get<double>());
        return std::string(buf, r.ptr);
    }
    case json::value_t::array: {
        std::string out;
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i)
                out += ',';
            if (!v[i].is_null())
                out += toText(v[i]);
        }
        return out;
    }
    default:
        return "[object Object]";
    }
}

bool strictEquals(const json& a, const json& b)
{
    if (a.is_number() && b.is_number())
        return a.get<double>() == b.get<double>();
    return a.type() == b.type() && a == b;
}

// JavaScript's abstract equality, reduced to the JSON types.
bool looseEquals(const json& a, const json& b)
{
    if (a.is_null() || b.is_null())
        return a.is_null() && b.is_null();
    if ((a.is_number() && b.is_number()) || a.type() == b.type())
        return strictEquals(a, b);
    if (a.is_boolean() || b.is_boolean() || a.is_number() || b.is_number())
        return toNumber(a) == toNumber(b);
    if (a.is_string() || b.is_string())
        return toText(a) == toText(b);
    return false;
}

// -1, 0, 1, or 2 when unordered (NaN involved).
int compare(const json& a, const json& b)
{
    if (a.is_string() && b.is_string()) {
        int c = a.get_ref<const std::string&>().compare(b.get_ref<const std::string&>());
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    double x = toNumber(a), y = toNumber(b);
    if (x != x || y != y)
        return 2;
    return x < y ? -1 : x > y ? 1 : 0;
}

const json* lookup(const json& data, const std::vector<std::string>& path)
{
    const json* cur = &data;
    for (const auto& seg : path) {
        if (cur->is_object()) {
            auto it = cur->find(seg);
            if (it == cur->end())
                return nullptr;
            cur = &*it;
        } else if (cur->is_array()) {
            std::size_t idx = 0;
            auto r = std::from_chars(seg.data(), seg.data() + seg.size(), idx);
            if (r.ec != std::errc{} || r.ptr != seg.data() + seg.size() || idx >= cur->size())
                return nullptr;
            cur = &(*cur)[idx];
        } else {
            return nullptr;
        }
    }
    return cur;
}

std::vector<std::string> splitDots(const std::string& s)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        auto dot = s.find('.', start);
        out.push_back(s.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (dot == std::string::npos)
            return out;
        start = dot + 1;
    }
}

bool isMissing(const json& data, const json& key)
{
    if (!key.is_string() && !key.is_number_integer())
        return true;
    std::string k = key.is_string() ? key.get<std::string>() : std::to_string(key.get<long long>());
    const json* v = lookup(data, splitDots(k));
    return !v || v->is_null() || (v->is_string() && v->get_ref<const std::string&>().empty());
}

std::optional<std::chrono::year_month_day> asDate(const json& v)
{
    return v.is_string() ? parseDate(v.get_ref<const std::string&>()) : std::nullopt;
}

std::vector<std::size_t> codePointStarts(const std::string& s)
{
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80)
            starts.push_back(i);
    return starts;
}

json substr(const json& value, const json& startArg, const json* lengthArg)
{
    std::string s = toText(value);
    auto starts = codePointStarts(s);
    long long n = static_cast<long long>(starts.size());
    double st = toNumber(startArg);
    long long start = st != st ? 0 : static_cast<long long>(std::max(-1e15, std::min(1e15, st)));
    if (start < 0)
        start = std::max(0LL, n + start);
    start = std::min(start, n);
    long long end = n;
    if (lengthArg) {
        double ln = toNumber(*lengthArg);
        long long len = ln != ln ? 0 : static_cast<long long>(std::max(-1e15, std::min(1e15, ln)));
        end = len < 0 ? std::max(start, n + len) : std::min(n, start + len);
    }
    if (end <= start)
        return "";
    std::size_t from = starts[static_cast<std::size_t>(start)];
    std::size_t to = end >= n ? s.size() : starts[static_cast<std::size_t>(end)];
    return s.substr(from, to - from);
}

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
