#include "app/desktop/session/DateDisplay.h"

#include "core/DateText.h"

#include <QDateTime>
#include <QLocale>

namespace vitalis::desktop
{
namespace
{

std::chrono::year_month_day ymd(QDate d)
{
    return std::chrono::year_month_day{std::chrono::year{d.year()},
                                       std::chrono::month{static_cast<unsigned>(d.month())},
                                       std::chrono::day{static_cast<unsigned>(d.day())}};
}

} // namespace

QString DateDisplay::language()
{
    return QLocale().name().left(2);
}

QString DateDisplay::date(QDate date, const QString& language)
{
    if (!date.isValid())
        return {};
    return QString::fromStdString(formatDate(ymd(date), language.toStdString()));
}

QString DateDisplay::storedDate(const std::string& stored, const QString& language)
{
    return QString::fromStdString(displayStoredDate(stored, language.toStdString()));
}

QString DateDisplay::dateTime(qint64 millis)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(millis);
    return QString::fromStdString(formatDateTime(ymd(local.date()), local.time().hour(),
                                                 local.time().minute(), language().toStdString()));
}

QString DateDisplay::time(QTime time)
{
    // A format string, not the locale: the same Latin digits in every language.
    return time.toString(QStringLiteral("HH:mm"));
}

} // namespace vitalis::desktop
