// The pages of a form beside it: hidden pages left out, the current one selected, pages with
// answers to correct marked (a warning sign, red text and the words for screen readers), and
// the review page last.
#pragma once

#include "app/desktop/form/FormText.h"
#include "forms/FormEvaluator.h"

#include <QListWidget>

namespace vitalis::desktop
{

class PageList : public QListWidget
{
    Q_OBJECT
public:
    explicit PageList(QWidget* parent = nullptr);
    // current: the page shown, -1 for the review page. Emits no signal.
    void refresh(const forms::FormEvaluator& evaluator, const FormText& text, int current);
    bool hasProblems(int page) const; // marked as having answers to correct
    void retranslate();

    // True when a visible field of the page has a message (what the evaluator's mode checks).
    static bool pageHasProblems(const forms::FormEvaluator& evaluator, int page);
};

} // namespace vitalis::desktop
