#include "app/desktop/session/LanguageName.h"

#include <QLocale>

namespace vitalis::desktop
{

QString languageName(const QString& language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (language == QLatin1String("ar"))
        return QStringLiteral("العربية");
    // A language a configuration adds: Qt's name for it, else its code.
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name;
}

} // namespace vitalis::desktop
