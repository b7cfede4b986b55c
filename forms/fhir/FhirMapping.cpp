#include "forms/fhir/FhirMapping.h"

#include <algorithm>
#include <fstream>
#include <set>

namespace vitalis::fhir
{

using nlohmann::json;

namespace
{

const std::pair<ValueKind, const char*> kKinds[] = {
    {ValueKind::HumanName, "humanName"}, {ValueKind::Date, "date"},
    {ValueKind::Code, "code"},           {ValueKind::Identifier, "identifier"},
    {ValueKind::Quantity, "quantity"},   {ValueKind::String, "string"},
    {ValueKind::Constant, "constant"},
};

// Collects errors with the file name and the JSON pointer of what is wrong.
struct Reader {
    const std::string& file;
    std::vector<std::string>& errors;
    bool ok = true;

    void fail(const std::string& where, const std::string& message)
    {
        errors.push_back(file + ": " + (where.empty() ? "/" : where) + ": " + message);
        ok = false;
    }
    void onlyMembers(const json& j, const std::string& where, std::set<std::string> allowed)
    {
        allowed.insert("$comment");
        for (auto it = j.begin(); it != j.end(); ++it)
            if (!allowed.count(it.key()))
                fail(where + "/" + it.key(), "unknown member '" + it.key() + "'");
    }
    std::string text(const json& j, const std::string& where, const char* member, bool required)
    {
        if (!j.contains(member)) {
            if (required)
                fail(where + "/" + member, "required (a string)");
            return {};
        }
        if (!j[member].is_string() || j[member].get<std::string>().empty()) {
            fail(where + "/" + member, "must be a non-empty string");
            return {};
        }
        return j[member].get<std::string>();
    }
    std::vector<PathStep> path(const json& j, const std::string& where, const char* member,
                               bool required)
    {
        const std::string t = text(j, where, member, required);
        if (t.empty())
            return {};
        std::string error;
        auto p = parsePath(t, &error);
        if (!p)
            fail(where + "/" + member, error);
        return p.value_or(std::vector<PathStep>{});
    }
};

Selector readSelector(Reader& r, const json& j, const std::string& where)
{
    Selector s;
    s.jsonPath = where;
    if (!j.is_object()) {
        r.fail(where, "a selector must be an object");
        return s;
    }
    r.onlyMembers(j, where, {"resourceType", "role", "where"});
    s.resourceType = r.text(j, where, "resourceType", true);
    s.role = r.text(j, where, "role", false);
    if (!s.role.empty() && s.role != "subject" && s.role != "other")
        r.fail(where + "/role", "must be subject or other");
    if (j.contains("where")) {
        if (!j["where"].is_object())
            r.fail(where + "/where", "must be an object of path: value");
        else
            for (auto it = j["where"].begin(); it != j["where"].end(); ++it) {
                std::string error;
                auto p = parsePath(it.key(), &error);
                if (!p)
                    r.fail(where + "/where/" + it.key(), error);
                else
                    s.where.emplace_back(*p, it.value());
            }
    }
    return s;
}

ResourceSpec readResource(Reader& r, const std::string& name, const json& j,
                          const std::string& where)
{
    ResourceSpec spec;
    spec.name = name;
    spec.jsonPath = where;
    if (!j.is_object()) {
        r.fail(where, "a resource must be an object");
        return spec;
    }
    r.onlyMembers(j, where, {"select", "required", "outbound", "emitWith"});
    if (!j.contains("select") || !j["select"].is_array() || j["select"].empty())
        r.fail(where + "/select", "required: a list of selectors");
    else
        for (std::size_t i = 0; i < j["select"].size(); ++i)
            spec.select.push_back(
                readSelector(r, j["select"][i], where + "/select/" + std::to_string(i)));
    if (j.contains("required") && !j["required"].is_boolean())
        r.fail(where + "/required", "must be true or false");
    spec.required = j.value("required", false) == true;
    spec.outbound = j.value("outbound", json::object());
    if (!spec.outbound.is_object())
        r.fail(where + "/outbound", "must be an object (the resource subscribers receive)");
    spec.emitWith = r.text(j, where, "emitWith", false);
    return spec;
}

void readKindDetails(Reader& r, const json& j, const std::string& where, FieldRule& f)
{
    if (f.kind == ValueKind::Identifier || f.kind == ValueKind::Constant)
        f.system = r.text(j, where, "system", f.kind == ValueKind::Identifier);
    else if (j.contains("system"))
        r.fail(where + "/system", "only for \"as\": \"identifier\" or \"constant\"");
    if (j.contains("values")) {
        if (f.kind != ValueKind::Code || !j["values"].is_object())
            r.fail(where + "/values", "only for \"as\": \"code\", an object of code: value");
        else
            for (auto it = j["values"].begin(); it != j["values"].end(); ++it)
                if (it.value().is_string())
                    f.values[it.key()] = it.value().get<std::string>();
                else
                    r.fail(where + "/values/" + it.key(), "must be a string (the form value)");
    }
    if (f.kind == ValueKind::Quantity) {
        if (!j.contains("units") || !j["units"].is_object() || j["units"].empty())
            r.fail(where + "/units", "required: an object of unit code: factor to the field");
        else
            for (auto it = j["units"].begin(); it != j["units"].end(); ++it)
                if (it.value().is_number() && it.value().get<double>() > 0)
                    f.units[it.key()] = it.value().get<double>();
                else
                    r.fail(where + "/units/" + it.key(), "must be a positive number");
    } else if (j.contains("units")) {
        r.fail(where + "/units", "only for \"as\": \"quantity\"");
    }
    if (f.kind == ValueKind::Constant) {
        if (!j.contains("value") || j["value"].is_null() || j["value"].is_object())
            r.fail(where + "/value", "required: the form value set when the element exists");
        else
            f.constant = j["value"];
    } else if (j.contains("value")) {
        r.fail(where + "/value", "only for \"as\": \"constant\"");
    }
}

FieldRule readRule(Reader& r, const json& j, const std::string& where, bool facility)
{
    FieldRule f;
    f.jsonPath = where;
    if (!j.is_object()) {
        r.fail(where, "a field rule must be an object");
        return f;
    }
    r.onlyMembers(
        j, where,
        {"field", "from", "path", "as", "system", "values", "units", "value", "required"});
    if (!facility)
        f.field = r.text(j, where, "field", true);
    f.from = r.text(j, where, "from", true);
    f.path = r.path(j, where, "path", true);
    const std::string as = facility ? j.value("as", "identifier") : r.text(j, where, "as", true);
    if (auto k = valueKindFromName(as))
        f.kind = *k;
    else if (!as.empty())
        r.fail(where + "/as", "unknown kind '" + as +
                                  "' (humanName, date, code, identifier, quantity, string, "
                                  "constant)");
    if (facility && f.kind != ValueKind::Identifier && f.kind != ValueKind::String)
        r.fail(where + "/as", "the facility is read as an identifier or a string");
    readKindDetails(r, j, where, f);
    if (j.contains("required") && !j["required"].is_boolean())
        r.fail(where + "/required", "must be true or false");
    f.required = j.value("required", false) == true;
    return f;
}

void checkReferences(Reader& r, const Mapping& m)
{
    const auto known = [&](const std::string& name) { return m.resource(name) != nullptr; };
    if (!m.subject.empty() && !known(m.subject))
        r.fail("/subject", "names no resource of /resources");
    for (const auto& spec : m.resources)
        if (!spec.emitWith.empty() && !known(spec.emitWith))
            r.fail(spec.jsonPath + "/emitWith", "names no resource of /resources");
    std::vector<const FieldRule*> all;
    for (const auto& f : m.rules)
        all.push_back(&f);
    if (m.facility)
        all.push_back(&*m.facility);
    for (const FieldRule* f : all) {
        if (!f->from.empty() && !known(f->from))
            r.fail(f->jsonPath + "/from", "names no resource of /resources: '" + f->from + "'");
        if (!f->system.empty() && !m.systems.count(f->system))
            r.fail(f->jsonPath + "/system", "names no entry of /systems: '" + f->system + "'");
    }
}

void readHeader(Reader& r, const json& doc, Mapping& m)
{
    r.onlyMembers(doc, "",
                  {"$schema", "form", "event", "subject", "when", "systems", "resources",
                   "facility", "fields", "document"});
    m.document = doc.value("document", json::object());
    if (!m.document.is_object())
        r.fail("/document", "must be an object (members of the Composition subscribers get)");
    m.form = r.text(doc, "", "form", true);
    m.event = r.text(doc, "", "event", true);
    m.subject = r.text(doc, "", "subject", true);
    m.when = r.path(doc, "", "when", false);
    if (doc.contains("systems")) {
        if (!doc["systems"].is_object())
            r.fail("/systems", "must be an object of name: identifier system URI");
        else
            for (auto it = doc["systems"].begin(); it != doc["systems"].end(); ++it)
                if (it.value().is_string() && !it.value().get<std::string>().empty())
                    m.systems[it.key()] = it.value().get<std::string>();
                else
                    r.fail("/systems/" + it.key(), "must be a URI (a string)");
    }
}

} // namespace

std::optional<ValueKind> valueKindFromName(const std::string& name)
{
    for (const auto& [k, n] : kKinds)
        if (name == n)
            return k;
    return std::nullopt;
}

std::string_view toString(ValueKind kind)
{
    for (const auto& [k, n] : kKinds)
        if (k == kind)
            return n;
    return "?";
}

const ResourceSpec* Mapping::resource(const std::string& name) const
{
    for (const auto& r : resources)
        if (r.name == name)
            return &r;
    return nullptr;
}

std::string Mapping::system(const std::string& name) const
{
    const auto it = systems.find(name);
    return it == systems.end() ? std::string() : it->second;
}

std::optional<Mapping> parseMapping(const json& doc, const std::string& file,
                                    std::vector<std::string>& errors)
{
    Reader r{file, errors};
    Mapping m;
    m.file = file;
    if (!doc.is_object()) {
        r.fail("", "a FHIR mapping must be a JSON object");
        return std::nullopt;
    }
    readHeader(r, doc, m);
    if (!doc.contains("resources") || !doc["resources"].is_object() || doc["resources"].empty())
        r.fail("/resources", "required: an object of name: resource");
    else
        for (auto it = doc["resources"].begin(); it != doc["resources"].end(); ++it)
            m.resources.push_back(readResource(r, it.key(), it.value(), "/resources/" + it.key()));
    if (doc.contains("facility"))
        m.facility = readRule(r, doc["facility"], "/facility", true);
    if (!doc.contains("fields") || !doc["fields"].is_array())
        r.fail("/fields", "required: a list of field rules");
    else
        for (std::size_t i = 0; i < doc["fields"].size(); ++i)
            m.rules.push_back(readRule(r, doc["fields"][i], "/fields/" + std::to_string(i), false));
    checkReferences(r, m);
    if (!r.ok)
        return std::nullopt;
    return m;
}

std::optional<Mapping> loadMappingFile(const std::filesystem::path& file,
                                       std::vector<std::string>& errors)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        errors.push_back(file.string() + ": cannot open file");
        return std::nullopt;
    }
    try {
        return parseMapping(json::parse(in), file.string(), errors);
    } catch (const json::exception& e) {
        errors.push_back(file.string() + ": invalid JSON: " + e.what());
        return std::nullopt;
    }
}

std::vector<Mapping> loadMappingDirectory(const std::filesystem::path& dir,
                                          std::vector<std::string>& errors)
{
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
        if (e.path().extension() == ".json")
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<Mapping> out;
    for (const auto& f : files)
        if (auto m = loadMappingFile(f, errors))
            out.push_back(std::move(*m));
    return out;
}

} // namespace vitalis::fhir
