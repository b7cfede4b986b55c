// Units of number and computed fields ("kg", "cm", "years" in the form definition) as the
// user's language writes them; a unit this list does not know is shown as the form gives it.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <string>

namespace vitalis::desktop
{

class UnitText
{
    Q_DECLARE_TR_FUNCTIONS(UnitText)
public:
    static QString of(const std::string& unit);
    // "3.2 kg": the value followed by its unit (the value alone when there is no unit).
    static QString withUnit(const QString& value, const std::string& unit);
};

} // namespace vitalis::desktop
