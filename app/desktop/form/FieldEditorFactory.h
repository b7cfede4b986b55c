// Makes the input widget for a field type; nullptr for headings and paragraphs (text only).
#pragma once

#include "app/desktop/form/AttachmentFieldEditor.h"
#include "app/desktop/form/FieldEditor.h"
#include "forms/ReferenceData.h"

namespace vitalis::desktop
{

struct EditorContext {
    const forms::ReferenceData* reference = nullptr;
    AttachmentFieldEditor::Reader readAttachment; // decrypted bytes for previews
};

FieldEditor* createFieldEditor(const forms::Field& field, const EditorContext& context,
                               QWidget* parent);

} // namespace vitalis::desktop
