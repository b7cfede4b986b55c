// Ctrl+Return typed in a dialog's text editor confirms the dialog (when its OK button is
// enabled), even before the window manager has activated the dialog: the window shortcut needs
// an active window, but the key always reaches the editor.
#pragma once

#include <QObject>

class QDialog;
class QPushButton;
class QWidget;

namespace vitalis::desktop
{

class CtrlReturnAccepts : public QObject
{
public:
    // Watches `editor` for the dialog's lifetime (parented to the dialog).
    CtrlReturnAccepts(QWidget* editor, QDialog* dialog, QPushButton* ok);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QDialog* m_dialog;
    QPushButton* m_ok;
};

} // namespace vitalis::desktop
