#include "app/desktop/form/FieldRow.h"

#include <QLabel>
#include <QVBoxLayout>

namespace vitalis::desktop
{

FieldRow::FieldRow(const forms::Field& field, const EditorContext& context, QWidget* parent)
    : QWidget(parent), m_field(field)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(2);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    layout->addWidget(m_label);
    if (field.type == forms::FieldType::Heading) {
        QFont f = m_label->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.2);
        m_label->setFont(f);
        return;
    }
    if (field.type == forms::FieldType::Paragraph)
        return;
    m_editor = createFieldEditor(field, context, this);
    layout->addWidget(m_editor);
    m_label->setBuddy(m_editor->focusTarget());
    m_label->setVisible(field.type != forms::FieldType::Checkbox); // the box carries it
    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_help);
    m_errors = new QLabel(this);
    m_errors->setWordWrap(true);
    m_errors->setObjectName(QStringLiteral("fieldErrors"));
    m_errors->setStyleSheet(QStringLiteral("color: #b00020; font-weight: 600;"));
    m_errors->setVisible(false);
    layout->addWidget(m_errors);
}

void FieldRow::retranslate(const FormText& text)
{
    if (!m_editor) {
        m_label->setText(text.text(m_field.text.empty() ? m_field.label : m_field.text));
        return;
    }
    const QString label = text.text(m_field.label);
    m_label->setText(m_state.required ? tr("%1 *", "required field label").arg(label) : label);
    m_editor->retranslate(text, label);
    const QString help = text.text(m_field.help);
    m_help->setText(help);
    m_help->setVisible(!help.isEmpty());
    applyState(m_state, text);
}

void FieldRow::applyState(const forms::FieldState& state, const FormText& text)
{
    const bool requiredChanged = state.required != m_state.required;
    m_state = state;
    setVisible(state.visible);
    if (!m_editor)
        return;
    m_editor->setEnabled(state.enabled);
    if (requiredChanged)
        retranslate(text);
    QStringList messages;
    for (const auto& e : state.errors)
        messages << text.text(e.messageId, e.params);
    messages.removeDuplicates();
    m_errors->setText(messages.join(QLatin1Char('\n')));
    m_errors->setVisible(!messages.isEmpty());
    m_editor->focusTarget()->setAccessibleDescription(messages.join(QLatin1Char(' ')));
}

QString FieldRow::errorText() const
{
    return m_errors && m_errors->isVisible() ? m_errors->text() : QString();
}

} // namespace vitalis::desktop
