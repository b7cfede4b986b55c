// Multi-line text (longText fields). Tab moves on to the next field, as everywhere else.
#pragma once

#include "app/desktop/form/FieldEditor.h"

class QPlainTextEdit;

namespace vitalis::desktop
{

class LongTextFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    LongTextFieldEditor(const forms::Field& field, QWidget* parent);
    nlohmann::json value() const override;
    void retranslate(const FormText& text, const QString& fieldLabel) override;
    QWidget* focusTarget() override;

protected:
    void showValue(const nlohmann::json& value) override;

private:
    QPlainTextEdit* m_edit;
};

} // namespace vitalis::desktop
