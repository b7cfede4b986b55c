#include "certificates/templates/CertificateFill.h"

#include "core/DateText.h"

#include <kainjow/mustache.hpp>
#include <stdexcept>

namespace vitalis::certificates
{

using nlohmann::json;
namespace mstch = kainjow::mustache;

const std::vector<std::string>& builtinPlaceholders()
{
    static const std::vector<std::string> names = {
        "registration_number", "registration_date", "issue_date",
        "issuing_office",      "copy_number",       "fee",
        "receipt_number",      "collector",         "template_label",
        "tracking_id",         "certified_copy",    "reprint",
    };
    return names;
}

std::set<std::string> knownPlaceholders(const forms::FormDefinition& form)
{
    std::set<std::string> out(builtinPlaceholders().begin(), builtinPlaceholders().end());
    for (const auto& f : form.fields) {
        if (!f.holdsValue())
            continue;
        out.insert(f.id);
        if (f.type == forms::FieldType::PersonName) {
            out.insert(f.id + "_given");
            out.insert(f.id + "_family");
        }
    }
    return out;
}

namespace
{

std::string part(const json& name, const char* key)
{
    return name.contains(key) && name[key].is_string() ? name[key].get<std::string>() : "";
}

// Given names (first and middle) and the family name apart, as certificates print them.
void addNameParts(json& out, const std::string& id, const json& name)
{
    if (!name.is_object())
        return;
    std::string given = part(name, "first");
    const std::string middle = part(name, "middle");
    if (!middle.empty())
        given += (given.empty() ? "" : " ") + middle;
    out[id + "_given"] = given;
    out[id + "_family"] = part(name, "family");
}

mstch::data toData(const json& values)
{
    mstch::data d{mstch::data::type::object};
    for (const auto& [k, v] : values.items()) {
        if (v.is_boolean())
            d.set(k, v.get<bool>() ? mstch::data::type::bool_true : mstch::data::type::bool_false);
        else
            d.set(k, v.is_string() ? v.get<std::string>() : v.dump());
    }
    return d;
}

// A context that answers every name with a dummy text and remembers the names asked.
class RecordingContext : public mstch::basic_context<std::string>
{
public:
    void push(const mstch::data*) override {}
    void pop() override {}
    const mstch::data* get(const std::string& name) const override
    {
        if (name != ".")
            names.insert(name);
        return &dummy_;
    }
    const mstch::data* get_partial(const std::string& name) const override
    {
        names.insert(">" + name); // partials are not offered: reported as unknown
        return nullptr;
    }
    mutable std::set<std::string> names;

private:
    mstch::data dummy_{std::string("x")};
};

} // namespace

json certificateValues(const Record& record, const forms::FieldDisplay& display,
                       const PrintFacts& facts)
{
    json out = json::object();
    for (const auto& [id, v] : record.fields.items()) {
        out[id] = display.value(record.formId, record.formVersion, id, v);
        if (v.is_object() && (v.contains("first") || v.contains("family")))
            addNameParts(out, id, v);
    }
    const std::string lang = display.language();
    out["registration_number"] = facts.registrationNumber;
    out["registration_date"] = displayStoredDate(facts.registrationDate, lang);
    out["issue_date"] = displayStoredDate(facts.issueDate, lang);
    out["issuing_office"] = facts.issuingOffice;
    out["copy_number"] = std::to_string(facts.copyNumber);
    out["fee"] = facts.fee;
    out["receipt_number"] = facts.receiptNumber;
    out["collector"] = facts.collector;
    out["template_label"] = facts.templateLabel;
    out["tracking_id"] = record.trackingId;
    out["certified_copy"] = facts.certifiedCopy;
    out["reprint"] = facts.copyNumber > 1;
    return out;
}

std::string fillTemplate(const std::string& svg, const json& values)
{
    mstch::mustache tmpl{svg};
    if (!tmpl.is_valid())
        throw std::runtime_error("template: " + tmpl.error_message());
    const std::string out = tmpl.render(toData(values));
    if (!tmpl.is_valid())
        throw std::runtime_error("template: " + tmpl.error_message());
    return out;
}

std::set<std::string> placeholdersOf(const std::string& svg, std::string& error)
{
    mstch::mustache tmpl{svg};
    if (!tmpl.is_valid()) {
        error = tmpl.error_message();
        return {};
    }
    RecordingContext context;
    tmpl.render(context);
    if (!tmpl.is_valid())
        error = tmpl.error_message();
    return context.names;
}

} // namespace vitalis::certificates
