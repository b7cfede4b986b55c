#include "app/desktop/form/TextFieldEditor.h"

#include <QHBoxLayout>
#include <QLineEdit>

namespace vitalis::desktop
{

TextFieldEditor::TextFieldEditor(const forms::Field& field, QWidget* parent)
    : FieldEditor(field, parent), m_edit(new QLineEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 2);
    layout->addStretch(1);
    if (field.maxLength > 0)
        m_edit->setMaxLength(static_cast<int>(field.maxLength));
    // Numbers and addresses read left to right even in an Arabic form.
    if (field.type == forms::FieldType::Phone || field.type == forms::FieldType::Email ||
        field.type == forms::FieldType::NationalId || field.type == forms::FieldType::Time)
        m_edit->setLayoutDirection(Qt::LeftToRight);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { changed(); });
    commitOnFocusOut(m_edit);
}

nlohmann::json TextFieldEditor::value() const
{
    return textValue(m_edit->text());
}

void TextFieldEditor::showValue(const nlohmann::json& value)
{
    m_edit->setText(value.is_string() ? QString::fromStdString(value.get<std::string>())
                                      : QString());
}

void TextFieldEditor::retranslate(const FormText& text, const QString& fieldLabel)
{
    m_edit->setAccessibleName(fieldLabel);
    if (field().type == forms::FieldType::Time && field().placeholder.empty())
        m_edit->setPlaceholderText(tr("HH:MM (24 hours)"));
    else
        m_edit->setPlaceholderText(text.text(field().placeholder));
}

QWidget* TextFieldEditor::focusTarget()
{
    return m_edit;
}

} // namespace vitalis::desktop
