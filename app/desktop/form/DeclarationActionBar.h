// The row under the declaration form: Close, Discard draft (a draft never sent), the save
// status, and Previous / Next / Save / Review, or on the review page Send incomplete / Declare
// (as far as the workflow allows).
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace vitalis::desktop
{

class DeclarationActionBar : public QWidget
{
    Q_OBJECT
public:
    explicit DeclarationActionBar(QWidget* parent = nullptr);
    void retranslate();
    void update(bool onReview, bool firstPage, bool canDeclare, bool canNotify);
    void setDiscardable(bool discardable); // shows Discard draft
    // Correction of a registered record: Declare becomes "Request correction…" (or
    // "Correct…" with `direct`), Save and Send incomplete go (nothing is kept until finished).
    enum class Correction { None, Request, Direct };
    void setCorrection(Correction mode);
    void setStatus(const QString& text, bool problem);
    bool statusIsProblem() const { return m_problem; }
    QPushButton* declareButton() const { return m_declare; }

Q_SIGNALS:
    void previousRequested();
    void nextRequested();
    void saveRequested();
    void reviewRequested();
    void declareRequested();
    void notifyRequested();
    void closeRequested();
    void discardRequested();

private:
    QPushButton* m_close;
    QPushButton* m_discard;
    QLabel* m_status;
    QPushButton* m_prev;
    QPushButton* m_next;
    QPushButton* m_save;
    QPushButton* m_toReview;
    QPushButton* m_incomplete;
    QPushButton* m_declare;
    bool m_problem = false;
    bool m_canDeclare = true;
    Correction m_correction = Correction::None;
};

} // namespace vitalis::desktop
