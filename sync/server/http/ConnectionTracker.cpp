#include "sync/server/http/ConnectionTracker.h"

#include "sync/protocol/ErrorBody.h"

#include <QTcpSocket>
#include <QTimer>

namespace vitalis::server
{

ConnectionTracker::ConnectionTracker(BodyLimits limits, int maxConnections, QObject* parent)
    : QObject(parent), limits_(limits), maxConnections_(std::max(1, maxConnections))
{
}

bool ConnectionTracker::admit(QTcpSocket* socket)
{
    if (open() >= maxConnections_ && !evictIdlest()) {
        const std::string body =
            protocol::encodeError(protocol::ErrorCode::Unavailable,
                                  "the server has too many open connections; retry shortly")
                .dump();
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                      "Retry-After: 5\r\nConnection: close\r\nContent-Length: " +
                      QByteArray::number(static_cast<qsizetype>(body.size())) + "\r\n\r\n" +
                      QByteArray::fromStdString(body));
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->flush();
        socket->disconnectFromHost();
        QTimer::singleShot(2000, socket, [socket] { socket->abort(); });
        return false;
    }
    BodyGuard* guard = BodyGuard::attach(socket, limits_);
    guards_.append(guard);
    connect(guard, &QObject::destroyed, this, [this, guard] { guards_.removeOne(guard); });
    return true;
}

bool ConnectionTracker::evictIdlest()
{
    BodyGuard* idlest = nullptr;
    for (BodyGuard* g : guards_)
        if (g->idle() && (!idlest || g->idleMs() > idlest->idleMs()))
            idlest = g;
    if (!idlest)
        return false;
    QTcpSocket* s = idlest->socket();
    guards_.removeOne(idlest);
    s->abort(); // an idle client reconnects when it next needs us; Qt deletes the socket
    return true;
}

void ConnectionTracker::closeAll()
{
    for (BodyGuard* g : QList<BodyGuard*>(guards_)) {
        g->socket()->flush();
        g->socket()->disconnectFromHost();
    }
}

QTcpSocket* GuardedTcpServer::nextPendingConnection()
{
    while (QTcpSocket* s = QTcpServer::nextPendingConnection())
        if (tracker_.admit(s))
            return s;
    return nullptr;
}

QTcpSocket* GuardedSslServer::nextPendingConnection()
{
    while (QTcpSocket* s = QSslServer::nextPendingConnection())
        if (tracker_.admit(s))
            return s;
    return nullptr;
}

} // namespace vitalis::server
