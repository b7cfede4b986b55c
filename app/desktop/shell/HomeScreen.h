// The home screen: the user's workqueues with counts, the selected queue as a sortable,
// filterable table, and the buttons that start a new declaration.
#pragma once

#include "core/Workqueue.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

namespace vitalis::desktop
{

class DesktopSession;
class Navigator;
class RecordListModel;

class HomeScreen : public QWidget
{
    Q_OBJECT
public:
    HomeScreen(DesktopSession& session, Navigator& navigator, QWidget* parent = nullptr);

    void refresh(); // counts and the current list
    void showQueue(Workqueue queue);
    Workqueue currentQueue() const { return m_current; }
    std::int64_t count(Workqueue queue) const;
    RecordListModel& model() { return *m_model; }
    QTableView& table() { return *m_table; }
    QString greeting() const; // the header as shown
    QString officeText() const;

    static QString queueTitle(Workqueue queue);

Q_SIGNALS:
    // Enter on "Ready for review": the window shows the supervisor's review queue (bulk
    // actions) when it has one; else the table takes the focus.
    void reviewQueueRequested();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void alignHeader();
    void openRow(int row);
    void updateCounts();
    DesktopSession& m_session;
    Navigator& m_navigator;
    std::vector<Workqueue> m_queues;
    Workqueue m_current = Workqueue::InProgress;
    RecordListModel* m_model;
    QLabel* m_greeting;
    QLabel* m_office; // the user's office by name
    QLabel* m_queueTitle;
    QListWidget* m_queueList;
    QLineEdit* m_filter;
    QTableView* m_table;
    QPushButton* m_newBirth;
    QPushButton* m_newDeath;
    QLabel* m_emptyHint;
    QTimer* m_filterDelay;
    QTimer* m_refreshDelay;
};

} // namespace vitalis::desktop
