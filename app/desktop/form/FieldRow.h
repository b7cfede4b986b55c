// One field on a form page: its label (with a required mark), the input, the help text and
// the validation messages, which appear under the input and disappear when fixed.
#pragma once

#include "app/desktop/form/FieldEditor.h"
#include "app/desktop/form/FieldEditorFactory.h"
#include "forms/FormEvaluator.h"

#include <QWidget>

class QLabel;

namespace vitalis::desktop
{

class FieldRow : public QWidget
{
    Q_OBJECT
public:
    FieldRow(const forms::Field& field, const EditorContext& context, QWidget* parent);

    const forms::Field& field() const { return m_field; }
    FieldEditor* editor() const { return m_editor; } // nullptr for headings and paragraphs
    void retranslate(const FormText& text);
    // Visibility, enabled state, required mark and messages from the evaluator.
    void applyState(const forms::FieldState& state, const FormText& text);
    QString errorText() const;

private:
    const forms::Field& m_field;
    FieldEditor* m_editor = nullptr;
    QLabel* m_label = nullptr;
    QLabel* m_help = nullptr;
    QLabel* m_errors = nullptr;
    forms::FieldState m_state;
};

} // namespace vitalis::desktop
