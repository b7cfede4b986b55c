// A supervisor's review queue: declarations ready for review with check boxes, "Register
// selected" (the rule — act on each, collect refusals — is sync::BulkAction), and Enter to
// open one record for a full review.
#pragma once

#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/session/Navigator.h"
#include "sync/client/BulkAction.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace vitalis::desktop
{

class ReviewQueueModel;

class ReviewQueueScreen : public QWidget
{
    Q_OBJECT
public:
    ReviewQueueScreen(DesktopSession& session, Navigator& navigator, QWidget* parent = nullptr);
    void reload();

    QTableView* table() const { return m_table; }
    ReviewQueueModel* model() const { return m_model; }
    QPushButton* registerButton() const { return m_register; }
    QString messageText() const;
    // Registers every checked record; returns what was done and refused.
    sync::BulkResult registerChecked();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateButtons();

    DesktopSession& m_session;
    Navigator& m_navigator;
    ReviewQueueModel* m_model;
    QLabel* m_title;
    QLabel* m_hint;
    QTableView* m_table;
    QLabel* m_message;
    QPushButton* m_back;
    QPushButton* m_open;
    QPushButton* m_checkAll;
    QPushButton* m_register;
};

} // namespace vitalis::desktop
