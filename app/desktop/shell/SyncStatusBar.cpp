#include "app/desktop/shell/SyncStatusBar.h"

#include "app/desktop/session/DateDisplay.h"
#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/session/PlainWords.h"
#include "app/desktop/shell/ConnectivityMonitor.h"
#include "app/desktop/shell/SyncController.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace vitalis::desktop
{

SyncStatusBar::SyncStatusBar(DesktopSession& session, SyncController* sync, QWidget* parent)
    : QWidget(parent), m_session(session), m_sync(sync), m_online(new QLabel(this)),
      m_last(new QLabel(this)), m_waiting(new QLabel(this)), m_error(new QLabel(this)),
      m_progressText(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(this))
{
    m_online->setObjectName(QStringLiteral("syncOnline"));
    m_last->setObjectName(QStringLiteral("syncLast"));
    m_waiting->setObjectName(QStringLiteral("syncWaiting"));
    m_error->setObjectName(QStringLiteral("syncError"));
    m_progressText->setObjectName(QStringLiteral("syncProgressText"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    for (QWidget* w : {static_cast<QWidget*>(m_progress), static_cast<QWidget*>(m_progressText),
                       static_cast<QWidget*>(m_cancel)})
        w->hide();
    m_error->setStyleSheet(QStringLiteral("color: #a61b1b"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_online);
    layout->addWidget(m_waiting);
    layout->addWidget(m_last);
    layout->addWidget(m_error, 1);
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    if (m_sync) {
        connect(m_sync, &SyncController::onlineChanged, this, [this](bool online) {
            if (online)
                m_offlineNotice = false;
            refresh();
        });
        connect(m_sync, &SyncController::started, this, [this] {
            m_offlineNotice = false;
            m_doing.clear();
            m_progress->setRange(0, 0); // busy until the first progress report
            m_progressText->setText(tr("Connecting to the server…"));
            m_cancel->setEnabled(true);
            m_cancel->setText(tr("Cancel sync"));
            for (QWidget* w :
                 {static_cast<QWidget*>(m_progress), static_cast<QWidget*>(m_progressText),
                  static_cast<QWidget*>(m_cancel)})
                w->show();
        });
        connect(m_sync, &SyncController::progressDetail, this, &SyncStatusBar::showProgress);
        connect(m_sync, &SyncController::transferring, this, &SyncStatusBar::showBytes);
        connect(m_cancel, &QPushButton::clicked, this, [this] {
            m_cancel->setEnabled(false);
            m_cancel->setText(tr("Cancelling…"));
            m_sync->cancel();
        });
        connect(m_sync, &SyncController::finished, this, [this] {
            for (QWidget* w :
                 {static_cast<QWidget*>(m_progress), static_cast<QWidget*>(m_progressText),
                  static_cast<QWidget*>(m_cancel)})
                w->hide();
            refresh();
        });
    }
    connect(&session, &DesktopSession::recordChanged, this, &SyncStatusBar::refresh);
    refresh();
}

void SyncStatusBar::showProgress(const sync::SyncProgress& p)
{
    QString what;
    if (p.phase == "push" && p.opsTotal > 0) {
        what = tr("Sending %1 of %2").arg(QString::number(p.opsSent), QString::number(p.opsTotal));
        m_progress->setRange(0, static_cast<int>(p.opsTotal));
        m_progress->setValue(static_cast<int>(p.opsSent));
    } else if (p.phase == "attachments" && p.attachmentBytesTotal > 0) {
        what = tr("Sending documents: %1 of %2")
                   .arg(PlainWords::dataSize(p.attachmentBytesSent),
                        PlainWords::dataSize(p.attachmentBytesTotal));
        m_progress->setRange(0, 1000);
        m_progress->setValue(
            static_cast<int>(p.attachmentBytesSent * 1000 / p.attachmentBytesTotal));
    } else {
        what = p.phase == "downloads" ? tr("Receiving documents")
               : p.phase == "push"    ? tr("Nothing to send")
                                      : tr("Receiving changes: %n record(s)", nullptr,
                                           static_cast<int>(p.recordsPulled));
        m_progress->setRange(0, 0);
    }
    m_doing = what;
    m_runSent = p.bytesSent;
    m_runReceived = p.bytesReceived;
    showBytes(0, 0);
}

void SyncStatusBar::showBytes(quint64 inFlightSent, quint64 inFlightReceived)
{
    if (m_doing.isEmpty())
        return;
    m_progressText->setText(m_doing + QStringLiteral(" · ") +
                            tr("%1 sent, %2 received")
                                .arg(PlainWords::dataSize(m_runSent + inFlightSent),
                                     PlainWords::dataSize(m_runReceived + inFlightReceived)));
}

std::int64_t SyncStatusBar::waitingCount() const
{
    std::int64_t n = 0;
    for (const auto& [state, c] : m_session.store().outbox().countByState())
        if (state == OutboxState::Queued || state == OutboxState::Sending ||
            state == OutboxState::WaitingRetry)
            n += c;
    return n;
}

QString SyncStatusBar::onlineText() const
{
    return m_online->text();
}
QString SyncStatusBar::waitingText() const
{
    return m_waiting->text();
}
QString SyncStatusBar::lastSyncText() const
{
    return m_last->text();
}
QString SyncStatusBar::problemText() const
{
    return m_error->text();
}
QString SyncStatusBar::progressText() const
{
    return m_progressText->text();
}

void SyncStatusBar::showOfflineNotice()
{
    m_offlineNotice = true;
    refresh();
}

QString SyncStatusBar::problem(QString* detail) const
{
    if (!m_sync)
        return {};
    const auto& link = m_sync->connectivity();
    if (m_offlineNotice) {
        *detail = link.lastProblemDetail();
        return PlainWords::noConnection(PlainWords::networkReason(link.lastProblem()));
    }
    const auto& last = m_sync->lastSummary();
    // Offline, the indicator already says it; a network failure needs no second sentence.
    if (m_sync->runsFinished() == 0 || last.ok || !m_sync->isOnline())
        return {};
    *detail = last.error;
    return PlainWords::syncProblem(last.errorKind, last.errorCode);
}

void SyncStatusBar::refresh()
{
    const bool online = m_sync && m_sync->isOnline();
    m_online->setText(online ? tr("● Online") : tr("○ Offline"));
    m_online->setStyleSheet(online ? QStringLiteral("color: #1b7a2f")
                                   : QStringLiteral("color: #8a5a00"));
    m_online->setAccessibleName(online ? tr("Connected to the server") : tr("Working offline"));
    m_online->setToolTip(online || !m_sync || !m_sync->connectivity().isKnownOffline()
                             ? QString()
                             : PlainWords::networkReason(m_sync->connectivity().lastProblem()));
    m_waiting->setText(
        tr("%n change(s) waiting to be sent", nullptr, static_cast<int>(waitingCount())));
    const auto last = m_session.store().settings().getInt(SyncWorker::kLastSuccessSetting, 0);
    m_last->setText(last == 0 ? tr("Never synced")
                              : tr("Last sync: %1").arg(DateDisplay::dateTime(last)));
    QString detail;
    m_error->setText(problem(&detail));
    // The technical text stays within reach for the IT team, never in the clerk's sentence.
    m_error->setToolTip(detail);
}

void SyncStatusBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        refresh();
        if (m_cancel->isVisible() && m_cancel->isEnabled())
            m_cancel->setText(tr("Cancel sync"));
    }
    QWidget::changeEvent(event);
}

} // namespace vitalis::desktop
