// Makes the input widget for a field type; nullptr for headings and paragraphs (text only).
#pragma once

#include "app/desktop/form/AttachmentFieldEditor.h"
#include "app/desktop/form/FieldEditor.h"
#include "forms/ReferenceData.h"

namespace vitalis::desktop
{

class ReferenceOptionModels;

struct EditorContext {
    const forms::ReferenceData* reference = nullptr;
    ReferenceOptionModels* options = nullptr;     // shared pickers for reference-data fields
    const FormText* text = nullptr;               // the screen's current form text
    AttachmentFieldEditor::Reader readAttachment; // decrypted bytes for previews
};

FieldEditor* createFieldEditor(const forms::Field& field, const EditorContext& context,
                               QWidget* parent);

} // namespace vitalis::desktop
