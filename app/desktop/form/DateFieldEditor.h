// Date fields: a DateInput (any unambiguous way of typing a date, shown back in the form's
// language). With allowAge, "exact date unknown" swaps the date for an age in whole years
// ({"age": N}).
#pragma once

#include "app/desktop/form/FieldEditor.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace vitalis::desktop
{
class DateInput;
}

namespace vitalis::desktop
{

class DateFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    DateFieldEditor(const forms::Field& field, QWidget* parent);
    nlohmann::json value() const override;
    void retranslate(const FormText& text, const QString& fieldLabel) override;
    QWidget* focusTarget() override;

protected:
    void showValue(const nlohmann::json& value) override;

private:
    void updateMode();
    DateInput* m_date;
    QCheckBox* m_unknown = nullptr;
    QLabel* m_ageLabel = nullptr;
    QLineEdit* m_age = nullptr;
};

} // namespace vitalis::desktop
