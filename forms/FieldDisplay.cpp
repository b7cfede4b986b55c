#include "forms/FieldDisplay.h"

#include "core/DateText.h"

#include <set>

namespace vitalis::forms
{

using nlohmann::json;

FieldDisplay::FieldDisplay(const forms::FormRegistry& forms, const forms::ReferenceData* reference,
                           std::string language)
    : m_forms(forms), m_reference(reference), m_language(language)
{
    m_catalog = forms.catalogs().find(language);
    m_fallback = forms.catalogs().find("en");
}

std::string FieldDisplay::text(const std::string& messageId) const
{
    if (messageId.empty())
        return {};
    if (m_catalog && m_catalog->has(messageId))
        return m_catalog->format(messageId);
    if (m_fallback && m_fallback->has(messageId))
        return m_fallback->format(messageId);
    return messageId;
}

std::string FieldDisplay::formTitle(const std::string& formId, int formVersion) const
{
    const auto form = m_forms.find(formId, formVersion);
    return form ? text(form->title) : formId;
}

std::string FieldDisplay::label(const std::string& formId, int formVersion,
                                const std::string& fieldId) const
{
    const auto form = m_forms.find(formId, formVersion);
    const forms::Field* f = form ? form->field(fieldId) : nullptr;
    return f && !f->label.empty() ? text(f->label) : fieldId;
}

std::string FieldDisplay::value(const std::string& formId, int formVersion,
                                const std::string& fieldId, const json& value) const
{
    const auto form = m_forms.find(formId, formVersion);
    return format(form.get(), form ? form->field(fieldId) : nullptr, value);
}

std::string FieldDisplay::referenceLabel(const std::string& source, const std::string& id) const
{
    if (!m_reference)
        return id;
    const auto entry = m_reference->find(source, id);
    return entry ? text(entry->label) : id;
}

std::string FieldDisplay::format(const forms::FormDefinition* form, const forms::Field* field,
                                 const json& v) const
{
    (void)form;
    if (v.is_null())
        return {};
    if (v.is_boolean())
        return text(v.get<bool>() ? "opt.yes_no.yes" : "opt.yes_no.no");
    if (field) {
        using T = forms::FieldType;
        switch (field->type) {
        case T::Select:
        case T::Radio:
            if (v.is_string()) {
                for (const auto& o : field->options)
                    if (o.value == v.get<std::string>())
                        return text(o.label);
                if (field->optionsFrom)
                    return referenceLabel(field->optionsFrom->source, v.get<std::string>());
            }
            break;
        case T::PersonName:
            if (v.is_object()) {
                std::string out;
                for (const char* part : {"first", "middle", "family"})
                    if (v.contains(part) && v[part].is_string() &&
                        !v[part].get<std::string>().empty())
                        out += (out.empty() ? "" : " ") + v[part].get<std::string>();
                return out;
            }
            break;
        case T::Address:
            if (v.is_object()) {
                std::string out = v.value("line", std::string());
                if (v.contains("location") && v["location"].is_string()) {
                    const std::string source =
                        field->optionsFrom ? field->optionsFrom->source : std::string("locations");
                    const std::string place =
                        referenceLabel(source, v["location"].get<std::string>());
                    out += (out.empty() ? "" : ", ") + place;
                }
                return out;
            }
            break;
        case T::Date:
            if (v.is_object() && v.contains("age"))
                return text("field.date.age") + ": " + v["age"].dump();
            if (v.is_string()) // the form's own way of showing dates (core/DateText)
                return displayStoredDate(v.get<std::string>(), m_language);
            break;
        case T::Attachment:
            if (v.is_array()) {
                std::string out;
                for (const auto& a : v) {
                    std::string one = a.is_object() ? a.value("name", std::string()) : a.dump();
                    if (a.is_object() && a.contains("documentType") &&
                        a["documentType"].is_string()) {
                        const std::string doc = a["documentType"].get<std::string>();
                        std::string docText = doc;
                        for (const auto& o : field->documentTypes)
                            if (o.value == doc)
                                docText = text(o.label);
                        one += " (" + docText + ")";
                    }
                    out += (out.empty() ? "" : "; ") + one;
                }
                return out;
            }
            break;
        case T::Number:
            if (v.is_number() && !field->unit.empty())
                return v.dump() + " " + field->unit;
            break;
        default:
            break;
        }
    }
    if (v.is_string())
        return v.get<std::string>();
    return v.dump();
}

std::vector<DisplayRow> FieldDisplay::rows(const Record& record) const
{
    std::vector<DisplayRow> out;
    const auto form = m_forms.find(record.formId, record.formVersion);
    std::set<std::string> shown;
    if (form) {
        for (const auto& page : form->pages) {
            const std::string pageTitle = text(page.title);
            for (const int i : page.fields) {
                const auto& f = form->fields[static_cast<std::size_t>(i)];
                if (!f.holdsValue() || !record.fields.contains(f.id))
                    continue;
                const auto& v = record.fields[f.id];
                shown.insert(f.id);
                if (v.is_null())
                    continue;
                out.push_back({f.id, pageTitle, f.label.empty() ? f.id : text(f.label),
                               format(form.get(), &f, v)});
            }
        }
    }
    for (const auto& [k, v] : record.fields.items())
        if (!shown.count(k) && !v.is_null())
            out.push_back({k, {}, k, format(form.get(), nullptr, v)});
    return out;
}

} // namespace vitalis::forms
