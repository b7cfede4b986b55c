// Base of the per-type input widgets of the declaration form: one value in, one value out
// (the JSON the form engine expects), and two signals telling the screen when to validate
// (every change) and when the edit is finished (autosave to the record).
#pragma once

#include "app/desktop/form/FormText.h"
#include "forms/FormModel.h"

#include <QWidget>
#include <nlohmann/json.hpp>

namespace vitalis::desktop
{

class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    FieldEditor(const forms::Field& field, QWidget* parent);

    const forms::Field& field() const { return m_field; }
    // The value as the form engine stores it; null when nothing is filled in.
    virtual nlohmann::json value() const = 0;
    // Shows a saved value without emitting edited()/committed().
    void setValue(const nlohmann::json& value);
    // Part labels, option texts and accessible names in the current language.
    virtual void retranslate(const FormText& text, const QString& fieldLabel) = 0;
    // The input that gets the keyboard focus when the user jumps to this field.
    virtual QWidget* focusTarget() = 0;

Q_SIGNALS:
    void edited();    // the value changed: validate now, autosave after a pause
    void committed(); // the user finished this edit (left the input, picked an option)

protected:
    virtual void showValue(const nlohmann::json& value) = 0;
    // Emits committed() when `input` loses the focus after a change.
    void commitOnFocusOut(QWidget* input);
    void changed(); // emits edited() unless a saved value is being shown
    void picked();  // a choice is complete at once: edited() then committed()
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const forms::Field& m_field;
    bool m_loading = false;
    bool m_dirty = false;
};

// "" and whitespace-only text count as not filled in.
nlohmann::json textValue(const QString& text);

} // namespace vitalis::desktop
