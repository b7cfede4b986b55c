#include "app/desktop/form/DateInput.h"

#include "app/desktop/session/DateDisplay.h"
#include "core/DateText.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace vitalis::desktop
{
namespace
{

QDate qdate(std::chrono::year_month_day d)
{
    return QDate(static_cast<int>(d.year()), static_cast<int>(static_cast<unsigned>(d.month())),
                 static_cast<int>(static_cast<unsigned>(d.day())));
}

} // namespace

DateInput::DateInput(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_problem(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem);
    m_edit->setMaxLength(40);
    m_problem->setObjectName(QStringLiteral("dateProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        // A message about the old text goes as soon as the text reads as a date.
        if (problem().isEmpty())
            m_problem->hide();
        Q_EMIT edited();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, &DateInput::finish);
    retranslate();
}

QString DateInput::isoDate() const
{
    const auto parsed = vitalis::parseDate(m_edit->text().toStdString());
    return parsed.date ? QString::fromStdString(vitalis::isoDate(*parsed.date)) : QString();
}

QString DateInput::text() const
{
    return m_edit->text().trimmed();
}

void DateInput::setStoredValue(const QString& value)
{
    m_edit->setText(DateDisplay::storedDate(value.toStdString(), m_language));
    m_problem->hide();
}

QString DateInput::problem() const
{
    const auto parsed = vitalis::parseDate(m_edit->text().toStdString());
    const QString example = DateDisplay::date(QDate(2024, 12, 25), m_language);
    switch (parsed.problem) {
    case DateProblem::None:
    case DateProblem::Empty:
        return {};
    case DateProblem::Ambiguous:
        return tr("\"%1\" could be %2 or %3. Type the month as a word, for example %2.")
            .arg(text())
            .arg(DateDisplay::date(qdate(parsed.dayFirst), m_language))
            .arg(DateDisplay::date(qdate(parsed.monthFirst), m_language));
    case DateProblem::TwoDigitYear:
        return tr("Type the year with 4 digits, for example %1.").arg(example);
    case DateProblem::NoSuchDay:
        return tr("There is no such day. Check the day and the month.");
    case DateProblem::Unreadable:
        break;
    }
    return tr("This is not a date. Type the day, the month and the year, for example %1.")
        .arg(example);
}

void DateInput::setLanguage(const QString& language)
{
    const QString iso = isoDate();
    m_language = language;
    if (!iso.isEmpty())
        m_edit->setText(DateDisplay::storedDate(iso.toStdString(), m_language));
    retranslate();
}

void DateInput::retranslate()
{
    m_edit->setPlaceholderText(
        tr("day month year, e.g. %1").arg(DateDisplay::date(QDate(2024, 12, 25), m_language)));
    if (m_problem->isVisible())
        m_problem->setText(problem());
}

void DateInput::finish()
{
    const QString iso = isoDate();
    if (!iso.isEmpty())
        m_edit->setText(DateDisplay::storedDate(iso.toStdString(), m_language));
    const QString message = problem();
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

} // namespace vitalis::desktop
