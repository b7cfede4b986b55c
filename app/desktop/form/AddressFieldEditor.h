// An address: a location from the hierarchy (lowest level; a ReferencePicker, type to search)
// and a free line (street, house number or landmark).
#pragma once

#include "app/desktop/form/FieldEditorFactory.h"

#include <vector>

class QLabel;
class QLineEdit;

namespace vitalis::desktop
{

class ReferencePicker;

class AddressFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    AddressFieldEditor(const forms::Field& field, const EditorContext& context, QWidget* parent);
    nlohmann::json value() const override;
    void retranslate(const FormText& text, const QString& fieldLabel) override;
    QWidget* focusTarget() override;

protected:
    void showValue(const nlohmann::json& value) override;

private:
    QLabel* m_locationCaption;
    ReferencePicker* m_location;
    QLabel* m_lineCaption;
    QLineEdit* m_line;
};

} // namespace vitalis::desktop
