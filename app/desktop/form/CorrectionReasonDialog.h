// Finishing a correction of a registered record: why (a reason from the list and a sentence)
// and the supporting documents. OK stays disabled until the sentence is typed; Ctrl+Return
// confirms, Esc cancels.
#pragma once

#include <QDialog>
#include <QStringList>
#include <string_view>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace vitalis::desktop
{

class CorrectionReasonDialog : public QDialog
{
    Q_OBJECT
public:
    // `direct`: the registrar corrects at once (the OK button says so).
    CorrectionReasonDialog(bool direct, QWidget* parent = nullptr);
    QString reasonCode() const;
    QString reason() const;
    QStringList documents() const { return m_documents; } // file paths
    QComboBox* reasons() const { return m_reasons; }
    QPlainTextEdit* editor() const { return m_edit; }
    QDialogButtonBox* buttons() const { return m_buttons; }

protected:
private:
    static QString labelOf(std::string_view code); // a built-in reason code, for clerks
    void addDocument();
    void updateOk();
    QComboBox* m_reasons;
    QPlainTextEdit* m_edit;
    QPushButton* m_add;
    QLabel* m_files;
    QDialogButtonBox* m_buttons;
    QStringList m_documents;
};

} // namespace vitalis::desktop
