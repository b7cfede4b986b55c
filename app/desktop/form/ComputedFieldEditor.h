// A computed value (age at birth, ...): shown read-only with its unit; still reachable by Tab
// so a screen reader can read it.
#pragma once

#include "app/desktop/form/FieldEditor.h"

class QLineEdit;

namespace vitalis::desktop
{

class ComputedFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    ComputedFieldEditor(const forms::Field& field, QWidget* parent);
    nlohmann::json value() const override { return nullptr; } // never typed in
    void retranslate(const FormText& text, const QString& fieldLabel) override;
    QWidget* focusTarget() override;

protected:
    void showValue(const nlohmann::json& value) override;

private:
    QLineEdit* m_view;
};

} // namespace vitalis::desktop
