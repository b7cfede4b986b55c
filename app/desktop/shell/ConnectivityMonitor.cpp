#include "app/desktop/shell/ConnectivityMonitor.h"

#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace vitalis::desktop
{

ConnectivityMonitor::ConnectivityMonitor(QString serverUrl, std::chrono::milliseconds interval,
                                         QObject* parent)
    : QObject(parent), m_serverUrl(std::move(serverUrl)), m_network(new QNetworkAccessManager(this)),
      m_timer(new QTimer(this))
{
    m_timer->setInterval(interval);
    connect(m_timer, &QTimer::timeout, this, &ConnectivityMonitor::probeNow);
    m_timer->start();
    // The OS notices a cable or Wi-Fi change long before the next probe: probe at once then.
    if (QNetworkInformation::instance() || QNetworkInformation::loadDefaultBackend()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Disconnected)
                        setOnline(false);
                    else
                        probeNow();
                });
    }
    QTimer::singleShot(0, this, &ConnectivityMonitor::probeNow);
}

void ConnectivityMonitor::probeNow()
{
    if (m_pending || m_serverUrl.isEmpty())
        return;
    if (auto* info = QNetworkInformation::instance();
        info && info->reachability() == QNetworkInformation::Reachability::Disconnected) {
        setOnline(false);
        return;
    }
    QString url = m_serverUrl;
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    QNetworkRequest request(QUrl(url + QStringLiteral("/healthz")));
    request.setTransferTimeout(5000);
    m_pending = m_network->get(request);
    connect(m_pending, &QNetworkReply::finished, this, [this] {
        const bool ok = m_pending->error() == QNetworkReply::NoError &&
                        m_pending->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        m_pending->deleteLater();
        m_pending = nullptr;
        setOnline(ok);
    });
}

void ConnectivityMonitor::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

} // namespace vitalis::desktop
