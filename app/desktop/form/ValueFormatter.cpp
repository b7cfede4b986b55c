#include "app/desktop/form/ValueFormatter.h"

#include "app/desktop/form/UnitText.h"
#include "app/desktop/session/DateDisplay.h"
#include "forms/FieldChecks.h"

#include <QStringList>

namespace vitalis::desktop
{

QString ValueFormatter::optionLabel(const forms::Field& field, const std::string& value) const
{
    for (const auto& o : field.options)
        if (o.value == value)
            return m_text.text(o.label);
    if (field.optionsFrom && m_reference)
        if (auto e = m_reference->find(field.optionsFrom->source, value); e && !e->label.empty())
            return m_text.text(e->label);
    return QString::fromStdString(value);
}

QString ValueFormatter::format(const forms::Field& field, const nlohmann::json& value) const
{
    using T = forms::FieldType;
    if (forms::isEmptyValue(value))
        return {};
    auto str = [](const nlohmann::json& v) {
        return v.is_string() ? QString::fromStdString(v.get<std::string>())
                             : QString::fromStdString(v.dump());
    };
    switch (field.type) {
    case T::Select:
    case T::Radio:
        return value.is_string() ? optionLabel(field, value.get<std::string>()) : str(value);
    case T::Checkbox:
        return value == true ? tr("Yes") : tr("No");
    case T::PersonName: {
        QStringList parts;
        for (const auto& p : field.nameParts)
            if (value.is_object() && value.contains(p))
                parts << str(value[p]);
        return parts.join(QLatin1Char(' '));
    }
    case T::Address: {
        QStringList parts;
        if (value.is_object() && value.contains("line"))
            parts << str(value["line"]);
        if (value.is_object() && value.contains("location") && value["location"].is_string())
            parts << optionLabel(field, value["location"].get<std::string>());
        return parts.join(QStringLiteral(", "));
    }
    case T::Date:
        if (value.is_object() && value.contains("age"))
            return tr("Age %1 (exact date unknown)").arg(str(value["age"]));
        return value.is_string()
                   ? DateDisplay::storedDate(value.get<std::string>(),
                                             QString::fromStdString(m_text.language()))
                   : str(value);
    case T::Attachment: {
        QStringList names;
        if (value.is_array())
            for (const auto& a : value)
                names << QString::fromStdString(a.value("name", std::string("?")));
        return names.join(QStringLiteral(", "));
    }
    case T::Number:
    case T::Computed:
        return UnitText::withUnit(str(value), field.unit);
    default:
        return str(value);
    }
}

} // namespace vitalis::desktop
