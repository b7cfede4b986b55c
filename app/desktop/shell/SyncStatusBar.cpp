#include "app/desktop/shell/SyncStatusBar.h"

#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/shell/SyncController.h"

#include "app/desktop/session/DateDisplay.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace vitalis::desktop
{

SyncStatusBar::SyncStatusBar(DesktopSession& session, SyncController* sync, QWidget* parent)
    : QWidget(parent), m_session(session), m_sync(sync), m_online(new QLabel(this)),
      m_last(new QLabel(this)), m_waiting(new QLabel(this)), m_error(new QLabel(this)),
      m_progress(new QProgressBar(this))
{
    m_online->setObjectName(QStringLiteral("syncOnline"));
    m_last->setObjectName(QStringLiteral("syncLast"));
    m_waiting->setObjectName(QStringLiteral("syncWaiting"));
    m_error->setObjectName(QStringLiteral("syncError"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_error->setStyleSheet(QStringLiteral("color: #a61b1b"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_online);
    layout->addWidget(m_waiting);
    layout->addWidget(m_last);
    layout->addWidget(m_error, 1);
    layout->addWidget(m_progress);
    if (m_sync) {
        connect(m_sync, &SyncController::onlineChanged, this, &SyncStatusBar::refresh);
        connect(m_sync, &SyncController::started, this, [this] {
            m_progress->setRange(0, 0); // busy until the first progress report
            m_progress->show();
        });
        connect(m_sync, &SyncController::progress, this,
                [this](const QString&, qint64 done, qint64 total) {
                    if (total > 0) {
                        m_progress->setRange(0, static_cast<int>(total));
                        m_progress->setValue(static_cast<int>(done));
                    } else {
                        m_progress->setRange(0, 0);
                    }
                });
        connect(m_sync, &SyncController::finished, this, [this] {
            m_progress->hide();
            refresh();
        });
    }
    connect(&session, &DesktopSession::recordChanged, this, &SyncStatusBar::refresh);
    refresh();
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

void SyncStatusBar::refresh()
{
    const bool online = m_sync && m_sync->isOnline();
    m_online->setText(online ? tr("● Online") : tr("○ Offline"));
    m_online->setStyleSheet(online ? QStringLiteral("color: #1b7a2f") : QStringLiteral("color: #8a5a00"));
    m_online->setAccessibleName(online ? tr("Connected to the server") : tr("Working offline"));
    m_waiting->setText(tr("%n change(s) waiting to be sent", nullptr,
                          static_cast<int>(waitingCount())));
    const auto last = m_session.store().settings().getInt(SyncWorker::kLastSuccessSetting, 0);
    m_last->setText(last == 0 ? tr("Never synced")
                              : tr("Last sync: %1")
                                    .arg(DateDisplay::dateTime(last)));
    const bool failed = m_sync && m_sync->runsFinished() > 0 && !m_sync->lastSummary().ok && online;
    m_error->setText(!failed                            ? QString()
                     : m_sync->lastSummary().notLoggedIn ? tr("Sync stopped: sign in again")
                                                          : tr("Last sync failed: %1")
                                                                .arg(m_sync->lastSummary().error));
}

void SyncStatusBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace vitalis::desktop
