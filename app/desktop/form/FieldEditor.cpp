#include "app/desktop/form/FieldEditor.h"

#include <QEvent>

namespace vitalis::desktop
{

FieldEditor::FieldEditor(const forms::Field& field, QWidget* parent)
    : QWidget(parent), m_field(field)
{
}

void FieldEditor::setValue(const nlohmann::json& value)
{
    m_loading = true;
    showValue(value);
    m_loading = false;
    m_dirty = false;
}

void FieldEditor::changed()
{
    if (m_loading)
        return;
    m_dirty = true;
    Q_EMIT edited();
}

void FieldEditor::picked()
{
    if (m_loading)
        return;
    Q_EMIT edited();
    m_dirty = false;
    Q_EMIT committed();
}

void FieldEditor::commitOnFocusOut(QWidget* input)
{
    input->installEventFilter(this);
}

bool FieldEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && m_dirty) {
        m_dirty = false;
        Q_EMIT committed();
    }
    return QWidget::eventFilter(watched, event);
}

nlohmann::json textValue(const QString& text)
{
    if (text.trimmed().isEmpty())
        return nullptr;
    return text.toStdString();
}

} // namespace vitalis::desktop
