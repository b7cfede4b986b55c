// Enforces the request-body limit before Qt HttpServer 6.4 (which has none) buffers a body:
// reads each request's headers as they arrive, refuses oversized or chunked uploads with a
// JSON 413/411 and closes the connection; answers "Expect: 100-continue" for accepted ones.
#pragma once

#include <QObject>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace vitalis::server
{

struct BodyLimits {
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024;
};

class BodyGuard : public QObject
{
    Q_OBJECT
public:
    // Must be attached before Qt HttpServer connects to the socket, so this runs first.
    static void attach(QTcpSocket* socket, const BodyLimits& limits);
    // Called when Qt delivered a complete request on `socket`: the next bytes start a new one.
    static void requestCompleted(QTcpSocket* socket);

private:
    BodyGuard(QTcpSocket* socket, const BodyLimits& limits);
    void onReadyRead();
    void reject(int status, const char* reason, const char* code, const QByteArray& message);

    QTcpSocket* socket_;
    BodyLimits limits_;
    bool headersChecked_ = false;
    bool rejected_ = false;
    qint64 bytesThisRequest_ = 0;
};

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(BodyLimits limits, QObject* parent) : QTcpServer(parent), limits_(limits) {}
    QTcpSocket* nextPendingConnection() override;

private:
    BodyLimits limits_;
};

class GuardedSslServer : public QSslServer
{
    Q_OBJECT
public:
    GuardedSslServer(BodyLimits limits, QObject* parent) : QSslServer(parent), limits_(limits) {}
    QTcpSocket* nextPendingConnection() override;

private:
    BodyLimits limits_;
};

} // namespace vitalis::server
