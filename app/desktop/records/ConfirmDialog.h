// Asks before an action that cannot be undone (validate, register): says what will happen and
// names the action on the confirm button. Enter confirms, Esc or closing the window cancels.
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace vitalis::desktop
{

class ConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmDialog(const QString& title, const QString& text, const QString& confirmText,
                  QWidget* parent = nullptr);
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* cancelButton() const { return m_cancel; }
    QString text() const;

    // Shows the dialog and returns true only when the person confirmed.
    static bool ask(QWidget* parent, const QString& title, const QString& text,
                    const QString& confirmText);

private:
    QLabel* m_text;
    QPushButton* m_confirm;
    QPushButton* m_cancel;
};

} // namespace vitalis::desktop
