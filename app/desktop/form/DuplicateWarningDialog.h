// Before a declaration leaves the laptop: the records on this laptop it may duplicate (what
// DeviceDuplicateCheck found), each with the fields that look the same, and a note. "Send
// anyway" needs the note (it travels with the declaration to the registrar); "Go back" keeps
// the form open. Ctrl+Return sends, Escape goes back.
#pragma once

#include "sync/client/DeviceDuplicateCheck.h"

#include <QDialog>
#include <functional>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace vitalis::desktop
{

class DuplicateWarningDialog : public QDialog
{
    Q_OBJECT
public:
    // `fieldLabel` turns a field id into its label in the form's language.
    DuplicateWarningDialog(const std::vector<DeviceCandidate>& candidates,
                           const std::function<QString(const std::string&)>& fieldLabel,
                           QWidget* parent = nullptr);
    QString note() const;
    // Shows the dialog; on "Send anyway", the candidates' tracking ids and the note are filled
    // in (they travel in the op) and true is returned.
    static bool ask(const std::vector<DeviceCandidate>& found,
                    const std::function<QString(const std::string&)>& fieldLabel, QWidget* parent,
                    std::vector<std::string>& candidates, std::string& note);
    QListWidget* list() const { return m_list; }
    QPlainTextEdit* editor() const { return m_note; }
    QPushButton* sendButton() const { return m_send; }

private:
    void updateSend();
    QListWidget* m_list;
    QPlainTextEdit* m_note;
    QDialogButtonBox* m_buttons;
    QPushButton* m_send;
};

} // namespace vitalis::desktop
