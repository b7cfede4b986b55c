#include "app/desktop/form/UnitText.h"

#include <algorithm>

namespace vitalis::desktop
{

QString UnitText::of(const std::string& unit)
{
    if (unit == "kg")
        return tr("kg", "unit: kilograms");
    if (unit == "g")
        return tr("g", "unit: grams");
    if (unit == "cm")
        return tr("cm", "unit: centimetres");
    if (unit == "years")
        return tr("years", "unit");
    if (unit == "months")
        return tr("months", "unit");
    if (unit == "weeks")
        return tr("weeks", "unit");
    if (unit == "days")
        return tr("days", "unit");
    return QString::fromStdString(unit);
}

QString UnitText::withUnit(const QString& value, const std::string& unit)
{
    if (unit.empty() || value.isEmpty())
        return value;
    return tr("%1 %2", "a value and its unit").arg(value, of(unit));
}

} // namespace vitalis::desktop
