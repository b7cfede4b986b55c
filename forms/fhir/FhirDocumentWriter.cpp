#include "forms/fhir/FhirDocumentWriter.h"

#include <cmath>
#include <ctime>
#include <set>
#include <sstream>

namespace vitalis::fhir
{

using nlohmann::json;

namespace
{

const char* const kUcum = "http://unitsofmeasure.org";

json humanName(const json& v)
{
    json name = {{"use", "official"}};
    json given = json::array();
    if (v.contains("first") && v["first"].is_string())
        given.push_back(v["first"]);
    if (v.contains("middle") && v["middle"].is_string()) {
        std::istringstream words(v["middle"].get<std::string>());
        for (std::string w; words >> w;)
            given.push_back(w);
    }
    if (!given.empty())
        name["given"] = given;
    if (v.contains("family") && v["family"].is_string())
        name["family"] = v["family"];
    return name;
}

// The FHIR value of one field (null when it has none to give).
json fhirValue(const Mapping& m, const FieldRule& rule, const json& v)
{
    switch (rule.kind) {
    case ValueKind::HumanName:
        return v.is_object() ? humanName(v) : json();
    case ValueKind::Date:
        return v.is_string() ? v : json(); // {"age": N} has no FHIR date
    case ValueKind::Code:
        if (!v.is_string())
            return {};
        if (rule.values.empty())
            return v;
        for (const auto& [code, value] : rule.values)
            if (value == v.get<std::string>())
                return code;
        return {};
    case ValueKind::Identifier:
        return v.is_string() ? json{{"system", m.system(rule.system)}, {"value", v}} : json();
    case ValueKind::Quantity: {
        if (!v.is_number() || rule.units.empty())
            return {};
        auto unit = rule.units.begin(); // the field's own unit (factor 1) when listed
        for (auto it = rule.units.begin(); it != rule.units.end(); ++it)
            if (it->second == 1.0)
                unit = it;
        const double value = std::round(v.get<double>() / unit->second * 1e6) / 1e6;
        return {{"value", value}, {"unit", unit->first}, {"system", kUcum}, {"code", unit->first}};
    }
    case ValueKind::String:
        return v.is_string() ? v : json();
    case ValueKind::Constant:
        return {};
    }
    return {};
}

// Replaces "{name}" references by the entries' URLs; false when the reference points to a
// resource left out, so the caller drops the element holding it.
bool linkReferences(json& node, const std::map<std::string, std::string>& urls)
{
    if (node.is_object()) {
        if (node.contains("reference") && node["reference"].is_string()) {
            const std::string ref = node["reference"];
            if (ref.size() > 2 && ref.front() == '{' && ref.back() == '}') {
                const auto it = urls.find(ref.substr(1, ref.size() - 2));
                if (it == urls.end())
                    return false;
                node["reference"] = it->second;
            }
        }
        for (auto it = node.begin(); it != node.end();) {
            const bool keep = linkReferences(it.value(), urls) &&
                              !((it->is_array() || it->is_object()) && it->empty());
            it = keep ? std::next(it) : node.erase(it);
        }
    } else if (node.is_array()) {
        for (std::size_t i = 0; i < node.size();) {
            if (linkReferences(node[i], urls) && !(node[i].is_object() && node[i].empty()))
                ++i;
            else
                node.erase(i);
        }
    }
    return true;
}

// Which resources go out: the subject, those with values, those emitted with one that goes.
std::set<std::string> emitted(const Mapping& m, const std::set<std::string>& withValues)
{
    std::set<std::string> out = withValues;
    out.insert(m.subject);
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& spec : m.resources)
            if (!spec.emitWith.empty() && out.count(spec.emitWith) && out.insert(spec.name).second)
                grew = true;
    }
    return out;
}

json composition(const Mapping& m, const DocumentSource& src, const std::string& subjectUrl,
                 const json& sectionEntries)
{
    const json& r = src.record;
    const std::string status = r.value("status", "");
    json c = m.document;
    c["resourceType"] = "Composition";
    c["status"] = status == "registered" || status == "certified" ? "final" : "preliminary";
    if (!c.contains("type"))
        c["type"] = {{"text", m.event}};
    if (!c.contains("title"))
        c["title"] = m.event;
    if (!c.contains("author"))
        c["author"] = json::array({{{"display", "Civil registry"}}});
    if (!m.system("record").empty())
        c["identifier"] = {{"system", m.system("record")}, {"value", r.value("id", "")}};
    c["subject"] = {{"reference", subjectUrl}};
    c["date"] = fhirInstant(src.occurredAtMillis);
    c["event"] = json::array({{{"code", json::array({{{"text", src.topic}}})}}});
    if (!sectionEntries.empty())
        c["section"] = json::array({{{"title", m.event}, {"entry", sectionEntries}}});
    return c;
}

// The registry's own numbers for the person: tracking id, registration number.
void addRecordIdentifiers(const Mapping& m, const json& record, json& subject)
{
    const std::pair<const char*, const char*> ids[] = {{"tracking", "tracking_id"},
                                                       {"registration", "registration_number"}};
    for (const auto& [system, member] : ids)
        if (!m.system(system).empty() && record.contains(member) && record[member].is_string())
            ensure(subject, {{"identifier", -1}}, true) = {{"system", m.system(system)},
                                                           {"value", record[member]}};
}

} // namespace

std::string fhirInstant(std::int64_t millis)
{
    const std::time_t t = static_cast<std::time_t>(millis / 1000);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

json writeDocument(const Mapping& m, const DocumentSource& src,
                   const std::function<std::string()>& newUuid)
{
    std::map<std::string, json> resources;
    for (const auto& spec : m.resources) {
        json r = spec.outbound;
        if (!r.contains("resourceType") && !spec.select.empty())
            r["resourceType"] = spec.select.front().resourceType;
        resources[spec.name] = r;
    }
    const json fields = src.record.value("fields", json::object());
    std::set<std::string> withValues;
    for (const auto& rule : m.rules) {
        if (!fields.contains(rule.field) || !resources.count(rule.from))
            continue;
        json v = fhirValue(m, rule, fields[rule.field]);
        if (v.is_null())
            continue;
        const bool list = rule.kind == ValueKind::HumanName || rule.kind == ValueKind::Identifier;
        ensure(resources[rule.from], rule.path, list) = std::move(v);
        withValues.insert(rule.from);
    }
    addRecordIdentifiers(m, src.record, resources[m.subject]);
    const std::set<std::string> out = emitted(m, withValues);
    std::map<std::string, std::string> urls;
    for (const auto& name : out)
        urls[name] = "urn:uuid:" + newUuid();
    json entries = json::array(), section = json::array();
    const auto add = [&](const std::string& name) {
        json r = resources[name];
        linkReferences(r, urls);
        entries.push_back({{"fullUrl", urls[name]}, {"resource", std::move(r)}});
        if (name != m.subject)
            section.push_back({{"reference", urls[name]}});
    };
    add(m.subject);
    for (const auto& spec : m.resources)
        if (spec.name != m.subject && out.count(spec.name))
            add(spec.name);
    const std::string compositionUrl = "urn:uuid:" + newUuid();
    // json{} explicitly: a braced pair alone would be taken for two elements.
    entries.insert(entries.begin(),
                   json{{"fullUrl", compositionUrl},
                        {"resource", composition(m, src, urls[m.subject], section)}});
    return {{"resourceType", "Bundle"},
            {"identifier", {{"system", "urn:ietf:rfc:3986"}, {"value", "urn:uuid:" + newUuid()}}},
            {"type", "document"},
            {"timestamp", fhirInstant(src.occurredAtMillis)},
            {"entry", std::move(entries)}};
}

} // namespace vitalis::fhir
