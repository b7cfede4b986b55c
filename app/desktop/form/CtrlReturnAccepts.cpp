#include "app/desktop/form/CtrlReturnAccepts.h"

#include <QDialog>
#include <QKeyEvent>
#include <QPushButton>

namespace vitalis::desktop
{

CtrlReturnAccepts::CtrlReturnAccepts(QWidget* editor, QDialog* dialog, QPushButton* ok)
    : QObject(dialog), m_dialog(dialog), m_ok(ok)
{
    editor->installEventFilter(this);
}

bool CtrlReturnAccepts::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            if (m_ok->isEnabled())
                m_dialog->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace vitalis::desktop
