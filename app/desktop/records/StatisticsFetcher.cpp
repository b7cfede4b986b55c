#include "app/desktop/records/StatisticsFetcher.h"

#include "app/common/AccountBinding.h"
#include "sync/client/ApiClient.h"
#include "sync/client/ServerHistory.h"

#include <QThread>
#include <algorithm>

namespace vitalis::desktop
{

StatisticsFetcher::StatisticsFetcher(DesktopSession& session, QObject* parent)
    : QObject(parent), m_session(session)
{
}

StatisticsFetcher::~StatisticsFetcher()
{
    m_cancel = true;
    for (QThread* t : m_threads) {
        t->wait();
        delete t;
    }
}

void StatisticsFetcher::fetch(const QString& tag, const std::string& path)
{
    auto& settings = m_session.store().settings();
    sync::HistoryRequest request;
    try {
        request.transport = account::transportOptions(settings);
    } catch (const account::BindingError&) {
        Q_EMIT failed(tag, Failure::NoServer, {});
        return;
    }
    const auto token = settings.get(sync::ApiClient::kAccessToken);
    if (!token) {
        Q_EMIT failed(tag, Failure::SignInExpired, {});
        return;
    }
    request.accessToken = *token;
    request.deviceId = settings.get(sync::ApiClient::kDeviceId, "");
    // Short limits: a person is looking at the screen, and quitting waits for this thread.
    request.transport.connectTimeoutMs = 5'000;
    request.transport.transferTimeoutMs = 15'000;
    request.transport.userAgent = "vitalis-desktop/1";

    QThread* thread = QThread::create([this, request, tag, path] {
        try {
            auto report = sync::authenticatedGet(request, path, &m_cancel);
            QMetaObject::invokeMethod(
                this, [this, tag, report = std::move(report)] { Q_EMIT fetched(tag, report); });
        } catch (const sync::SyncError& e) {
            const Failure why = e.kind() == sync::SyncError::Kind::Network ||
                                        e.kind() == sync::SyncError::Kind::Server
                                    ? Failure::Offline
                                : e.kind() == sync::SyncError::Kind::NotLoggedIn
                                    ? Failure::SignInExpired
                                    : Failure::Refused;
            const QString message = QString::fromStdString(e.what());
            QMetaObject::invokeMethod(
                this, [this, tag, why, message] { Q_EMIT failed(tag, why, message); });
        } catch (const std::exception& e) {
            const QString message = QString::fromStdString(e.what());
            QMetaObject::invokeMethod(
                this, [this, tag, message] { Q_EMIT failed(tag, Failure::Refused, message); });
        }
    });
    m_threads.push_back(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.erase(std::remove(m_threads.begin(), m_threads.end(), thread), m_threads.end());
        thread->deleteLater();
    });
    thread->start();
}

} // namespace vitalis::desktop
