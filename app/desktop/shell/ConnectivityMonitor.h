// Online or offline, as far as syncing is concerned: the OS's view (QNetworkInformation, when
// a backend exists) plus a periodic probe of the server's /healthz, which is the real answer.
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
    const QString& serverUrl() const { return m_serverUrl; }

public Q_SLOTS:
    void probeNow();

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    void setOnline(bool online);
    QString m_serverUrl;
    QNetworkAccessManager* m_network;
    QTimer* m_timer;
    QNetworkReply* m_pending = nullptr;
    std::optional<bool> m_online; // unknown until the first probe answers
};

} // namespace vitalis::desktop
