// The last page of a declaration: every answer by page, what is missing or wrong in red, and
// a "Change" button per answer (Tab + Enter) that jumps back to the field.
#pragma once

#include "app/desktop/form/FormText.h"
#include "forms/FormEvaluator.h"
#include "forms/ReferenceData.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace vitalis::desktop
{

class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget* parent = nullptr);
    // canDeclare: the user may declare; otherwise (a hospital clerk) the words speak of
    // sending the notification, never of declaring.
    void rebuild(const forms::FormEvaluator& evaluator, const FormText& text,
                 const forms::ReferenceData* reference, bool canDeclare);
    int problemCount() const { return m_problems; }
    QWidget* firstFocus() const { return m_first; }
    // Focuses the first answer to correct (or the first answer) and scrolls to it.
    bool focusFirst();
    QString summary() const;

Q_SIGNALS:
    void editRequested(int fieldIndex);

private:
    QLabel* m_summary;
    QScrollArea* m_scroll;
    QWidget* m_content = nullptr;
    QWidget* m_first = nullptr;
    int m_problems = 0;
};

} // namespace vitalis::desktop
