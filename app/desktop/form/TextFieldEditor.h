// One-line text inputs: text, time, phone, email and national ID fields.
#pragma once

#include "app/desktop/form/FieldEditor.h"

class QLineEdit;

namespace vitalis::desktop
{

class TextFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    TextFieldEditor(const forms::Field& field, QWidget* parent);
    nlohmann::json value() const override;
    void retranslate(const FormText& text, const QString& fieldLabel) override;
    QWidget* focusTarget() override;

protected:
    void showValue(const nlohmann::json& value) override;

private:
    QLineEdit* m_edit;
};

} // namespace vitalis::desktop
