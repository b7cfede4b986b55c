// Where the keyboard goes on a form page: the first input a person can type in when the page
// opens, or the first answer to correct, scrolled into view, when they try to move on.
#pragma once

#include <vector>

class QScrollArea;

namespace vitalis::desktop
{

class FieldRow;

class FormFocus
{
public:
    // rows: the page's rows in order (nullptr entries skipped). False when none takes input.
    static bool focusFirstInput(QScrollArea* page, const std::vector<FieldRow*>& rows);
    // False when no shown row of the page has a message.
    static bool focusFirstProblem(QScrollArea* page, const std::vector<FieldRow*>& rows);
};

} // namespace vitalis::desktop
