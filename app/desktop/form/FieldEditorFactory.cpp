#include "app/desktop/form/FieldEditorFactory.h"

#include "app/desktop/form/AddressFieldEditor.h"
#include "app/desktop/form/CheckboxFieldEditor.h"
#include "app/desktop/form/ComputedFieldEditor.h"
#include "app/desktop/form/DateFieldEditor.h"
#include "app/desktop/form/LongTextFieldEditor.h"
#include "app/desktop/form/NumberFieldEditor.h"
#include "app/desktop/form/PersonNameFieldEditor.h"
#include "app/desktop/form/PlaceFieldEditor.h"
#include "app/desktop/form/RadioFieldEditor.h"
#include "app/desktop/form/SelectFieldEditor.h"
#include "app/desktop/form/TextFieldEditor.h"

namespace vitalis::desktop
{

FieldEditor* createFieldEditor(const forms::Field& field, const EditorContext& context,
                               QWidget* parent)
{
    using T = forms::FieldType;
    switch (field.type) {
    case T::Text:
    case T::Time:
    case T::Phone:
    case T::Email:
    case T::NationalId:
        return new TextFieldEditor(field, parent);
    case T::LongText:
        return new LongTextFieldEditor(field, parent);
    case T::Number:
        return new NumberFieldEditor(field, parent);
    case T::Date:
        return new DateFieldEditor(field, parent);
    case T::Select:
        if (field.optionsFrom) // thousands of places: search, not a list
            return new PlaceFieldEditor(field, context, parent);
        return new SelectFieldEditor(field, parent);
    case T::Radio:
        return new RadioFieldEditor(field, parent);
    case T::Checkbox:
        return new CheckboxFieldEditor(field, parent);
    case T::PersonName:
        return new PersonNameFieldEditor(field, parent);
    case T::Address:
        return new AddressFieldEditor(field, context, parent);
    case T::Attachment:
        return new AttachmentFieldEditor(field, context.readAttachment, parent);
    case T::Computed:
        return new ComputedFieldEditor(field, parent);
    case T::Heading:
    case T::Paragraph:
        return nullptr;
    }
    return nullptr;
}

} // namespace vitalis::desktop
