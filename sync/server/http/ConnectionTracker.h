// Counts the server's open connections and keeps them under a cap: past it, the connection
// idle the longest is closed to make room, and when none is idle the newcomer is refused with
// 503 + Retry-After. Also the listening servers that attach a BodyGuard to every connection.
#pragma once

#include "sync/server/http/BodyGuard.h"

#include <QList>
#include <QObject>
#include <QSslServer>
#include <QTcpServer>

namespace vitalis::server
{

class ConnectionTracker : public QObject
{
    Q_OBJECT
public:
    ConnectionTracker(BodyLimits limits, int maxConnections, QObject* parent = nullptr);

    // Attaches a BodyGuard and returns true, or answers 503 and closes `socket`.
    bool admit(QTcpSocket* socket);
    int open() const { return static_cast<int>(guards_.size()); }
    // Shutdown: closes every connection after what was written to it has been sent.
    void closeAll();
    const BodyLimits& limits() const { return limits_; }

private:
    bool evictIdlest();

    BodyLimits limits_;
    int maxConnections_;
    QList<BodyGuard*> guards_;
};

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(ConnectionTracker& tracker, QObject* parent)
        : QTcpServer(parent), tracker_(tracker)
    {
    }
    QTcpSocket* nextPendingConnection() override;

private:
    ConnectionTracker& tracker_;
};

class GuardedSslServer : public QSslServer
{
    Q_OBJECT
public:
    GuardedSslServer(ConnectionTracker& tracker, QObject* parent)
        : QSslServer(parent), tracker_(tracker)
    {
    }
    QTcpSocket* nextPendingConnection() override;

private:
    ConnectionTracker& tracker_;
};

} // namespace vitalis::server
