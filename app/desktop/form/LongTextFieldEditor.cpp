#include "app/desktop/form/LongTextFieldEditor.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QPlainTextEdit>

namespace vitalis::desktop
{

LongTextFieldEditor::LongTextFieldEditor(const forms::Field& field, QWidget* parent)
    : FieldEditor(field, parent), m_edit(new QPlainTextEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    m_edit->setTabChangesFocus(true);
    // Four lines high in the user's font, whatever the scaling.
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 + 2 * m_edit->frameWidth() + 8);
    setFocusProxy(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] { changed(); });
    commitOnFocusOut(m_edit);
}

nlohmann::json LongTextFieldEditor::value() const
{
    return textValue(m_edit->toPlainText());
}

void LongTextFieldEditor::showValue(const nlohmann::json& value)
{
    m_edit->setPlainText(value.is_string() ? QString::fromStdString(value.get<std::string>())
                                           : QString());
}

void LongTextFieldEditor::retranslate(const FormText& text, const QString& fieldLabel)
{
    m_edit->setAccessibleName(fieldLabel);
    m_edit->setPlaceholderText(text.text(field().placeholder));
}

QWidget* LongTextFieldEditor::focusTarget()
{
    return m_edit;
}

} // namespace vitalis::desktop
