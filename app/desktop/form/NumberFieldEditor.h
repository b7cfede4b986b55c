// Number fields: typed freely (a comma works as decimal point), the unit shown beside the input.
// Text that is not a number is passed on as text so the engine's "Enter a number" appears.
#pragma once

#include "app/desktop/form/FieldEditor.h"

class QLabel;
class QLineEdit;

namespace vitalis::desktop
{

class NumberFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    NumberFieldEditor(const forms::Field& field, QWidget* parent);
    nlohmann::json value() const override;
    void retranslate(const FormText& text, const QString& fieldLabel) override;
    QWidget* focusTarget() override;

protected:
    void showValue(const nlohmann::json& value) override;

private:
    QLineEdit* m_edit;
    QLabel* m_unit;
};

// "3,2" and "3.2" -> 3.2; whole numbers as integers; anything else as the text itself.
nlohmann::json parseNumber(const QString& text);

} // namespace vitalis::desktop
