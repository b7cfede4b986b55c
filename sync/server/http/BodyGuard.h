// Guards each connection before Qt HttpServer 6.4 (which has no limits) sees its bytes: reads
// each request's headers as they arrive, refuses oversized, chunked or ambiguous uploads with a
// JSON 4xx and closes the connection, answers "Expect: 100-continue", and times out slow
// headers, stalled bodies and idle keep-alive connections.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace vitalis::server
{

struct BodyLimits {
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024;
    int headerTimeoutMs = 10'000; // from the first byte (or the accept) to the end of headers
    int bodyTimeoutMs = 30'000;   // longest pause while a body is arriving
    int idleTimeoutMs = 60'000;   // keep-alive connection with no request
};

class BodyGuard : public QObject
{
    Q_OBJECT
public:
    // Must be attached before Qt HttpServer connects to the socket, so this runs first.
    static BodyGuard* attach(QTcpSocket* socket, const BodyLimits& limits);
    static BodyGuard* of(QTcpSocket* socket);
    // Qt delivered a complete request on the socket: it is being handled, no timer runs.
    static void requestCompleted(QTcpSocket* socket);
    // The answer was written: the next bytes start a new request; the idle timer runs.
    static void responseWritten(QTcpSocket* socket);

    // No request is partly received or being handled: the connection may be closed freely.
    bool idle() const;
    qint64 idleMs() const { return idleSince_.elapsed(); }
    QTcpSocket* socket() const { return socket_; }

private:
    enum class Phase { Headers, Body, Handling, Idle };
    BodyGuard(QTcpSocket* socket, const BodyLimits& limits);
    void onReadyRead();
    void checkHeaders(const QByteArray& head);
    void onTimeout();
    void reject(int status, const char* reason, const char* code, const QByteArray& message);

    QTcpSocket* socket_;
    BodyLimits limits_;
    Phase phase_ = Phase::Headers;
    bool rejected_ = false;
    qint64 bytesThisRequest_ = 0;
    QTimer timer_;
    QElapsedTimer idleSince_;
};

} // namespace vitalis::server
