#include "dedup/BlockingKeys.h"

#include "core/DateText.h"

#include <algorithm>

namespace vitalis::dedup
{
using nlohmann::json;
namespace
{
std::string firstToken(const NameNormaliser& names, const json& value, const char* part)
{
    auto it = value.find(part);
    if (it == value.end() || !it->is_string())
        return {};
    auto tokens = names.tokens(it->get<std::string>());
    if (tokens.empty())
        return {};
    // The family name's last word, the given names' first: what survives a dropped middle name.
    return NameNormaliser::tokenKey(std::string(part) == "family" ? tokens.back() : tokens.front());
}

std::string part(const RuleSet& rules, const KeyPart& p, const json& fields)
{
    auto it = fields.find(p.field);
    if (it == fields.end() || it->is_null())
        return {};
    if (p.use == "year") {
        auto date = it->is_string() ? fromIsoDate(it->get<std::string>()) : std::nullopt;
        return date ? std::to_string(static_cast<int>(date->year())) : std::string{};
    }
    if (p.use == "name") {
        if (!it->is_object())
            return {};
        std::string a = firstToken(rules.names, *it, "first");
        std::string b = firstToken(rules.names, *it, "family");
        if (a.empty() || b.empty())
            return {};
        if (b < a)
            std::swap(a, b);
        return a + "+" + b;
    }
    std::string joined;
    for (const auto& t : rules.names.nameTokens(*it))
        joined += t;
    if (joined.empty() && it->is_number())
        joined = it->dump();
    return joined;
}
} // namespace

std::vector<std::string> blockingKeys(const RuleSet& rules, const json& fields)
{
    std::vector<std::string> out;
    if (!fields.is_object())
        return out;
    for (std::size_t k = 0; k < rules.blocking.size(); ++k) {
        std::string key = std::to_string(k);
        bool complete = true;
        for (const auto& p : rules.blocking[k]) {
            const std::string value = part(rules, p, fields);
            complete = complete && !value.empty();
            key += "|" + value;
        }
        if (complete)
            out.push_back(std::move(key));
    }
    return out;
}

nlohmann::json matchFields(const RuleSet& rules, const nlohmann::json& fields)
{
    nlohmann::json out = nlohmann::json::object();
    if (!fields.is_object())
        return out;
    for (const std::string& id : rules.fieldSlots)
        if (auto it = fields.find(id); it != fields.end() && !it->is_null())
            out[id] = *it;
    return out;
}

} // namespace vitalis::dedup
