#include "app/desktop/shell/SyncController.h"

#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/shell/ConnectivityMonitor.h"
#include "core/Scope.h"

#include <QThread>
#include <QTimer>

namespace vitalis::desktop
{

SyncController::SyncController(DesktopSession& session, KeyProvider& keys, const QString& serverUrl,
                               SyncControllerOptions options, QObject* parent)
    : QObject(parent), m_session(session),
      m_monitor(new ConnectivityMonitor(serverUrl, options.probeInterval, this)),
      m_thread(new QThread(this)),
      m_worker(new SyncWorker(session.store().profileDir(), session.store().options().profileId,
                              keys, session.clock())),
      m_autoSync(new QTimer(this))
{
    qRegisterMetaType<SyncSummary>();
    m_worker->setRenewsIssuingKey(session.actor().role.has(scope::Certify));
    m_thread->setObjectName(QStringLiteral("vitalis-sync"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::progress, this, &SyncController::progress);
    qRegisterMetaType<sync::SyncProgress>();
    connect(m_worker, &SyncWorker::progressDetail, this, [this](const sync::SyncProgress& p) {
        if (p.bytesReceived > 0) // an answer came back during this run
            reportLink(true, {}, {});
        Q_EMIT progressDetail(p);
    });
    connect(m_worker, &SyncWorker::transferring, this, &SyncController::transferring);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    m_thread->start();

    connect(m_monitor, &ConnectivityMonitor::onlineChanged, this, [this](bool online) {
        Q_EMIT onlineChanged(online);
        if (online && !m_runReportsLink) // the link is back: move the outbox while it lasts
            requestSync();
    });
    connect(&session, &DesktopSession::syncRequested, this, &SyncController::requestSync);
    m_autoSync->setInterval(options.autoSyncInterval);
    connect(m_autoSync, &QTimer::timeout, this, [this] {
        if (isOnline())
            requestSync();
    });
    m_autoSync->start();
}

SyncController::~SyncController()
{
    m_worker->cancel(); // checked between and during requests
    m_thread->quit();
    m_thread->wait();
}

bool SyncController::isOnline() const
{
    return m_monitor->isOnline();
}

void SyncController::requestSync()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    Q_EMIT started();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::run, Qt::QueuedConnection);
}

void SyncController::reportLink(bool reached, const QString& reason, const QString& detail)
{
    // A run that just reached the server needs no second run because the state turned online.
    m_runReportsLink = true;
    m_monitor->reportReached(reached, reason, detail);
    m_runReportsLink = false;
}

void SyncController::cancel()
{
    m_again = false;
    if (m_running)
        m_worker->cancel(); // an atomic flag, read on the sync thread
}

void SyncController::onFinished(const SyncSummary& summary)
{
    m_running = false;
    m_last = summary;
    ++m_runs;
    m_session.notifyManyChanged();
    // The run's outcome is the freshest news about the link: the indicator follows it at once.
    using K = sync::SyncError::Kind;
    if (summary.ok)
        reportLink(true, {}, {});
    else if (summary.errorKind == K::Network)
        reportLink(false, summary.errorCode, summary.error);
    else if (summary.errorKind && *summary.errorKind != K::Cancelled)
        m_monitor->probeNow();
    Q_EMIT finished(summary);
    if (m_again) {
        m_again = false;
        requestSync();
    }
}

} // namespace vitalis::desktop
