// An address: a location from the hierarchy (lowest level; type to search) and a free line
// (street, house number or landmark).
#pragma once

#include "app/desktop/form/FieldEditor.h"
#include "forms/ReferenceData.h"

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace vitalis::desktop
{

class AddressFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    AddressFieldEditor(const forms::Field& field, const forms::ReferenceData* reference,
                       QWidget* parent);
    nlohmann::json value() const override;
    void retranslate(const FormText& text, const QString& fieldLabel) override;
    QWidget* focusTarget() override;

protected:
    void showValue(const nlohmann::json& value) override;

private:
    QLabel* m_locationCaption;
    QComboBox* m_location;
    QLabel* m_lineCaption;
    QLineEdit* m_line;
    std::vector<forms::OptionItem> m_options;
};

} // namespace vitalis::desktop
