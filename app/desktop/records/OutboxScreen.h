// The outbox: every local change waiting for or answered by the server, with its state,
// attempts and last error, and what the user can do — retry (selected or all), open and fix a
// rejected item, decide a conflict. Refreshes when the session says records changed.
#pragma once

#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/session/Navigator.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace vitalis::desktop
{

class OutboxModel;

class OutboxScreen : public QWidget
{
    Q_OBJECT
public:
    OutboxScreen(DesktopSession& session, Navigator& navigator, QWidget* parent = nullptr);
    void reload();

    QTableView* table() const { return m_table; }
    OutboxModel* model() const { return m_model; }
    QPushButton* retrySelectedButton() const { return m_retrySelected; }
    QPushButton* retryAllButton() const { return m_retryAll; }
    QPushButton* openAndFixButton() const { return m_openFix; }
    QLabel* detailsLabel() const { return m_details; }
    QString summaryText() const;

    void retrySelected();
    void retryAll();
    void openSelected(); // "Open and fix" for rejected, the conflict screen for conflicts

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateSelection();
    void updateSummary();
    std::vector<std::int64_t> selectedMutations() const;
    void select(const std::vector<std::int64_t>& mutationIds);

    DesktopSession& m_session;
    Navigator& m_navigator;
    OutboxModel* m_model;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_filterLabel;
    QComboBox* m_filter;
    QTableView* m_table;
    QLabel* m_details;
    QLabel* m_message;
    QPushButton* m_back;
    QPushButton* m_retrySelected;
    QPushButton* m_retryAll;
    QPushButton* m_openFix;
    QPushButton* m_openRecord;
};

} // namespace vitalis::desktop
