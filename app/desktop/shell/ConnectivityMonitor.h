// Online or offline, as far as syncing is concerned: the OS's view (QNetworkInformation, when
// a backend exists), the outcome of every real request (reportReached) and a cheap periodic
// probe of the server's /healthz in between.
#pragma once

#include <QObject>
#include <QString>
#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace vitalis::desktop
{

class ConnectivityMonitor : public QObject
{
    Q_OBJECT
public:
    ConnectivityMonitor(QString serverUrl, std::chrono::milliseconds probeInterval,
                        QObject* parent = nullptr);
    bool isOnline() const { return m_online.value_or(false); }
    bool isKnownOffline() const { return m_online == false; } // not before the first answer
    // Why the last request or probe failed: "connect", "timeout", "tls", "io", "no-network",
    // "not-ready" (PlainWords::networkReason says it in words); the technical text beside it.
    const QString& lastProblem() const { return m_problem; }
    const QString& lastProblemDetail() const { return m_problemDetail; }
    const QString& serverUrl() const { return m_serverUrl; }

public Q_SLOTS:
    void probeNow();
    // A real request reached the server (any HTTP answer) or failed for `reason` (see
    // lastProblem): the indicator follows at once instead of waiting for the next probe.
    void reportReached(bool reached, const QString& reason = {}, const QString& detail = {});

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    void setOnline(bool online);
    QString m_serverUrl;
    QNetworkAccessManager* m_network;
    QTimer* m_timer;
    QNetworkReply* m_pending = nullptr;
    std::optional<bool> m_online; // unknown until the first probe answers
    QString m_problem, m_problemDetail;
};

} // namespace vitalis::desktop
