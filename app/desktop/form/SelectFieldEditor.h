// Drop-down choice (select fields, facility pickers): type the first letters to jump to an
// option; an empty first entry means "not chosen yet".
#pragma once

#include "app/desktop/form/FieldEditorFactory.h"

class QComboBox;

namespace vitalis::desktop
{

class SelectFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    SelectFieldEditor(const forms::Field& field, const EditorContext& context, QWidget* parent);
    nlohmann::json value() const override;
    void retranslate(const FormText& text, const QString& fieldLabel) override;
    QWidget* focusTarget() override;

protected:
    void showValue(const nlohmann::json& value) override;

private:
    QComboBox* m_combo;
    std::vector<forms::OptionItem> m_options; // own options; empty for a shared model
};

} // namespace vitalis::desktop
