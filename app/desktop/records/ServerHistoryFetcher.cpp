#include "app/desktop/records/ServerHistoryFetcher.h"

#include "app/common/AccountBinding.h"
#include "sync/client/ApiClient.h"

#include <QThread>
#include <algorithm>

namespace vitalis::desktop
{

ServerHistoryFetcher::ServerHistoryFetcher(DesktopSession& session, QObject* parent)
    : QObject(parent), m_session(session)
{
}

ServerHistoryFetcher::~ServerHistoryFetcher()
{
    m_cancel = true;
    for (QThread* t : m_threads) {
        t->wait();
        delete t;
    }
}

std::string ServerHistoryFetcher::ownDeviceId() const
{
    return m_session.store().settings().get(sync::ApiClient::kDeviceId, "");
}

void ServerHistoryFetcher::fetch(const QString& recordId)
{
    auto& settings = m_session.store().settings();
    sync::HistoryRequest request;
    try {
        request.transport = account::transportOptions(settings);
    } catch (const account::BindingError&) {
        Q_EMIT failed(recordId, Failure::NoServer);
        return;
    }
    const auto token = settings.get(sync::ApiClient::kAccessToken);
    if (!token) {
        Q_EMIT failed(recordId, Failure::SignInExpired);
        return;
    }
    request.accessToken = *token;
    request.deviceId = ownDeviceId();
    request.recordId = recordId.toStdString();
    // Short limits: a person is looking at the screen, and quitting waits for this thread.
    request.transport.connectTimeoutMs = 5'000;
    request.transport.transferTimeoutMs = 15'000;
    request.transport.userAgent = "vitalis-desktop/1";

    QThread* thread = QThread::create([this, request, recordId] {
        try {
            auto history = sync::fetchServerHistory(request, &m_cancel);
            QMetaObject::invokeMethod(this, [this, recordId, history = std::move(history)] {
                Q_EMIT fetched(recordId, history);
            });
        } catch (const sync::SyncError& e) {
            const Failure why = e.kind() == sync::SyncError::Kind::Network ? Failure::Offline
                                : e.kind() == sync::SyncError::Kind::NotLoggedIn
                                    ? Failure::SignInExpired
                                    : Failure::Refused;
            QMetaObject::invokeMethod(this,
                                      [this, recordId, why] { Q_EMIT failed(recordId, why); });
        } catch (const std::exception&) {
            QMetaObject::invokeMethod(
                this, [this, recordId] { Q_EMIT failed(recordId, Failure::Refused); });
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
