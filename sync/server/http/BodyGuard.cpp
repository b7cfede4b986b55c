#include "sync/server/http/BodyGuard.h"

#include "sync/protocol/ErrorBody.h"

#include <QTcpSocket>
#include <optional>

namespace vitalis::server
{

namespace
{
struct HeaderScan {
    std::optional<qint64> contentLength;
    bool transferEncoding = false;
    bool expectContinue = false;
    const char* error = nullptr; // 400 with this message
};

HeaderScan refused(const char* error)
{
    HeaderScan s;
    s.error = error;
    return s;
}

// Only the headers that decide whether to accept the upload are looked at; Qt's own parser
// handles the request proper. Ambiguous framing is refused (RFC 9112 §6.3): Qt would take the
// first Content-Length while a proxy in front may have taken another (request smuggling).
HeaderScan scanHeaders(const QByteArray& head)
{
    HeaderScan s;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray rawName = line.left(colon);
        const QByteArray name = rawName.trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        const bool framing = name == "content-length" || name == "transfer-encoding";
        if (framing && (rawName != rawName.trimmed() || line.startsWith(' ')))
            return refused("whitespace around a framing header's name");
        if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || value.startsWith('+'))
                return refused("invalid Content-Length");
            if (s.contentLength && *s.contentLength != n)
                return refused("conflicting Content-Length headers");
            s.contentLength = n;
        } else if (name == "transfer-encoding") {
            s.transferEncoding = true;
        } else if (name == "expect" && value.toLower() == "100-continue") {
            s.expectContinue = true;
        }
    }
    if (s.transferEncoding && s.contentLength)
        return refused("Transfer-Encoding and Content-Length together");
    return s;
}
} // namespace

BodyGuard* BodyGuard::attach(QTcpSocket* socket, const BodyLimits& limits)
{
    return new BodyGuard(socket, limits);
}

BodyGuard* BodyGuard::of(QTcpSocket* socket)
{
    return socket->findChild<BodyGuard*>(QString(), Qt::FindDirectChildrenOnly);
}

void BodyGuard::requestCompleted(QTcpSocket* socket)
{
    if (auto* guard = of(socket)) {
        guard->phase_ = Phase::Handling;
        guard->bytesThisRequest_ = 0;
        guard->timer_.stop();
    }
}

void BodyGuard::responseWritten(QTcpSocket* socket)
{
    BodyGuard* guard = of(socket);
    if (!guard || guard->phase_ != Phase::Handling)
        return;
    guard->phase_ = Phase::Idle;
    guard->idleSince_.start();
    guard->timer_.start(guard->limits_.idleTimeoutMs);
}

BodyGuard::BodyGuard(QTcpSocket* socket, const BodyLimits& limits)
    : QObject(socket), socket_(socket), limits_(limits)
{
    connect(socket, &QTcpSocket::readyRead, this, &BodyGuard::onReadyRead);
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &BodyGuard::onTimeout);
    // A connection that never sends its headers is a slow client or an attack: same limit.
    timer_.start(limits_.headerTimeoutMs);
    idleSince_.start();
}

bool BodyGuard::idle() const
{
    return !rejected_ && bytesThisRequest_ == 0 &&
           (phase_ == Phase::Idle || phase_ == Phase::Headers);
}

void BodyGuard::onReadyRead()
{
    if (rejected_) {
        socket_->readAll(); // drain so the client can read our answer before we close
        return;
    }
    if (phase_ == Phase::Idle) {
        phase_ = Phase::Headers;
        timer_.start(limits_.headerTimeoutMs);
    }
    // Qt HttpServer consumes everything on each readyRead, so what is unread now is new.
    bytesThisRequest_ += socket_->bytesAvailable();
    if (bytesThisRequest_ > limits_.maxBodyBytes + limits_.maxHeaderBytes) {
        reject(413, "Payload Too Large", "payload_too_large",
               "request exceeds the body limit of " + QByteArray::number(limits_.maxBodyBytes) +
                   " bytes");
        return;
    }
    if (phase_ == Phase::Body) {
        timer_.start(limits_.bodyTimeoutMs); // progress: the pause limit starts again
        return;
    }
    if (phase_ != Phase::Headers)
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
    checkHeaders(head.left(end));
}

void BodyGuard::checkHeaders(const QByteArray& head)
{
    const HeaderScan s = scanHeaders(head);
    if (s.error) {
        reject(400, "Bad Request", "invalid_request", s.error);
        return;
    }
    if (s.transferEncoding) {
        reject(411, "Length Required", "length_required",
               "chunked request bodies are not accepted; send Content-Length");
        return;
    }
    const qint64 contentLength = s.contentLength.value_or(0);
    if (contentLength > limits_.maxBodyBytes) {
        reject(413, "Payload Too Large", "payload_too_large",
               "request body of " + QByteArray::number(contentLength) +
                   " bytes exceeds the limit of " + QByteArray::number(limits_.maxBodyBytes) +
                   " bytes");
        return;
    }
    // Until Qt reports the request complete (requestCompleted), its body is arriving.
    phase_ = Phase::Body;
    timer_.start(limits_.bodyTimeoutMs);
    if (s.expectContinue && contentLength > 0)
        socket_->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void BodyGuard::onTimeout()
{
    if (rejected_)
        return;
    if (bytesThisRequest_ == 0 && phase_ != Phase::Handling) {
        // Nothing of a request arrived: close quietly, there is no one to answer.
        socket_->disconnectFromHost();
        return;
    }
    if (phase_ == Phase::Headers)
        reject(408, "Request Timeout", "invalid_request",
               "request headers not received within " +
                   QByteArray::number(limits_.headerTimeoutMs / 1000) + " s");
    else if (phase_ == Phase::Body)
        reject(408, "Request Timeout", "invalid_request",
               "request body stalled for " + QByteArray::number(limits_.bodyTimeoutMs / 1000) +
                   " s");
}

void BodyGuard::reject(int status, const char* reason, const char* code, const QByteArray& message)
{
    rejected_ = true;
    timer_.stop();
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
    // A lingering close: closing now, while the client's upload still arrives, makes the
    // kernel answer that data with a reset, which can destroy the answer before the client has
    // read it (seen over TLS under load). The answer says "Connection: close", so the client
    // closes once it has read it; meanwhile onReadyRead drains; at most 2 s, then abort.
    QTimer::singleShot(2000, socket_, [s = socket_] { s->abort(); });
}

} // namespace vitalis::server
