// Fetches statistics reports from the server on a worker thread (the GUI never waits on the
// network) and hands each answer back on the GUI thread, like ServerHistoryFetcher.
#pragma once

#include "app/desktop/session/DesktopSession.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <nlohmann/json.hpp>
#include <vector>

class QThread;

namespace vitalis::desktop
{

class StatisticsFetcher : public QObject
{
    Q_OBJECT
public:
    enum class Failure { Offline, SignInExpired, NoServer, Refused };

    explicit StatisticsFetcher(DesktopSession& session, QObject* parent = nullptr);
    ~StatisticsFetcher() override; // cancels running fetches and waits for them
    // `path` is the endpoint with its query string (/api/v1/statistics?by=month&...); `tag`
    // comes back with the answer so the caller can match it to what it asked.
    void fetch(const QString& tag, const std::string& path);
    bool busy() const { return !m_threads.empty(); }

Q_SIGNALS:
    void fetched(const QString& tag, const nlohmann::json& report);
    void failed(const QString& tag, vitalis::desktop::StatisticsFetcher::Failure why,
                const QString& message);

private:
    DesktopSession& m_session;
    std::vector<QThread*> m_threads;
    std::atomic<bool> m_cancel{false};
};

} // namespace vitalis::desktop
