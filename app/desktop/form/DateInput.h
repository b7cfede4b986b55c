// The one date entry of the desktop: the date is typed in any unambiguous way (core/DateText:
// "3 Nov 2026", "2026-11-03", "25/12/2024", Arabic-Indic digits) and shown back as
// "3 November 2026" in the form's language when the input is left; "3/11/2026" is refused
// with a message saying both readings instead of being guessed.
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace vitalis::desktop
{

class DateInput : public QWidget
{
    Q_OBJECT
public:
    explicit DateInput(QWidget* parent = nullptr);

    QString isoDate() const; // "2026-11-03"; empty when nothing or no date is typed
    QString text() const;    // what is typed, trimmed
    // A stored value: an ISO date is shown as a date, anything else as it is.
    void setStoredValue(const QString& value);
    QString problem() const; // what is wrong with the typed text; empty when fine or empty
    QLineEdit* lineEdit() const { return m_edit; }
    // Dates are shown in this language ("en", "fr", "ar"); also re-shows the current date.
    void setLanguage(const QString& language);
    void retranslate();

Q_SIGNALS:
    void edited(); // the user changed the text

private:
    void finish(); // the input was left: show the date as it was understood, or the problem
    QLineEdit* m_edit;
    QLabel* m_problem;
    QString m_language = QStringLiteral("en");
};

} // namespace vitalis::desktop
