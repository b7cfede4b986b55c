// A language as its own speakers write it ("Français", "العربية"): the Language menu and the
// certificate's language choice show the same words.
#pragma once

#include <QString>

namespace vitalis::desktop
{

QString languageName(const QString& language);

} // namespace vitalis::desktop
