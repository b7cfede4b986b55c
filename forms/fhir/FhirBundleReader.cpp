#include "forms/fhir/FhirBundleReader.h"

#include <cmath>
#include <optional>
#include <regex>

namespace vitalis::fhir
{

using nlohmann::json;

namespace
{

std::string entryPath(std::size_t i)
{
    return "Bundle.entry[" + std::to_string(i) + "].resource";
}

// The Bundle's entries by position, with the person the Bundle is about.
class Entries
{
public:
    explicit Entries(const json& bundle) : bundle_(bundle)
    {
        const json& e = bundle["entry"];
        for (std::size_t i = 0; i < e.size(); ++i)
            resources_.push_back(&e[i]["resource"]);
        subject_ = findSubject();
    }
    std::size_t size() const { return resources_.size(); }
    const json& resource(std::size_t i) const { return *resources_[i]; }
    std::string type(std::size_t i) const { return resource(i).value("resourceType", ""); }
    std::optional<std::size_t> subject() const { return subject_; }

    // The entry a Reference points to: by fullUrl, or by Type/id (relative or at the end of
    // an absolute URL).
    std::optional<std::size_t> resolve(const json& reference) const
    {
        if (!reference.is_object() || !reference.contains("reference") ||
            !reference["reference"].is_string())
            return std::nullopt;
        const std::string ref = reference["reference"];
        for (std::size_t i = 0; i < size(); ++i) {
            const json& entry = bundle_["entry"][i];
            if (entry.value("fullUrl", "") == ref)
                return i;
            if (!resource(i).contains("id") || !resource(i)["id"].is_string())
                continue;
            const std::string local = type(i) + "/" + resource(i)["id"].get<std::string>();
            if (ref == local ||
                (ref.size() > local.size() &&
                 ref.compare(ref.size() - local.size() - 1, std::string::npos, "/" + local) == 0))
                return i;
        }
        return std::nullopt;
    }

    std::optional<std::size_t> find(const Selector& s) const
    {
        for (std::size_t i = 0; i < size(); ++i) {
            if (type(i) != s.resourceType)
                continue;
            if (s.role == "subject" && subject_ != i)
                continue;
            if (s.role == "other" && subject_ == i)
                continue;
            bool all = true;
            for (const auto& [path, value] : s.where)
                all = all && anyEquals(resource(i), path, value);
            if (all)
                return i;
        }
        return std::nullopt;
    }

private:
    std::optional<std::size_t> findSubject() const
    {
        const std::pair<const char*, const char*> pointers[] = {
            {"Composition", "subject"}, {"Encounter", "subject"}, {"RelatedPerson", "patient"}};
        for (const auto& [type, member] : pointers)
            for (std::size_t i = 0; i < size(); ++i)
                if (this->type(i) == type && resource(i).contains(member))
                    if (auto s = resolve(resource(i)[member]); s && this->type(*s) == "Patient")
                        return s;
        std::optional<std::size_t> only;
        for (std::size_t i = 0; i < size(); ++i)
            if (type(i) == "Patient") {
                if (only)
                    return std::nullopt;
                only = i;
            }
        return only;
    }

    const json& bundle_;
    std::vector<const json*> resources_;
    std::optional<std::size_t> subject_;
};

struct Context {
    const Mapping& mapping;
    const Entries& entries;
    InboundBundle& out;
    std::map<std::string, std::optional<std::size_t>> found;

    std::optional<std::size_t> entryFor(const std::string& name)
    {
        if (auto it = found.find(name); it != found.end())
            return it->second;
        std::optional<std::size_t> hit;
        if (const ResourceSpec* spec = mapping.resource(name))
            for (const auto& s : spec->select)
                if (!hit)
                    hit = entries.find(s);
        found[name] = hit;
        return hit;
    }
    void issue(std::string code, std::string diagnostics, std::string expression)
    {
        out.issues.push_back({std::move(code), std::move(diagnostics), std::move(expression)});
    }
};

std::optional<json> humanName(const json& v)
{
    if (!v.is_object())
        return std::nullopt;
    json name = json::object();
    if (v.contains("given") && v["given"].is_array()) {
        std::string middle;
        for (std::size_t i = 0; i < v["given"].size(); ++i) {
            if (!v["given"][i].is_string())
                return std::nullopt;
            if (i == 0)
                name["first"] = v["given"][i];
            else
                middle += (middle.empty() ? "" : " ") + v["given"][i].get<std::string>();
        }
        if (!middle.empty())
            name["middle"] = middle;
    }
    if (v.contains("family") && v["family"].is_string())
        name["family"] = v["family"];
    if (name.empty())
        return std::nullopt;
    return name;
}

// One FHIR value as the form value of `rule`; an Issue when it cannot be.
std::optional<json> convert(Context& c, const FieldRule& rule, const PathHit& hit,
                            const std::string& where)
{
    static const std::regex date(R"(\d{4}-\d{2}-\d{2}(T.*)?)");
    const json& v = *hit.value;
    switch (rule.kind) {
    case ValueKind::HumanName:
        if (auto n = humanName(v))
            return n;
        c.issue("value", "a HumanName with given and/or family names is expected", where);
        return std::nullopt;
    case ValueKind::Date:
        if (v.is_string() && std::regex_match(v.get<std::string>(), date))
            return v.get<std::string>().substr(0, 10);
        c.issue("value", "a full date (YYYY-MM-DD) is expected", where);
        return std::nullopt;
    case ValueKind::Code: {
        if (!v.is_string()) {
            c.issue("value", "a code (a string) is expected", where);
            return std::nullopt;
        }
        if (rule.values.empty())
            return v;
        if (auto it = rule.values.find(v.get<std::string>()); it != rule.values.end())
            return it->second;
        std::string known;
        for (const auto& [code, value] : rule.values)
            known += (known.empty() ? "" : ", ") + code;
        c.issue("code-invalid",
                "'" + v.get<std::string>() + "' is not one of the codes accepted here: " + known,
                where);
        return std::nullopt;
    }
    case ValueKind::Quantity:
        break;
    case ValueKind::String:
    case ValueKind::Identifier:
        if (v.is_string())
            return v;
        c.issue("value", "a string is expected", where);
        return std::nullopt;
    case ValueKind::Constant:
        return rule.constant;
    }
    if (!v.is_object() || !v.contains("value") || !v["value"].is_number()) {
        c.issue("value", "a Quantity with a numeric value is expected", where);
        return std::nullopt;
    }
    const std::string unit =
        v.contains("code") && v["code"].is_string()   ? v["code"].get<std::string>()
        : v.contains("unit") && v["unit"].is_string() ? v["unit"].get<std::string>()
                                                      : std::string();
    const auto f = rule.units.find(unit);
    if (f == rule.units.end()) {
        std::string known;
        for (const auto& [code, factor] : rule.units)
            known += (known.empty() ? "" : ", ") + code;
        c.issue("code-invalid", "unit '" + unit + "' is not accepted here (UCUM: " + known + ")",
                where + ".code");
        return std::nullopt;
    }
    return std::round(v["value"].get<double>() * f->second * 1e6) / 1e6;
}

// The hits of an identifier rule: the Identifier of the rule's system, as its value.
std::vector<PathHit> identifierValues(const Mapping& m, const FieldRule& rule,
                                      const std::vector<PathHit>& hits)
{
    std::vector<PathHit> out;
    const std::string system = m.system(rule.system);
    for (const auto& h : hits)
        if (h.value->is_object() && h.value->value("system", "") == system &&
            h.value->contains("value"))
            out.push_back({&(*h.value)["value"], h.where + ".value"});
    return out;
}

// One rule: its value (nullopt when absent or wrong) and the FHIRPath it came from.
std::optional<json> readRule(Context& c, const FieldRule& rule, std::string& expression)
{
    const auto entry = c.entryFor(rule.from);
    const std::string what = rule.field.empty() ? "the facility" : "'" + rule.field + "'";
    if (!entry) {
        if (rule.required)
            c.issue("required", "no resource for '" + rule.from + "' (needed for " + what + ")",
                    "Bundle.entry");
        return std::nullopt;
    }
    std::vector<PathHit> hits = select(c.entries.resource(*entry), rule.path);
    if (!rule.system.empty()) // identifiers (and constants set by one) of that system only
        hits = identifierValues(c.mapping, rule, hits);
    expression = entryPath(*entry) + "." + toString(rule.path);
    if (hits.empty()) {
        if (rule.required)
            c.issue(
                "required",
                what + " is required" +
                    (rule.system.empty() ? "" : " (system " + c.mapping.system(rule.system) + ")"),
                expression);
        return std::nullopt;
    }
    expression = entryPath(*entry) + "." + hits.front().where;
    return convert(c, rule, hits.front(), expression);
}

} // namespace

std::vector<Issue> FhirBundleReader::checkShape(const json& bundle)
{
    if (!bundle.is_object())
        return {{"structure", "the body must be a FHIR resource (a JSON object)", ""}};
    if (bundle.value("resourceType", "") != "Bundle")
        return {{"structure", "a Bundle is expected here", "Bundle.resourceType"}};
    std::vector<Issue> issues;
    const std::string type = bundle.value("type", "");
    if (type != "transaction" && type != "document")
        issues.push_back({"value", "Bundle.type must be transaction or document", "Bundle.type"});
    const json* id = bundle.contains("identifier") ? &bundle["identifier"] : nullptr;
    if (!id || !id->is_object() || !id->contains("value") || !(*id)["value"].is_string() ||
        (*id)["value"].get<std::string>().empty())
        issues.push_back({"required",
                          "Bundle.identifier (system and value) is required: it is the "
                          "transaction id that makes a repost harmless",
                          "Bundle.identifier.value"});
    if (!bundle.contains("entry") || !bundle["entry"].is_array() || bundle["entry"].empty()) {
        issues.push_back({"required", "the Bundle has no entries", "Bundle.entry"});
        return issues;
    }
    const json& first = bundle["entry"][0];
    if (type == "document" &&
        !(first.is_object() && first.contains("resource") && first["resource"].is_object() &&
          first["resource"].value("resourceType", "") == "Composition"))
        issues.push_back({"structure", "a document Bundle begins with its Composition (bdl-11)",
                          "Bundle.entry[0].resource.resourceType"});
    for (std::size_t i = 0; i < bundle["entry"].size(); ++i) {
        const json& e = bundle["entry"][i];
        const std::string at = "Bundle.entry[" + std::to_string(i) + "]";
        if (!e.is_object() || !e.contains("resource") || !e["resource"].is_object())
            issues.push_back({"required", "every entry carries a resource", at + ".resource"});
        else if (!e["resource"].contains("resourceType") ||
                 !e["resource"]["resourceType"].is_string())
            issues.push_back(
                {"structure", "the resource has no resourceType", at + ".resource.resourceType"});
        else if (type == "transaction" && (!e.contains("request") || !e["request"].is_object() ||
                                           !e["request"].contains("method")))
            issues.push_back(
                {"required", "a transaction entry needs request.method", at + ".request.method"});
    }
    return issues;
}

const Mapping* FhirBundleReader::mappingFor(const json& bundle, Issue& issue) const
{
    const Entries entries(bundle);
    const Mapping* fallback = nullptr;
    for (const auto& m : mappings_) {
        if (m.when.empty()) {
            fallback = fallback ? fallback : &m;
            continue;
        }
        const ResourceSpec* subject = m.resource(m.subject);
        std::optional<std::size_t> at;
        for (const auto& s : subject ? subject->select : std::vector<Selector>{})
            at = at ? at : entries.find(s);
        if (at && !select(entries.resource(*at), m.when).empty())
            return &m;
    }
    if (!fallback)
        issue = {"not-supported", "no mapping on this server reads this Bundle", "Bundle"};
    return fallback;
}

InboundBundle FhirBundleReader::read(const Mapping& mapping, const json& bundle)
{
    InboundBundle out;
    const json& id = bundle["identifier"];
    out.transactionId =
        (id.contains("system") && id["system"].is_string() ? id["system"].get<std::string>() + "|"
                                                           : std::string()) +
        id["value"].get<std::string>();
    const Entries entries(bundle);
    Context c{mapping, entries, out, {}};
    for (const auto& spec : mapping.resources)
        if (spec.required && !c.entryFor(spec.name))
            c.issue("required",
                    "the Bundle has no " +
                        (spec.select.empty() ? spec.name : spec.select.front().resourceType) +
                        " for '" + spec.name + "'",
                    "Bundle.entry");
    if (mapping.facility) {
        std::string where;
        if (auto v = readRule(c, *mapping.facility, where); v && v->is_string()) {
            out.facility = *v;
            out.facilityExpression = where;
        }
    }
    for (const auto& rule : mapping.rules) {
        std::string where;
        if (auto v = readRule(c, rule, where)) {
            out.fields[rule.field] = *v;
            out.fieldExpressions[rule.field] = where;
        }
    }
    return out;
}

} // namespace vitalis::fhir
