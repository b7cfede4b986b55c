// Fetches the server's history of a record on a worker thread (the GUI never waits on the
// network) and hands the answer back on the GUI thread. Credentials are read from the profile on
// the GUI thread; the worker uses only copies (sync::fetchServerHistory).
#pragma once

#include "app/desktop/session/DesktopSession.h"
#include "sync/client/ServerHistory.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <vector>

class QThread;

namespace vitalis::desktop
{

class ServerHistoryFetcher : public QObject
{
    Q_OBJECT
public:
    enum class Failure { Offline, SignInExpired, NoServer, Refused };

    explicit ServerHistoryFetcher(DesktopSession& session, QObject* parent = nullptr);
    ~ServerHistoryFetcher() override; // cancels running fetches and waits for them
    void fetch(const QString& recordId);
    bool busy() const { return !m_threads.empty(); }
    // The device id this profile signs in with ("" before the first sign-in).
    std::string ownDeviceId() const;

Q_SIGNALS:
    void fetched(const QString& recordId, const vitalis::sync::ServerHistory& history);
    void failed(const QString& recordId, vitalis::desktop::ServerHistoryFetcher::Failure why);

private:
    DesktopSession& m_session;
    std::vector<QThread*> m_threads;
    std::atomic<bool> m_cancel{false}; // set on destruction: running fetches stop at once
};

} // namespace vitalis::desktop
