// The status bar's sync corner: online/offline (with the reason as a tooltip), the last
// successful sync, how many changes wait to be sent, what the last sync run could not do in
// plain words, and while a run goes on what it is doing ("Sending 12 of 55", bytes) with Cancel.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace vitalis::sync
{
struct SyncProgress;
}

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
    // F5 while offline: say why nothing happens and that the work is safe.
    void showOfflineNotice();
    QString onlineText() const;
    QString waitingText() const;
    QString lastSyncText() const;
    QString problemText() const; // the last run's problem or the offline notice, in words
    QString progressText() const;
    QPushButton& cancelButton() { return *m_cancel; }
    std::int64_t waitingCount() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showProgress(const sync::SyncProgress& p);
    void showBytes(quint64 inFlightSent, quint64 inFlightReceived);
    QString problem(QString* detail) const;
    DesktopSession& m_session;
    SyncController* m_sync;
    QLabel* m_online;
    QLabel* m_last;
    QLabel* m_waiting;
    QLabel* m_error;
    QLabel* m_progressText;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    bool m_offlineNotice = false;
    QString m_doing;                          // "Sending 12 of 55"
    quint64 m_runSent = 0, m_runReceived = 0; // answered requests of this run
};

} // namespace vitalis::desktop
