// The one way dates and times are shown on the desktop, in the language the user chose
// (QLocale's default, set by the language switcher): core/DateText's "3 November 2026, 14:05",
// Latin digits in every language.
#pragma once

#include <QDate>
#include <QString>
#include <QTime>
#include <string>

namespace vitalis::desktop
{

class DateDisplay
{
public:
    static QString language(); // "en", "fr", "ar": the default QLocale's language
    static QString date(QDate date, const QString& language = DateDisplay::language());
    // A stored "2026-11-03" as a date; any other text unchanged.
    static QString storedDate(const std::string& stored,
                              const QString& language = DateDisplay::language());
    // A moment (unix ms) in this computer's time zone, with the time of day.
    static QString dateTime(qint64 millis);
    static QString time(QTime time); // "14:05"
};

} // namespace vitalis::desktop
