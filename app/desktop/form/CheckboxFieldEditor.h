// A tick box (checkbox fields); the field's label is the box's text. Unticked is "not filled
// in", so a required box must be ticked.
#pragma once

#include "app/desktop/form/FieldEditor.h"

class QCheckBox;

namespace vitalis::desktop
{

class CheckboxFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    CheckboxFieldEditor(const forms::Field& field, QWidget* parent);
    nlohmann::json value() const override;
    void retranslate(const FormText& text, const QString& fieldLabel) override;
    QWidget* focusTarget() override;

protected:
    void showValue(const nlohmann::json& value) override;

private:
    QCheckBox* m_box;
};

} // namespace vitalis::desktop
