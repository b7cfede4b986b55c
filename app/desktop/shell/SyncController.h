// Keeps the profile in sync: runs SyncWorker on its own thread when the connection comes back,
// on a timer while online, and on demand (menu, shortcut, session.syncRequested); one run at a
// time, and a request during a run starts one more run after it.
#pragma once

#include "app/desktop/shell/SyncWorker.h"

#include <QObject>
#include <chrono>

class QThread;
class QTimer;

namespace vitalis::desktop
{

class ConnectivityMonitor;
class DesktopSession;

struct SyncControllerOptions {
    // Real requests report their outcome at once; the probe covers the quiet time in between.
    std::chrono::milliseconds probeInterval = std::chrono::seconds(10);
    std::chrono::milliseconds autoSyncInterval = std::chrono::minutes(5);
};

class SyncController : public QObject
{
    Q_OBJECT
public:
    SyncController(DesktopSession& session, KeyProvider& keys, const QString& serverUrl,
                   SyncControllerOptions options = {}, QObject* parent = nullptr);
    ~SyncController() override;

    bool isRunning() const { return m_running; }
    bool isOnline() const;
    const SyncSummary& lastSummary() const { return m_last; }
    int runsFinished() const { return m_runs; }
    ConnectivityMonitor& connectivity() { return *m_monitor; }

public Q_SLOTS:
    void requestSync();
    void cancel(); // the running run stops at the next check; a queued one is dropped

Q_SIGNALS:
    void started();
    void progress(const QString& phase, qint64 done, qint64 total);
    void progressDetail(const vitalis::sync::SyncProgress& progress);
    void transferring(quint64 sent, quint64 received); // the request in flight
    void finished(const vitalis::desktop::SyncSummary& summary);
    void onlineChanged(bool online);

private:
    void onFinished(const SyncSummary& summary);
    void reportLink(bool reached, const QString& reason, const QString& detail);
    DesktopSession& m_session;
    ConnectivityMonitor* m_monitor;
    QThread* m_thread;
    SyncWorker* m_worker;
    QTimer* m_autoSync;
    bool m_running = false;
    bool m_again = false;
    bool m_runReportsLink = false;
    int m_runs = 0;
    SyncSummary m_last;
};

} // namespace vitalis::desktop
