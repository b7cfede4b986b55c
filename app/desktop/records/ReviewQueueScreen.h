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

class DocumentsPane;
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
    DocumentsPane* documents() const { return m_documents; }
    QString messageText() const;
    // Asks for confirmation, then registers every checked record; returns what was done and
    // refused (nothing when the supervisor cancelled).
    sync::BulkResult registerChecked();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void showCurrentDocuments();
    void renderMessage();

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
    DocumentsPane* m_documents;
    sync::BulkResult m_last; // the last bulk registration, numbered as the server answers
};

} // namespace vitalis::desktop
