// Structural pass of the definition parser: the form, its pages and fields (see
// DefinitionReader.h).
#include "forms/DefinitionReader.h"

#include "forms/MessageCatalog.h"
#include "forms/PatternGuard.h"
#include "forms/Suggest.h"

#include <algorithm>

namespace vitalis::forms
{

using nlohmann::json;

const std::vector<std::string> kFormKeys = {
    "$schema",    "id",       "event",     "version", "defaultLanguage", "title", "description",
    "optionSets", "messages", "idFormats", "pages"};
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

void DefinitionReader::read(const json& doc, FormDefinition& form, LinkInfo& links)
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
    readMessages(doc);
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

void DefinitionReader::error(std::string path, std::string message)
{
    errors_.push_back({file_, std::move(path), std::move(message)});
}

void DefinitionReader::checkKeys(const json& obj, const std::string& path,
                                 const std::vector<std::string>& allowed, const std::string& what,
                                 const std::vector<std::string>& elsewhere)
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

std::string DefinitionReader::requireString(const json& obj, const std::string& path,
                                            const std::string& key)
{
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string() || it->get<std::string>().empty()) {
        error(path + "/" + key, it == obj.end() ? "missing '" + key + "'"
                                                : "'" + key + "' must be a non-empty string");
        return {};
    }
    return it->get<std::string>();
}

std::string DefinitionReader::message(const json& obj, const std::string& path,
                                      const std::string& key, bool required)
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

void DefinitionReader::useMessage(const std::string& id, const std::string& path)
{
    form_->messageUses.push_back({id, path});
}

Logic DefinitionReader::logic(const json& expr, const std::string& path,
                              std::vector<LogicVar>& refs)
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

void DefinitionReader::readMessages(const json& doc)
{
    const auto it = doc.find("messages");
    if (it == doc.end())
        return;
    if (!it->is_object()) {
        error("/messages", "messages is an object: language code -> {direction, messages}");
        return;
    }
    for (const auto& [language, catalog] : it->items()) {
        const std::string path = "/messages" + pointerSegment(language);
        json document = catalog;
        if (document.is_object() && !document.contains("language"))
            document["language"] = language;
        FormErrors found;
        auto c = MessageCatalog::fromJson(document, file_, found);
        for (auto& e : found)
            error(path + e.path, e.message);
        if (c && c->language() != language)
            error(path + "/language",
                  "catalog language '" + c->language() + "' under '" + language + "'");
        else if (c)
            form_->messages.add(std::move(*c));
    }
}

Logic DefinitionReader::condition(const json& expr, const std::string& path,
                                  std::vector<LogicVar>& refs)
{
    // A bare "no" or "false" would compile to a truthy literal and silently mean the opposite.
    if (!expr.is_boolean() && !expr.is_object()) {
        error(path, std::string("expected true, false or a logic rule object, not ") +
                        (expr.is_string() ? "the text " + expr.dump() : expr.type_name()));
        return {};
    }
    return logic(expr, path, refs);
}

std::vector<OptionItem> DefinitionReader::readOptions(const json& arr, const std::string& path)
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

void DefinitionReader::readOptionSets(const json& doc)
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

void DefinitionReader::readIdFormats(const json& doc)
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

void DefinitionReader::readPage(const json& page, const std::string& path,
                                std::set<std::string>& pageIds)
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
        pg.show = condition(*s, path + "/show", links_->pageRefs.back());
    form_->pages.push_back(std::move(pg));
    auto fields = page.find("fields");
    if (fields == page.end() || !fields->is_array() || fields->empty()) {
        error(path + "/fields", "a page needs a non-empty 'fields' array");
        return;
    }
    for (std::size_t i = 0; i < fields->size(); ++i)
        readField((*fields)[i], path + "/fields/" + std::to_string(i), pageIndex);
}

void DefinitionReader::readField(const json& f, const std::string& path, int pageIndex)
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
                                    form_->fields[static_cast<std::size_t>(it->second)].path + ")");
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
            return k == "required" || k == "requiredMessage" || k == "enable" || k == "placeholder";
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
        field.show = condition(*s, path + "/show", valueRefs);
    if (auto e = f.find("enable"); e != f.end() && allowedKey(allowed, "enable"))
        field.enable = condition(*e, path + "/enable", stateRefs);
    if (auto r = f.find("required"); r != f.end() && allowedKey(allowed, "required")) {
        if (r->is_boolean())
            field.required = r->get<bool>();
        else
            field.requiredIf = condition(*r, path + "/required", stateRefs);
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

bool DefinitionReader::allowedKey(const std::vector<std::string>& allowed, const char* key)
{
    return std::find(allowed.begin(), allowed.end(), key) != allowed.end();
}

} // namespace vitalis::forms
