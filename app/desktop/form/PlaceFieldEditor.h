// A select field whose options are reference data (a health facility, a place of death):
// a ReferencePicker, type to search, instead of a list of thousands.
#pragma once

#include "app/desktop/form/FieldEditorFactory.h"

namespace vitalis::desktop
{

class ReferencePicker;

class PlaceFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    PlaceFieldEditor(const forms::Field& field, const EditorContext& context, QWidget* parent);
    nlohmann::json value() const override;
    void retranslate(const FormText& text, const QString& fieldLabel) override;
    QWidget* focusTarget() override;
    ReferencePicker* picker() const { return m_picker; }

protected:
    void showValue(const nlohmann::json& value) override;

private:
    ReferencePicker* m_picker;
};

// A picker over the field's source, or over nothing when the screen shares no indexes.
ReferencePicker* makePicker(const forms::Field& field, const EditorContext& context,
                            QWidget* parent);

} // namespace vitalis::desktop
