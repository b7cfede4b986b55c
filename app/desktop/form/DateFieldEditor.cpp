#include "app/desktop/form/DateFieldEditor.h"

#include "app/desktop/form/NumberFieldEditor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace vitalis::desktop
{

QString normalizeDate(const QString& text)
{
    static const QRegularExpression dayFirst(
        QStringLiteral("^\\s*(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\s*$"));
    const auto m = dayFirst.match(text);
    if (!m.hasMatch())
        return text.trimmed();
    return QStringLiteral("%1-%2-%3")
        .arg(m.captured(3), m.captured(2).rightJustified(2, QLatin1Char('0')),
             m.captured(1).rightJustified(2, QLatin1Char('0')));
}

DateFieldEditor::DateFieldEditor(const forms::Field& field, QWidget* parent)
    : FieldEditor(field, parent), m_date(new QLineEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_date, 2);
    m_date->setLayoutDirection(Qt::LeftToRight);
    connect(m_date, &QLineEdit::textChanged, this, [this] { changed(); });
    commitOnFocusOut(m_date);
    if (field.allowAge) {
        m_unknown = new QCheckBox(this);
        m_ageLabel = new QLabel(this);
        m_age = new QLineEdit(this);
        m_age->setLayoutDirection(Qt::LeftToRight);
        m_ageLabel->setBuddy(m_age);
        layout->addWidget(m_unknown);
        layout->addWidget(m_ageLabel);
        layout->addWidget(m_age, 1);
        connect(m_unknown, &QCheckBox::toggled, this, [this] {
            updateMode();
            picked();
        });
        connect(m_age, &QLineEdit::textChanged, this, [this] { changed(); });
        commitOnFocusOut(m_age);
    }
    layout->addStretch(1);
    setFocusProxy(m_date);
    updateMode();
}

void DateFieldEditor::updateMode()
{
    if (!m_unknown)
        return;
    const bool byAge = m_unknown->isChecked();
    m_date->setVisible(!byAge);
    m_ageLabel->setVisible(byAge);
    m_age->setVisible(byAge);
    setFocusProxy(byAge ? m_age : m_date);
}

nlohmann::json DateFieldEditor::value() const
{
    if (m_unknown && m_unknown->isChecked()) {
        auto age = parseNumber(m_age->text());
        return age.is_null() ? nlohmann::json(nullptr) : nlohmann::json{{"age", age}};
    }
    return textValue(normalizeDate(m_date->text()));
}

void DateFieldEditor::showValue(const nlohmann::json& value)
{
    const bool byAge = value.is_object() && value.contains("age");
    if (m_unknown) {
        m_unknown->setChecked(byAge);
        m_age->setText(byAge ? QString::fromStdString(value["age"].dump()) : QString());
    }
    m_date->setText(value.is_string() ? QString::fromStdString(value.get<std::string>())
                                      : QString());
    updateMode();
}

void DateFieldEditor::retranslate(const FormText& text, const QString& fieldLabel)
{
    m_date->setAccessibleName(fieldLabel);
    m_date->setPlaceholderText(field().placeholder.empty() ? tr("YYYY-MM-DD")
                                                           : text.text(field().placeholder));
    if (m_unknown) {
        m_unknown->setText(text.text("field.date.exactUnknown"));
        m_unknown->setAccessibleName(
            QStringLiteral("%1: %2").arg(fieldLabel, text.text("field.date.exactUnknown")));
        m_ageLabel->setText(text.text("field.date.age"));
        m_age->setAccessibleName(
            QStringLiteral("%1: %2").arg(fieldLabel, text.text("field.date.age")));
    }
}

QWidget* DateFieldEditor::focusTarget()
{
    return (m_unknown && m_unknown->isChecked()) ? m_age : m_date;
}

} // namespace vitalis::desktop
