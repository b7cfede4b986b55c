// "Type a new value" for one conflicting field: the form's own input for the field (the same
// editor as on the declaration form), checked with the form's rules before it is accepted.
// Ctrl+Return or the Use button accepts a valid value; Esc cancels.
#pragma once

#include "app/desktop/form/FormText.h"
#include "app/desktop/session/DesktopSession.h"
#include "core/Record.h"
#include "forms/FormModel.h"

#include <QDialog>
#include <nlohmann/json.hpp>

class QLabel;
class QPushButton;

namespace vitalis::desktop
{

class FieldEditor;
class ReferenceOptionModels;

class ConflictValueDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictValueDialog(DesktopSession& session, const Record& record, const forms::Field& field,
                        const QString& fieldLabel, const nlohmann::json& start,
                        QWidget* parent = nullptr);
    nlohmann::json value() const { return m_value; } // the accepted value
    FieldEditor* editor() const { return m_editor; }
    QPushButton* useButton() const { return m_use; }
    QString problemText() const;
    // Checks the typed value with the form's rules; accepts the dialog when it passes.
    bool tryAccept();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString problem(const nlohmann::json& value) const;

    DesktopSession& m_session;
    Record m_record;
    const forms::Field& m_field;
    FormText m_text;
    ReferenceOptionModels* m_options;
    FieldEditor* m_editor = nullptr;
    QLabel* m_problem;
    QPushButton* m_use;
    nlohmann::json m_value;
};

} // namespace vitalis::desktop
