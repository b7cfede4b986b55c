#include "app/desktop/form/DateFieldEditor.h"

#include "app/desktop/form/DateInput.h"
#include "app/desktop/form/NumberFieldEditor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace vitalis::desktop
{

DateFieldEditor::DateFieldEditor(const forms::Field& field, QWidget* parent)
    : FieldEditor(field, parent), m_date(new DateInput(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_date, 2);
    connect(m_date, &DateInput::edited, this, [this] { changed(); });
    commitOnFocusOut(m_date->lineEdit());
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
    setFocusProxy(byAge ? static_cast<QWidget*>(m_age) : m_date);
}

nlohmann::json DateFieldEditor::value() const
{
    if (m_unknown && m_unknown->isChecked()) {
        auto age = parseNumber(m_age->text());
        return age.is_null() ? nlohmann::json(nullptr) : nlohmann::json{{"age", age}};
    }
    // Text that is not a date yet goes to the engine as typed: it says the date is invalid.
    const QString iso = m_date->isoDate();
    return textValue(iso.isEmpty() ? m_date->text() : iso);
}

void DateFieldEditor::showValue(const nlohmann::json& value)
{
    const bool byAge = value.is_object() && value.contains("age");
    if (m_unknown) {
        m_unknown->setChecked(byAge);
        m_age->setText(byAge ? QString::fromStdString(value["age"].dump()) : QString());
    }
    m_date->setStoredValue(value.is_string() ? QString::fromStdString(value.get<std::string>())
                                             : QString());
    updateMode();
}

void DateFieldEditor::retranslate(const FormText& text, const QString& fieldLabel)
{
    m_date->lineEdit()->setAccessibleName(fieldLabel);
    m_date->setLanguage(QString::fromStdString(text.language()));
    if (!field().placeholder.empty())
        m_date->lineEdit()->setPlaceholderText(text.text(field().placeholder));
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
    return (m_unknown && m_unknown->isChecked()) ? static_cast<QWidget*>(m_age)
                                                 : m_date->lineEdit();
}

} // namespace vitalis::desktop
