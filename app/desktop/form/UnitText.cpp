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

QString UnitText::fileSize(qint64 bytes)
{
    constexpr double kMB = 1024.0 * 1024.0;
    if (bytes < 1024 * 1024) {
        const qint64 kb = std::max<qint64>(1, (bytes + 1023) / 1024);
        return tr("%1 KB", "file size, kilobytes").arg(kb);
    }
    const double mb = static_cast<double>(bytes) / kMB;
    return tr("%1 MB", "file size, megabytes").arg(QString::number(mb, 'f', mb < 10 ? 1 : 0));
}

} // namespace vitalis::desktop
