// Drop-down choice among a form's own options: type the first letters to jump to an option;
// an empty first entry means "not chosen yet". Reference data (facilities) uses PlaceFieldEditor.

#pragma once

#include "app/desktop/form/FieldEditorFactory.h"

class QComboBox;

namespace vitalis::desktop
{

class SelectFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    SelectFieldEditor(const forms::Field& field, QWidget* parent);
    nlohmann::json value() const override;
    void retranslate(const FormText& text, const QString& fieldLabel) override;
    QWidget* focusTarget() override;

protected:
    void showValue(const nlohmann::json& value) override;

private:
    QComboBox* m_combo;
    std::vector<forms::OptionItem> m_options;
};

} // namespace vitalis::desktop
