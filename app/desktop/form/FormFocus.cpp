#include "app/desktop/form/FormFocus.h"

#include "app/desktop/form/FieldRow.h"

#include <QScrollArea>

namespace vitalis::desktop
{
namespace
{

bool takesInput(FieldRow* row, QScrollArea* page)
{
    return row && row->editor() && row->isVisibleTo(page) && row->field().isDataEntry() &&
           row->editor()->isEnabled() && row->editor()->focusTarget()->focusPolicy() != Qt::NoFocus;
}

void focusRow(QScrollArea* page, FieldRow* row, Qt::FocusReason reason)
{
    page->ensureWidgetVisible(row);
    row->editor()->focusTarget()->setFocus(reason);
}

} // namespace

bool FormFocus::focusFirstInput(QScrollArea* page, const std::vector<FieldRow*>& rows)
{
    for (auto* row : rows)
        if (takesInput(row, page)) {
            focusRow(page, row, Qt::TabFocusReason);
            return true;
        }
    return false;
}

bool FormFocus::focusFirstProblem(QScrollArea* page, const std::vector<FieldRow*>& rows)
{
    for (auto* row : rows)
        if (row && row->isVisibleTo(page) && !row->errorText().isEmpty()) {
            if (takesInput(row, page))
                focusRow(page, row, Qt::OtherFocusReason);
            else
                page->ensureWidgetVisible(row); // a computed value: show the message
            return true;
        }
    return false;
}

} // namespace vitalis::desktop
