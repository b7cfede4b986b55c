#include "forms/LogicValues.h"

#include "forms/DateMath.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace vitalis::forms::logic_values
{

using nlohmann::json;

namespace
{
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<std::size_t> codePointStarts(const std::string& s)
{
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80)
            starts.push_back(i);
    return starts;
}
} // namespace

std::vector<std::string> pathSteps(const std::string& path)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        auto dot = path.find('.', start);
        out.push_back(
            path.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (dot == std::string::npos)
            return out;
        start = dot + 1;
    }
}

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

bool isMissing(const json& data, const json& key)
{
    if (!key.is_string() && !key.is_number_integer())
        return true;
    std::string k = key.is_string() ? key.get<std::string>() : std::to_string(key.get<long long>());
    const json* v = lookup(data, pathSteps(k));
    return !v || v->is_null() || (v->is_string() && v->get_ref<const std::string&>().empty());
}

std::optional<std::chrono::year_month_day> asDate(const json& v)
{
    return v.is_string() ? parseDate(v.get_ref<const std::string&>()) : std::nullopt;
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

} // namespace vitalis::forms::logic_values
