#include "app/desktop/shell/ConnectivityMonitor.h"

#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace vitalis::desktop
{
namespace
{

QString probeProblem(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return QStringLiteral("timeout");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("tls");
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return QStringLiteral("io");
    case QNetworkReply::NetworkSessionFailedError:
        return QStringLiteral("no-network");
    default:
        return e < QNetworkReply::ProxyConnectionRefusedError ? QStringLiteral("connect")
                                                              : QStringLiteral("not-ready");
    }
}

} // namespace

ConnectivityMonitor::ConnectivityMonitor(QString serverUrl, std::chrono::milliseconds interval,
                                         QObject* parent)
    : QObject(parent), m_serverUrl(std::move(serverUrl)),
      m_network(new QNetworkAccessManager(this)), m_timer(new QTimer(this))
{
    m_timer->setInterval(interval);
    connect(m_timer, &QTimer::timeout, this, &ConnectivityMonitor::probeNow);
    m_timer->start();
    // The OS notices a cable or Wi-Fi change long before the next probe: probe at once then.
    if (QNetworkInformation::instance() || QNetworkInformation::loadDefaultBackend()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Disconnected)
                        reportReached(false, QStringLiteral("no-network"));
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
        reportReached(false, QStringLiteral("no-network"));
        return;
    }
    QString url = m_serverUrl;
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    QNetworkRequest request(QUrl(url + QStringLiteral("/healthz")));
    request.setTransferTimeout(5000); // shorter than the probe interval: one probe at a time
    m_pending = m_network->get(request);
    connect(m_pending, &QNetworkReply::finished, this, [this] {
        const auto error = m_pending->error();
        const int status = m_pending->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString detail = m_pending->errorString();
        m_pending->deleteLater();
        m_pending = nullptr;
        if (error == QNetworkReply::NoError && status == 200)
            reportReached(true);
        else
            reportReached(false, status > 0 ? QStringLiteral("not-ready") : probeProblem(error),
                          status > 0 ? QStringLiteral("HTTP %1").arg(status) : detail);
    });
}

void ConnectivityMonitor::reportReached(bool reached, const QString& reason, const QString& detail)
{
    if (!reached) {
        m_problem = reason.isEmpty() ? QStringLiteral("connect") : reason;
        m_problemDetail = detail;
    }
    setOnline(reached);
}

void ConnectivityMonitor::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

} // namespace vitalis::desktop
