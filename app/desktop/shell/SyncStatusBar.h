// The status bar's sync corner: online/offline, the last successful sync, how many changes wait
// to be sent, and a progress bar while a sync runs.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace vitalis::desktop
{

class DesktopSession;
class SyncController;
struct SyncSummary;

class SyncStatusBar : public QWidget
{
    Q_OBJECT
public:
    SyncStatusBar(DesktopSession& session, SyncController* sync, QWidget* parent = nullptr);
    void refresh();
    QString onlineText() const;
    QString waitingText() const;
    QString lastSyncText() const;
    std::int64_t waitingCount() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    DesktopSession& m_session;
    SyncController* m_sync;
    QLabel* m_online;
    QLabel* m_last;
    QLabel* m_waiting;
    QLabel* m_error;
    QProgressBar* m_progress;
};

} // namespace vitalis::desktop
