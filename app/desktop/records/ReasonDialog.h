// Asks why a record is sent back (or archived, corrected): the reason travels with the action
// and the clerk who gets the record back reads it. OK stays disabled until a reason is typed.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace vitalis::desktop
{

class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString& title, const QString& prompt, QWidget* parent = nullptr);
    QString reason() const;
    QPlainTextEdit* editor() const { return m_edit; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    static constexpr int kMaxLength = 500;

protected:
private:
    void updateOk();
    QLabel* m_prompt;
    QPlainTextEdit* m_edit;
    QLabel* m_count;
    QDialogButtonBox* m_buttons;
};

} // namespace vitalis::desktop
