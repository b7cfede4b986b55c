#include "forms/fhir/FhirMappingCheck.h"

#include <algorithm>
#include <set>

namespace vitalis::fhir
{

using forms::FieldType;

namespace
{

// The field types each kind of FHIR value can fill.
std::vector<FieldType> typesFor(ValueKind kind)
{
    switch (kind) {
    case ValueKind::HumanName:
        return {FieldType::PersonName};
    case ValueKind::Date:
        return {FieldType::Date};
    case ValueKind::Code:
        return {FieldType::Select, FieldType::Radio};
    case ValueKind::Identifier:
        return {FieldType::NationalId, FieldType::Text, FieldType::Select};
    case ValueKind::Quantity:
        return {FieldType::Number};
    case ValueKind::String:
        return {FieldType::Text, FieldType::LongText};
    case ValueKind::Constant:
        return {FieldType::Select, FieldType::Radio, FieldType::Text, FieldType::Checkbox};
    }
    return {};
}

bool hasOption(const forms::Field& f, const std::string& value)
{
    return std::any_of(f.options.begin(), f.options.end(),
                       [&](const forms::OptionItem& o) { return o.value == value; });
}

void checkRule(const Mapping& m, const forms::FormDefinition& form, const FieldRule& rule,
               std::vector<std::string>& errors)
{
    const auto fail = [&](const std::string& member, const std::string& message) {
        errors.push_back(m.file + ": " + rule.jsonPath + member + ": " + message);
    };
    const forms::Field* f = form.field(rule.field);
    if (!f) {
        fail("/field", "form '" + form.id + "' has no field '" + rule.field + "'");
        return;
    }
    if (!f->isDataEntry()) {
        fail("/field", "'" + rule.field + "' holds no data the sender can give (" +
                           std::string(forms::toString(f->type)) + ")");
        return;
    }
    const auto types = typesFor(rule.kind);
    if (std::find(types.begin(), types.end(), f->type) == types.end()) {
        fail("/as", "\"" + std::string(toString(rule.kind)) + "\" cannot fill '" + rule.field +
                        "', a " + std::string(forms::toString(f->type)) + " field");
        return;
    }
    if (f->options.empty())
        return; // options from reference data: checked with each record
    for (const auto& [code, value] : rule.values)
        if (!hasOption(*f, value))
            fail("/values/" + code, "'" + value + "' is not an option of '" + rule.field + "'");
    if (rule.kind == ValueKind::Constant && rule.constant.is_string() &&
        !hasOption(*f, rule.constant.get<std::string>()))
        fail("/value",
             "'" + rule.constant.get<std::string>() + "' is not an option of '" + rule.field + "'");
}

} // namespace

std::vector<std::string> checkMapping(const Mapping& m, const forms::FormDefinition& form)
{
    std::vector<std::string> errors;
    if (m.form != form.id)
        errors.push_back(m.file + ": /form: maps form '" + m.form + "', checked against '" +
                         form.id + "'");
    if (m.event != form.event)
        errors.push_back(m.file + ": /event: '" + m.event + "' but form '" + form.id +
                         "' records '" + form.event + "' events");
    std::set<std::string> seen;
    for (const auto& rule : m.rules) {
        if (rule.kind != ValueKind::Constant && !seen.insert(rule.field).second)
            errors.push_back(m.file + ": " + rule.jsonPath + "/field: '" + rule.field +
                             "' is filled by an earlier rule too");
        checkRule(m, form, rule, errors);
    }
    return errors;
}

} // namespace vitalis::fhir
