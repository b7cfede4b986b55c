// Structural pass, field details: type-specific properties, option sources and rules.
#include "forms/DefinitionReader.h"
#include "forms/PatternGuard.h"
#include "forms/Suggest.h"

#include <algorithm>

namespace vitalis::forms
{

using nlohmann::json;

void DefinitionReader::readOptionsFrom(const json& f, const std::string& path, Field& field,
                                       std::vector<LogicVar>& stateRefs)
{
    auto it = f.find("optionsFrom");
    if (it == f.end())
        return;
    std::string p = path + "/optionsFrom";
    if (!it->is_object()) {
        error(p, "optionsFrom is an object {source, parentField, leafOnly}");
        return;
    }
    checkKeys(*it, p, {"source", "parentField", "leafOnly"}, "optionsFrom");
    OptionsSource src;
    src.source = requireString(*it, p, "source");
    if (auto pf = it->find("parentField"); pf != it->end()) {
        if (!pf->is_string())
            error(p + "/parentField", "parentField must be a field id");
        else {
            src.parentField = pf->get<std::string>();
            stateRefs.push_back({src.parentField, p + "/parentField"});
        }
    }
    if (auto lo = it->find("leafOnly"); lo != it->end()) {
        if (!lo->is_boolean())
            error(p + "/leafOnly", "leafOnly must be true or false");
        else
            src.leafOnly = lo->get<bool>();
    }
    field.optionsFrom = src;
}

std::optional<double> DefinitionReader::numberIn(const json& f, const std::string& path,
                                                 const char* key, double lo, double hi)
{
    auto it = f.find(key);
    if (it == f.end())
        return std::nullopt;
    if (!it->is_number() || it->get<double>() < lo || it->get<double>() > hi) {
        error(path + "/" + key, std::string("'") + key + "' must be a number from " +
                                    std::to_string(static_cast<long long>(lo)) + " to " +
                                    std::to_string(static_cast<long long>(hi)));
        return std::nullopt;
    }
    return it->get<double>();
}

void DefinitionReader::readTypeSpecific(const json& f, const std::string& path, Field& field,
                                        std::vector<LogicVar>& valueRefs,
                                        std::vector<LogicVar>& stateRefs)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Phone:
    case FieldType::Email:
    case FieldType::NationalId:
        field.maxLength = 200;
        break;
    case FieldType::LongText:
        field.maxLength = 5000;
        break;
    default:
        break;
    }
    switch (field.type) {
    case FieldType::Number:
    case FieldType::Computed:
        if (auto u = f.find("unit"); u != f.end()) {
            if (!u->is_string() || u->get<std::string>().empty())
                error(path + "/unit", "unit must be a non-empty string, e.g. \"kg\"");
            else
                field.unit = u->get<std::string>();
        }
        if (field.type == FieldType::Computed) {
            if (auto v = f.find("value"); v == f.end())
                error(path + "/value", "a computed field needs a 'value' expression");
            else
                field.value = logic(*v, path + "/value", valueRefs);
        }
        break;
    case FieldType::Date:
        if (auto a = f.find("allowAge"); a != f.end()) {
            if (!a->is_boolean())
                error(path + "/allowAge", "allowAge must be true or false");
            else
                field.allowAge = a->get<bool>();
        }
        field.maxAge = numberIn(f, path, "maxAge", 0, 200);
        break;
    case FieldType::Select:
    case FieldType::Radio:
        readChoice(f, path, field, stateRefs);
        break;
    case FieldType::Address:
        readOptionsFrom(f, path, field, stateRefs);
        if (!field.optionsFrom)
            field.optionsFrom = OptionsSource{"locations", "", -1, true};
        break;
    case FieldType::NationalId:
        readIdFormat(f, path, field);
        break;
    case FieldType::PersonName:
        field.nameParts = readNameParts(f, path, "parts", kNameParts);
        field.requiredNameParts = readNameParts(f, path, "requiredParts", {"first", "family"});
        for (const auto& r : field.requiredNameParts)
            if (std::find(field.nameParts.begin(), field.nameParts.end(), r) ==
                field.nameParts.end())
                error(path + "/requiredParts", "required name part '" + r + "' is not in 'parts'");
        break;
    case FieldType::Attachment:
        readAttachment(f, path, field);
        break;
    default:
        break;
    }
}

// A select or radio field's options: inline, a named option set, or reference data.
void DefinitionReader::readChoice(const json& f, const std::string& path, Field& field,
                                  std::vector<LogicVar>& stateRefs)
{
    int sources = f.contains("options") + f.contains("optionSet") + f.contains("optionsFrom");
    if (sources == 0)
        error(path + "/options", "a '" + std::string(toString(field.type)) +
                                     "' field needs 'options', 'optionSet' or 'optionsFrom'");
    else if (sources > 1)
        error(path, "use only one of 'options', 'optionSet' and 'optionsFrom'");
    if (auto o = f.find("options"); o != f.end())
        field.options = readOptions(*o, path + "/options");
    if (auto s = f.find("optionSet"); s != f.end()) {
        std::string name = s->is_string() ? s->get<std::string>() : std::string{};
        auto it = optionSets_.find(name);
        if (it == optionSets_.end()) {
            std::vector<std::string> names;
            for (auto& [k, v] : optionSets_)
                names.push_back(k);
            error(path + "/optionSet",
                  "unknown option set '" + name + "'" + didYouMean(name, names));
        } else {
            field.options = it->second;
        }
    }
    readOptionsFrom(f, path, field, stateRefs);
}

// A national ID field names one of the form's /idFormats.
void DefinitionReader::readIdFormat(const json& f, const std::string& path, Field& field)
{
    std::string name = requireString(f, path, "idFormat");
    for (std::size_t i = 0; i < form_->idFormats.size(); ++i)
        if (form_->idFormats[i].id == name)
            field.idFormat = static_cast<int>(i);
    if (!name.empty() && field.idFormat < 0) {
        std::vector<std::string> names;
        for (auto& x : form_->idFormats)
            names.push_back(x.id);
        error(path + "/idFormat", "unknown ID format '" + name + "'" + didYouMean(name, names) +
                                      " (declare it under /idFormats)");
    }
}

// A person name's `key` ("parts" or "requiredParts"): known name parts, else `fallback`.
std::vector<std::string> DefinitionReader::readNameParts(const json& f, const std::string& path,
                                                         const char* key,
                                                         std::vector<std::string> fallback)
{
    auto it = f.find(key);
    if (it == f.end())
        return fallback;
    std::vector<std::string> out;
    if (!it->is_array()) {
        error(path + "/" + key, std::string(key) + " must be an array of name parts");
        return out;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        std::string part = (*it)[i].is_string() ? (*it)[i].get<std::string>() : "";
        if (std::find(kNameParts.begin(), kNameParts.end(), part) == kNameParts.end())
            error(path + "/" + key + "/" + std::to_string(i),
                  "unknown name part '" + part + "'" + didYouMean(part, kNameParts) + " (one of " +
                      quoteList(kNameParts) + ")");
        else
            out.push_back(part);
    }
    return out;
}

// An attachment field: its document types, the media types it takes and its limits.
void DefinitionReader::readAttachment(const json& f, const std::string& path, Field& field)
{
    if (auto d = f.find("documentTypes"); d != f.end())
        field.documentTypes = readOptions(*d, path + "/documentTypes");
    else
        error(path + "/documentTypes", "an attachment field needs 'documentTypes'");
    if (auto a = f.find("acceptedTypes"); a != f.end()) {
        if (!a->is_array() || a->empty())
            error(path + "/acceptedTypes", "acceptedTypes is a non-empty array of media types");
        else
            for (std::size_t i = 0; i < a->size(); ++i) {
                const auto& t = (*a)[i];
                if (!t.is_string() || t.get<std::string>().find('/') == std::string::npos)
                    error(path + "/acceptedTypes/" + std::to_string(i),
                          "a media type looks like \"image/jpeg\"");
                else
                    field.acceptedTypes.push_back(t.get<std::string>());
            }
    }
    if (auto m = numberIn(f, path, "maxSize", 1, 1e9))
        field.maxSize = static_cast<std::int64_t>(*m);
    if (auto m = numberIn(f, path, "maxFiles", 1, 100))
        field.maxFiles = static_cast<int>(*m);
}

void DefinitionReader::readRule(const json& r, const std::string& path, Field& field,
                                std::vector<LogicVar>& stateRefs)
{
    if (!r.is_object()) {
        error(path, "a rule is an object {type, message, ...}");
        return;
    }
    std::string typeName = requireString(r, path, "type");
    auto type = ruleTypeFromName(typeName);
    if (!type) {
        if (!typeName.empty()) {
            std::string extra =
                typeName == "required" ? " (use the field's 'required' property)" : "";
            error(path + "/type", "unknown rule '" + typeName + "'" +
                                      didYouMean(typeName, ruleTypeNames()) + extra);
        }
        return;
    }
    Rule rule;
    rule.type = *type;
    rule.path = path;
    if (!ruleApplies(rule.type, field.type))
        error(path + "/type", "rule '" + typeName + "' does not apply to a '" +
                                  std::string(toString(field.type)) + "' field");
    std::vector<std::string> allowed = {"type", "message"};
    switch (rule.type) {
    case RuleType::Length:
    case RuleType::Range:
        allowed.insert(allowed.end(), {"min", "max"});
        break;
    case RuleType::Pattern:
    case RuleType::Phone:
        allowed.push_back("pattern");
        break;
    case RuleType::DateWithin:
        allowed.insert(allowed.end(), {"of", "unit", "min", "max"});
        break;
    case RuleType::Checksum:
        allowed.push_back("algorithm");
        break;
    case RuleType::Logic:
        allowed.push_back("condition");
        break;
    default:
        break;
    }
    checkKeys(r, path, allowed, "a '" + typeName + "' rule", kRuleKeys);
    if (rule.type == RuleType::Logic)
        rule.message = message(r, path, "message", true);
    else
        rule.message = message(r, path, "message", false);
    if (rule.message.empty())
        rule.message = "validation." + typeName;
    for (const char* key : {"min", "max"}) {
        auto it = r.find(key);
        if (it == r.end() || !allowedKey(allowed, key))
            continue;
        if (!it->is_number())
            error(path + "/" + key, std::string("'") + key + "' must be a number");
        else
            (std::string(key) == "min" ? rule.min : rule.max) = it->get<double>();
    }
    if ((rule.type == RuleType::Length || rule.type == RuleType::Range ||
         rule.type == RuleType::DateWithin) &&
        !rule.min && !rule.max)
        error(path, "rule '" + typeName + "' needs 'min', 'max' or both");
    if (rule.min && rule.max && *rule.min > *rule.max)
        error(path + "/min", "'min' is greater than 'max'");
    if (rule.type == RuleType::Pattern || rule.type == RuleType::Phone) {
        rule.pattern = rule.type == RuleType::Phone && !r.contains("pattern")
                           ? std::string(R"(\+?[0-9][0-9 ()-]{5,19})")
                           : requireString(r, path, "pattern");
        if (!rule.pattern.empty()) {
            std::string problem;
            rule.regex = compilePattern(rule.pattern, problem);
            if (!rule.regex)
                error(path + "/pattern", problem);
        }
    }
    if (rule.type == RuleType::Checksum) {
        std::string algo = requireString(r, path, "algorithm");
        if (auto a = checksumFromName(algo))
            rule.checksum = *a;
        else if (!algo.empty())
            error(path + "/algorithm",
                  "unknown checksum '" + algo + "'" + didYouMean(algo, checksumNames()));
    }
    if (rule.type == RuleType::DateWithin) {
        rule.of = requireString(r, path, "of");
        if (!rule.of.empty() && rule.of != "$today")
            stateRefs.push_back({rule.of, path + "/of"});
        std::string unit = r.value("unit", std::string("days"));
        if (auto u = parseDateUnit(unit))
            rule.unit = *u;
        else
            error(path + "/unit", "unknown unit '" + unit + "' (days, months or years)");
    }
    if (rule.type == RuleType::Logic) {
        auto c = r.find("condition");
        if (c == r.end())
            error(path + "/condition", "a logic rule needs a 'condition' that is true when valid");
        else
            rule.condition = logic(*c, path + "/condition", stateRefs);
    }
    field.rules.push_back(std::move(rule));
}

} // namespace vitalis::forms
