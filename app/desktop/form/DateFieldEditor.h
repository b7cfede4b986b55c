// Date fields: typed as YYYY-MM-DD (DD/MM/YYYY and DD.MM.YYYY are converted). With allowAge,
// "exact date unknown" swaps the date for an age in whole years ({"age": N}).
#pragma once

#include "app/desktop/form/FieldEditor.h"

class QCheckBox;
class QLabel;
class QLineEdit;

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
    QLineEdit* m_date;
    QCheckBox* m_unknown = nullptr;
    QLabel* m_ageLabel = nullptr;
    QLineEdit* m_age = nullptr;
};

// "25/12/2024" -> "2024-12-25"; other text unchanged (the engine judges it).
QString normalizeDate(const QString& text);

} // namespace vitalis::desktop
