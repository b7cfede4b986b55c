#include "sync/server/http/BodyGuard.h"

#include "sync/protocol/ErrorBody.h"

#include <QTimer>

namespace vitalis::server
{

void BodyGuard::attach(QTcpSocket* socket, const BodyLimits& limits)
{
    new BodyGuard(socket, limits);
}

void BodyGuard::requestCompleted(QTcpSocket* socket)
{
    if (auto* guard = socket->findChild<BodyGuard*>(QString(), Qt::FindDirectChildrenOnly)) {
        guard->headersChecked_ = false;
        guard->bytesThisRequest_ = 0;
    }
}

BodyGuard::BodyGuard(QTcpSocket* socket, const BodyLimits& limits)
    : QObject(socket), socket_(socket), limits_(limits)
{
    connect(socket, &QTcpSocket::readyRead, this, &BodyGuard::onReadyRead);
}

void BodyGuard::onReadyRead()
{
    if (rejected_) {
        socket_->readAll(); // drain so the client can read our answer before we close
        return;
    }
    // Qt HttpServer consumes everything on each readyRead, so what is unread now is new.
    bytesThisRequest_ += socket_->bytesAvailable();
    if (bytesThisRequest_ > limits_.maxBodyBytes + limits_.maxHeaderBytes) {
        reject(413, "Payload Too Large", "payload_too_large",
               "request exceeds the body limit of " + QByteArray::number(limits_.maxBodyBytes) +
                   " bytes");
        return;
    }
    if (headersChecked_)
        return;
    const QByteArray head = socket_->peek(limits_.maxHeaderBytes + 4);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > limits_.maxHeaderBytes)
            reject(431, "Request Header Fields Too Large", "invalid_request",
                   "request headers exceed " + QByteArray::number(limits_.maxHeaderBytes) +
                       " bytes");
        return;
    }
    headersChecked_ = true;
    qint64 contentLength = 0;
    bool expectContinue = false;
    // Only the three headers that decide whether to accept the upload are looked at; Qt's
    // own parser handles the request proper.
    for (const QByteArray& line : head.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0) {
                reject(400, "Bad Request", "invalid_request", "invalid Content-Length");
                return;
            }
        } else if (name == "transfer-encoding" && !value.isEmpty() &&
                   value.toLower() != "identity") {
            reject(411, "Length Required", "length_required",
                   "chunked request bodies are not accepted; send Content-Length");
            return;
        } else if (name == "expect" && value.toLower() == "100-continue") {
            expectContinue = true;
        }
    }
    if (contentLength > limits_.maxBodyBytes) {
        reject(413, "Payload Too Large", "payload_too_large",
               "request body of " + QByteArray::number(contentLength) +
                   " bytes exceeds the limit of " + QByteArray::number(limits_.maxBodyBytes) +
                   " bytes");
        return;
    }
    if (expectContinue && contentLength > 0)
        socket_->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void BodyGuard::reject(int status, const char* reason, const char* code, const QByteArray& message)
{
    rejected_ = true;
    // Stop Qt HttpServer from buffering any more of this connection, keep draining ourselves.
    disconnect(socket_, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(socket_, &QTcpSocket::readyRead, this, &BodyGuard::onReadyRead);
    const auto codeEnum = protocol::errorCodeFromString(code);
    const std::string body =
        protocol::encodeError(codeEnum.value_or(protocol::ErrorCode::InvalidRequest),
                              message.toStdString())
            .dump();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                          "\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(static_cast<qsizetype>(body.size())) +
                          "\r\nConnection: close\r\n\r\n" + QByteArray::fromStdString(body);
    socket_->readAll();
    socket_->write(response);
    socket_->flush();
    // Give the client a moment to read the answer, then close whatever it is still sending.
    QTimer::singleShot(2000, socket_, [s = socket_] { s->abort(); });
    socket_->disconnectFromHost();
}

QTcpSocket* GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket* s = QTcpServer::nextPendingConnection();
    if (s)
        BodyGuard::attach(s, limits_);
    return s;
}

QTcpSocket* GuardedSslServer::nextPendingConnection()
{
    QTcpSocket* s = QSslServer::nextPendingConnection();
    if (s)
        BodyGuard::attach(s, limits_);
    return s;
}

} // namespace vitalis::server
