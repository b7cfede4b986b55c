// Structural pass: reads pages, fields, rules and option sets, checking every property's name,
// type and applicability; then hands references to the linking pass (FormLinker.cpp).
#include "forms/FormParser.h"

#include "forms/MessageCatalog.h"
#include "forms/ParserInternal.h"
#include "forms/PatternGuard.h"
#include "forms/Suggest.h"

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace vitalis::forms
{

using nlohmann::json;

namespace
{

const std::vector<std::string> kFormKeys = {"$schema",         "id",    "event",       "version",
                                            "defaultLanguage", "title", "description", "optionSets",
                                            "idFormats",       "pages"};
const std::vector<std::string> kPageKeys = {"id", "title", "show", "fields"};
const std::vector<std::string> kCommonFieldKeys = {
    "id",   "type",   "label", "help", "placeholder", "required", "requiredMessage",
    "show", "enable", "rules"};
const std::vector<std::string> kRuleKeys = {"type",      "message", "min",  "max",      "pattern",
                                            "algorithm", "of",      "unit", "condition"};
const std::vector<std::string> kNameParts = {"first", "middle", "family"};

bool validId(const std::string& id)
{
    if (id.empty() || id.size() > 64 || id[0] < 'a' || id[0] > 'z')
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

// Keys each field type accepts besides the common ones.
std::vector<std::string> typeKeys(FieldType t)
{
    switch (t) {
    case FieldType::Number:
        return {"unit"};
    case FieldType::Date:
        return {"allowAge", "maxAge"};
    case FieldType::Select:
    case FieldType::Radio:
        return {"options", "optionSet", "optionsFrom"};
    case FieldType::NationalId:
        return {"idFormat"};
    case FieldType::PersonName:
        return {"parts", "requiredParts"};
    case FieldType::Address:
        return {"optionsFrom"};
    case FieldType::Attachment:
        return {"documentTypes", "acceptedTypes", "maxSize", "maxFiles"};
    case FieldType::Computed:
        return {"value", "unit"};
    default:
        return {};
    }
}

bool ruleApplies(RuleType r, FieldType t)
{
    using F = FieldType;
    auto textual =
        t == F::Text || t == F::LongText || t == F::Phone || t == F::Email || t == F::NationalId;
    switch (r) {
    case RuleType::Length:
    case RuleType::Pattern:
        return textual;
    case RuleType::Range:
        return t == F::Number || t == F::Computed;
    case RuleType::NotInFuture:
    case RuleType::DateWithin:
        return t == F::Date || t == F::Computed;
    case RuleType::Checksum:
        return t == F::Text || t == F::NationalId;
    case RuleType::Phone:
        return t == F::Phone || t == F::Text;
    case RuleType::Email:
        return t == F::Email || t == F::Text;
    case RuleType::Logic:
        return true;
    }
    return false;
}

std::string quoteList(const std::vector<std::string>& v)
{
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i)
        out += (i ? ", '" : "'") + v[i] + "'";
    return out;
}

class Reader
{
public:
    Reader(const std::string& file, FormErrors& errors) : file_(file), errors_(errors) {}

    void read(const json& doc, FormDefinition& form, LinkInfo& links)
    {
        form_ = &form;
        links_ = &links;
        form.file = file_;
        if (!doc.is_object()) {
            error("", "a form definition is a JSON object (id, event, version, pages, ...)");
            return;
        }
        checkKeys(doc, "", kFormKeys, "form");
        form.id = requireString(doc, "", "id");
        if (!form.id.empty() && !validId(form.id))
            error("/id", "form id '" + form.id + "' must be lower case letters, digits and _");
        form.event = requireString(doc, "", "event");
        if (auto v = doc.find("version"); v == doc.end() || !v->is_number_integer() ||
                                          v->get<long long>() < 1 || v->get<long long>() > 1000000)
            error("/version", "version must be a positive integer");
        else
            form.version = v->get<int>();
        form.defaultLanguage = requireString(doc, "", "defaultLanguage");
        form.title = message(doc, "", "title", true);
        readOptionSets(doc);
        readIdFormats(doc);
        auto pages = doc.find("pages");
        if (pages == doc.end() || !pages->is_array() || pages->empty()) {
            error("/pages", "a form needs a non-empty 'pages' array");
            return;
        }
        std::set<std::string> pageIds;
        for (std::size_t p = 0; p < pages->size(); ++p)
            readPage((*pages)[p], "/pages/" + std::to_string(p), pageIds);
    }

private:
    void error(std::string path, std::string message)
    {
        errors_.push_back({file_, std::move(path), std::move(message)});
    }

    void checkKeys(const json& obj, const std::string& path,
                   const std::vector<std::string>& allowed, const std::string& what,
                   const std::vector<std::string>& elsewhere = {})
    {
        for (const auto& [k, v] : obj.items()) {
            if (std::find(allowed.begin(), allowed.end(), k) != allowed.end())
                continue;
            if (std::find(elsewhere.begin(), elsewhere.end(), k) != elsewhere.end())
                error(path + pointerSegment(k), "property '" + k + "' does not apply to " + what);
            else
                error(path + pointerSegment(k),
                      "unknown property '" + k + "' in " + what + didYouMean(k, allowed));
        }
    }

    std::string requireString(const json& obj, const std::string& path, const std::string& key)
    {
        auto it = obj.find(key);
        if (it == obj.end() || !it->is_string() || it->get<std::string>().empty()) {
            error(path + "/" + key, it == obj.end() ? "missing '" + key + "'"
                                                    : "'" + key + "' must be a non-empty string");
            return {};
        }
        return it->get<std::string>();
    }

    std::string message(const json& obj, const std::string& path, const std::string& key,
                        bool required)
    {
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required)
                error(path + "/" + key, "missing message id '" + key + "'");
            return {};
        }
        if (!it->is_string() || it->get<std::string>().empty()) {
            error(path + "/" + key, "'" + key + "' must be a message id (a non-empty string)");
            return {};
        }
        useMessage(it->get<std::string>(), path + "/" + key);
        return it->get<std::string>();
    }

    void useMessage(const std::string& id, const std::string& path)
    {
        form_->messageUses.push_back({id, path});
    }

    Logic logic(const json& expr, const std::string& path, std::vector<LogicVar>& refs)
    {
        std::vector<LogicIssue> issues;
        std::vector<LogicVar> vars;
        Logic l = Logic::compile(expr, issues, vars);
        for (auto& i : issues)
            error(path + i.path, i.message);
        for (auto& v : vars)
            refs.push_back({v.name, path + v.path});
        return l;
    }

    std::vector<OptionItem> readOptions(const json& arr, const std::string& path)
    {
        std::vector<OptionItem> out;
        if (!arr.is_array() || arr.empty()) {
            error(path, "options must be a non-empty array of {value, label}");
            return out;
        }
        std::set<std::string> seen;
        for (std::size_t i = 0; i < arr.size(); ++i) {
            std::string p = path + "/" + std::to_string(i);
            const auto& o = arr[i];
            if (!o.is_object()) {
                error(p, "an option is an object {\"value\": ..., \"label\": message id}");
                continue;
            }
            checkKeys(o, p, {"value", "label"}, "an option");
            OptionItem item{requireString(o, p, "value"), message(o, p, "label", true)};
            if (!item.value.empty() && !seen.insert(item.value).second)
                error(p + "/value", "duplicate option value '" + item.value + "'");
            out.push_back(std::move(item));
        }
        return out;
    }

    void readOptionSets(const json& doc)
    {
        auto it = doc.find("optionSets");
        if (it == doc.end())
            return;
        if (!it->is_object()) {
            error("/optionSets", "optionSets maps a name to an options array");
            return;
        }
        for (const auto& [name, arr] : it->items())
            optionSets_[name] = readOptions(arr, "/optionSets" + pointerSegment(name));
    }

    void readIdFormats(const json& doc)
    {
        auto it = doc.find("idFormats");
        if (it == doc.end())
            return;
        if (!it->is_object()) {
            error("/idFormats", "idFormats maps a name to {pattern, checksum, message}");
            return;
        }
        for (const auto& [name, spec] : it->items()) {
            std::string p = "/idFormats" + pointerSegment(name);
            if (!spec.is_object()) {
                error(p, "an ID format is an object {pattern, checksum, message}");
                continue;
            }
            checkKeys(spec, p, {"pattern", "checksum", "message"}, "an ID format");
            IdFormat f;
            f.id = name;
            f.pattern = requireString(spec, p, "pattern");
            if (!f.pattern.empty()) {
                std::string problem;
                f.regex = compilePattern(f.pattern, problem);
                if (!f.regex)
                    error(p + "/pattern", problem);
            }
            std::string algo = spec.value("checksum", std::string("none"));
            if (auto a = checksumFromName(algo))
                f.checksum = *a;
            else
                error(p + "/checksum", "unknown checksum '" + algo + "'" +
                                           didYouMean(algo, checksumNames()) + " (one of " +
                                           quoteList(checksumNames()) + ")");
            f.message = message(spec, p, "message", true);
            form_->idFormats.push_back(std::move(f));
        }
    }

    void readPage(const json& page, const std::string& path, std::set<std::string>& pageIds)
    {
        if (!page.is_object()) {
            error(path, "a page is an object {id, title, fields}");
            return;
        }
        checkKeys(page, path, kPageKeys, "a page");
        Page pg;
        pg.path = path;
        pg.id = requireString(page, path, "id");
        if (!pg.id.empty() && !pageIds.insert(pg.id).second)
            error(path + "/id", "duplicate page id '" + pg.id + "'");
        pg.title = message(page, path, "title", true);
        int pageIndex = static_cast<int>(form_->pages.size());
        links_->pageRefs.emplace_back();
        if (auto s = page.find("show"); s != page.end())
            pg.show = logic(*s, path + "/show", links_->pageRefs.back());
        form_->pages.push_back(std::move(pg));
        auto fields = page.find("fields");
        if (fields == page.end() || !fields->is_array() || fields->empty()) {
            error(path + "/fields", "a page needs a non-empty 'fields' array");
            return;
        }
        for (std::size_t i = 0; i < fields->size(); ++i)
            readField((*fields)[i], path + "/fields/" + std::to_string(i), pageIndex);
    }

    void readField(const json& f, const std::string& path, int pageIndex)
    {
        if (!f.is_object()) {
            error(path, "a field is an object {id, type, label, ...}");
            return;
        }
        Field field;
        field.path = path;
        field.page = pageIndex;
        field.id = requireString(f, path, "id");
        if (!field.id.empty() && !validId(field.id))
            error(path + "/id",
                  "field id '" + field.id +
                      "' must start with a lower case letter and use only a-z, 0-9 and _");
        std::string typeName = requireString(f, path, "type");
        auto type = fieldTypeFromName(typeName);
        if (!typeName.empty() && !type) {
            error(path + "/type",
                  "unknown field type '" + typeName + "'" + didYouMean(typeName, fieldTypeNames()));
            return;
        }
        if (!type)
            return;
        field.type = *type;
        int index = static_cast<int>(form_->fields.size());
        if (!field.id.empty()) {
            auto [it, fresh] = form_->fieldIndex.emplace(field.id, index);
            if (!fresh)
                error(path + "/id", "duplicate field id '" + field.id + "' (first defined at " +
                                        form_->fields[static_cast<std::size_t>(it->second)].path +
                                        ")");
        }
        links_->fieldValueRefs.emplace_back();
        links_->fieldStateRefs.emplace_back();
        auto& valueRefs = links_->fieldValueRefs.back();
        auto& stateRefs = links_->fieldStateRefs.back();

        bool display = field.type == FieldType::Heading || field.type == FieldType::Paragraph;
        std::vector<std::string> allowed =
            display ? std::vector<std::string>{"id", "type", "text", "show"} : kCommonFieldKeys;
        if (field.type == FieldType::Computed)
            std::erase_if(allowed, [](const std::string& k) {
                return k == "required" || k == "requiredMessage" || k == "enable" ||
                       k == "placeholder";
            });
        for (auto& k : typeKeys(field.type))
            allowed.push_back(k);
        std::vector<std::string> everything = kCommonFieldKeys;
        for (auto t : {FieldType::Number, FieldType::Date, FieldType::Select, FieldType::NationalId,
                       FieldType::PersonName, FieldType::Attachment, FieldType::Computed})
            for (auto& k : typeKeys(t))
                everything.push_back(k);
        everything.push_back("text");
        checkKeys(f, path, allowed, "a '" + typeName + "' field", everything);

        if (display) {
            field.text = message(f, path, "text", true);
        } else {
            field.label = message(f, path, "label", true);
            field.help = message(f, path, "help", false);
            field.placeholder = message(f, path, "placeholder", false);
        }
        if (auto s = f.find("show"); s != f.end())
            field.show = logic(*s, path + "/show", valueRefs);
        if (auto e = f.find("enable"); e != f.end() && allowedKey(allowed, "enable"))
            field.enable = logic(*e, path + "/enable", stateRefs);
        if (auto r = f.find("required"); r != f.end() && allowedKey(allowed, "required")) {
            if (r->is_boolean())
                field.required = r->get<bool>();
            else
                field.requiredIf = logic(*r, path + "/required", stateRefs);
        }
        if (allowedKey(allowed, "requiredMessage"))
            field.requiredMessage = message(f, path, "requiredMessage", false);
        if (field.requiredMessage.empty())
            field.requiredMessage = "validation.required";
        readTypeSpecific(f, path, field, valueRefs, stateRefs);
        if (auto rules = f.find("rules"); rules != f.end() && !display) {
            if (!rules->is_array())
                error(path + "/rules", "rules must be an array");
            else
                for (std::size_t i = 0; i < rules->size(); ++i)
                    readRule((*rules)[i], path + "/rules/" + std::to_string(i), field, stateRefs);
        }
        form_->pages[static_cast<std::size_t>(pageIndex)].fields.push_back(index);
        form_->fields.push_back(std::move(field));
    }

    static bool allowedKey(const std::vector<std::string>& allowed, const char* key)
    {
        return std::find(allowed.begin(), allowed.end(), key) != allowed.end();
    }

    void readTypeSpecific(const json& f, const std::string& path, Field& field,
                          std::vector<LogicVar>& valueRefs, std::vector<LogicVar>& stateRefs);
    void readOptionsFrom(const json& f, const std::string& path, Field& field,
                         std::vector<LogicVar>& stateRefs);
    void readRule(const json& r, const std::string& path, Field& field,
                  std::vector<LogicVar>& stateRefs);

    const std::string& file_;
    FormErrors& errors_;
    FormDefinition* form_ = nullptr;
    LinkInfo* links_ = nullptr;
    std::map<std::string, std::vector<OptionItem>> optionSets_;
};

void Reader::readOptionsFrom(const json& f, const std::string& path, Field& field,
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

void Reader::readTypeSpecific(const json& f, const std::string& path, Field& field,
                              std::vector<LogicVar>& valueRefs, std::vector<LogicVar>& stateRefs)
{
    auto number = [&](const char* key, double lo, double hi) -> std::optional<double> {
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
    };
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
        field.maxAge = number("maxAge", 0, 200);
        break;
    case FieldType::Select:
    case FieldType::Radio: {
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
        break;
    }
    case FieldType::Address:
        readOptionsFrom(f, path, field, stateRefs);
        if (!field.optionsFrom)
            field.optionsFrom = OptionsSource{"locations", "", -1, true};
        break;
    case FieldType::NationalId: {
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
        break;
    }
    case FieldType::PersonName: {
        auto parts = [&](const char* key, std::vector<std::string> fallback) {
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
                          "unknown name part '" + part + "'" + didYouMean(part, kNameParts) +
                              " (one of " + quoteList(kNameParts) + ")");
                else
                    out.push_back(part);
            }
            return out;
        };
        field.nameParts = parts("parts", kNameParts);
        field.requiredNameParts = parts("requiredParts", {"first", "family"});
        for (const auto& r : field.requiredNameParts)
            if (std::find(field.nameParts.begin(), field.nameParts.end(), r) ==
                field.nameParts.end())
                error(path + "/requiredParts", "required name part '" + r + "' is not in 'parts'");
        break;
    }
    case FieldType::Attachment: {
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
        if (auto m = number("maxSize", 1, 1e9))
            field.maxSize = static_cast<std::int64_t>(*m);
        if (auto m = number("maxFiles", 1, 100))
            field.maxFiles = static_cast<int>(*m);
        break;
    }
    default:
        break;
    }
}

void Reader::readRule(const json& r, const std::string& path, Field& field,
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

} // namespace

ParseResult FormParser::parse(const json& document, const std::string& file,
                              const CatalogSet* catalogs)
{
    ParseResult result;
    auto form = std::make_shared<FormDefinition>();
    LinkInfo links;
    Reader(file, result.errors).read(document, *form, links);
    // Link even after structural errors so one run reports unknown references too.
    if (!form->pages.empty())
        linkDefinition(*form, links, catalogs, result.errors);
    if (result.errors.empty())
        result.form = std::move(form);
    return result;
}

ParseResult FormParser::parseText(std::string_view text, const std::string& file,
                                  const CatalogSet* catalogs)
{
    try {
        return parse(json::parse(text), file, catalogs);
    } catch (const json::parse_error& e) {
        ParseResult r;
        // nlohmann's message already names line and column.
        r.errors.push_back({file, "", std::string("invalid JSON: ") + e.what()});
        return r;
    }
}

ParseResult FormParser::parseFile(const std::filesystem::path& file, const CatalogSet* catalogs)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        ParseResult r;
        r.errors.push_back({file.string(), "", "cannot open file"});
        return r;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    return parseText(buffer.str(), file.string(), catalogs);
}

} // namespace vitalis::forms
