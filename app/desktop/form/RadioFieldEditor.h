// Few exclusive options shown at once (radio fields: sex, yes/no, ID type). Tab enters the
// group, the arrow keys move between options, Space chooses.
#pragma once

#include "app/desktop/form/FieldEditor.h"

#include <vector>

class QButtonGroup;
class QRadioButton;

namespace vitalis::desktop
{

class RadioFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    RadioFieldEditor(const forms::Field& field, QWidget* parent);
    nlohmann::json value() const override;
    void retranslate(const FormText& text, const QString& fieldLabel) override;
    QWidget* focusTarget() override;

protected:
    void showValue(const nlohmann::json& value) override;

private:
    QButtonGroup* m_group;
    std::vector<QRadioButton*> m_buttons;
};

} // namespace vitalis::desktop
