#include "sync/server/http/HttpServer.h"

#include "sync/protocol/DecodeError.h"
#include "sync/server/db/Db.h"
#include "sync/server/http/ApiError.h"
#include "sync/server/http/Gzip.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <mutex>

namespace vitalis::server
{

using protocol::ErrorCode;

namespace
{
const char* kInFlight = "vitalis_in_flight";

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

void logLine(const QString& line)
{
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
}

// Bodies must say what they are (JSON unless the route accepts another type): a text/plain POST
// is a "simple" cross-site request a browser sends without a CORS preflight, and a server that
// sniffs bodies invites confusion attacks.
bool declaresAccepted(const ApiRequest& request, const QList<QByteArray>& accepted)
{
    const QByteArray type = request.header("Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    return accepted.contains((semicolon < 0 ? type : type.left(semicolon)).trimmed().toLower());
}

bool wantsClose(const QHttpServerRequest& request)
{
    for (const QByteArray& token : request.value("Connection").split(','))
        if (token.trimmed().toLower() == "close")
            return true;
    return false;
}
} // namespace

ApiResponse runHandler(const Route& route, ApiRequest& request, qint64 maxBodyBytes)
{
    ApiResponse response;
    if (route.method == "POST" && !request.body.isEmpty() && !route.bodyTypes.isEmpty() &&
        !declaresAccepted(request, route.bodyTypes))
        return ApiResponse::error(ErrorCode::UnsupportedMediaType,
                                  "send the body as Content-Type: " +
                                      route.bodyTypes.join(" or ").toStdString());
    try {
        const QByteArray encoding = request.header("Content-Encoding").trimmed().toLower();
        if (encoding == "gzip") {
            bool tooLarge = false;
            auto inflated = gzipDecompress(request.body, maxBodyBytes, &tooLarge);
            if (!inflated)
                return tooLarge ? ApiResponse::error(ErrorCode::PayloadTooLarge,
                                                     "gzip body inflates beyond the limit of " +
                                                         std::to_string(maxBodyBytes) + " bytes")
                                : ApiResponse::error(ErrorCode::InvalidRequest,
                                                     "Content-Encoding is gzip but the body is "
                                                     "not valid gzip");
            request.body = std::move(*inflated);
        } else if (!encoding.isEmpty() && encoding != "identity") {
            return ApiResponse::error(ErrorCode::InvalidRequest, "unsupported Content-Encoding '" +
                                                                     encoding.toStdString() +
                                                                     "' (gzip or identity)");
        }
        response = route.handler(request);
    } catch (const ApiError& e) {
        response = ApiResponse::error(e.code(), e.what(), e.path(), e.details());
        if (e.details().contains("retry_after_seconds"))
            response.headers.append(
                qMakePair(QByteArray("Retry-After"),
                          QByteArray::number(e.details()["retry_after_seconds"].get<qint64>())));
    } catch (const protocol::DecodeError& e) {
        response = ApiResponse::error(e.code(), e.message(), e.path());
    } catch (const DbError& e) {
        logLine(QStringLiteral("database error on %1: %2")
                    .arg(route.name, QString::fromStdString(e.what())));
        response =
            e.kind() == DbError::Kind::Unavailable || e.kind() == DbError::Kind::Retryable
                ? ApiResponse::error(ErrorCode::Unavailable,
                                     "the database is unavailable or busy; retry later")
                : ApiResponse::error(ErrorCode::Internal, "internal database error; retry later");
    } catch (const std::exception& e) {
        logLine(QStringLiteral("internal error on %1: %2")
                    .arg(route.name, QString::fromStdString(e.what())));
        response = ApiResponse::error(ErrorCode::Internal, "internal error; retry later");
    }
    if (request.acceptsGzip() && response.body.size() > 1024) {
        QByteArray zipped = gzipCompress(response.body);
        if (!zipped.isEmpty()) {
            response.body = std::move(zipped);
            response.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
            response.headers.append(qMakePair(QByteArray("Vary"), QByteArray("Accept-Encoding")));
        }
    }
    return response;
}

HttpServer::HttpServer(const Router& router, Metrics& metrics, AccessLog& accessLog,
                       const Clock& clock, HttpSettings settings, QObject* parent)
    : QAbstractHttpServer(parent), router_(router), metrics_(metrics), accessLog_(accessLog),
      clock_(clock), settings_(settings), tracker_(settings.limits, settings.maxConnections),
      clientAddress_(settings.trustedProxies)
{
    pool_.setMaxThreadCount(std::max(1, settings_.workers));
    pool_.setExpiryTimeout(-1); // threads keep their DB connection for the server's life
}

HttpServer::~HttpServer()
{
    pool_.waitForDone();
}

quint16 HttpServer::listenOn(const QHostAddress& address, quint16 port,
                             const std::optional<QSslConfiguration>& tls, QString* error)
{
    QTcpServer* server = nullptr;
    if (tls) {
        auto* ssl = new GuardedSslServer(tracker_, this);
        ssl->setSslConfiguration(*tls);
        server = ssl;
    } else {
        server = new GuardedTcpServer(tracker_, this);
    }
    if (!server->listen(address, port)) {
        if (error)
            *error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

void HttpServer::shutdown(std::function<void()> done)
{
    for (QTcpServer* s : servers())
        s->close();
    auto* poll = new QTimer(this);
    QElapsedTimer waited;
    waited.start();
    connect(poll, &QTimer::timeout, this, [this, poll, waited, done = std::move(done)] {
        if (inFlight_ > 0 && waited.elapsed() < settings_.drainTimeoutMs)
            return;
        poll->stop();
        poll->deleteLater();
        if (inFlight_ > 0)
            logLine(QStringLiteral("vitalis-server: %1 request(s) still running after the %2 ms "
                                   "drain; stopping anyway")
                        .arg(inFlight_)
                        .arg(settings_.drainTimeoutMs));
        tracker_.closeAll();
        // One more turn of the event loop lets the closing sockets send what they hold.
        QTimer::singleShot(50, this, done);
    });
    poll->start(10);
}

void HttpServer::stopWorkers(const std::function<void()>& closeConnection)
{
    pool_.waitForDone();
    // QThreadPool cannot address a thread, so every worker gets one task and each task waits
    // until all have started: with as many tasks as threads, each lands on a different one.
    const int n = pool_.maxThreadCount();
    struct Gate {
        std::mutex m;
        std::condition_variable cv;
        int arrived = 0;
    };
    auto gate = std::make_shared<Gate>();
    for (int i = 0; i < n; ++i)
        pool_.start([gate, n, &closeConnection] {
            closeConnection();
            std::unique_lock lock(gate->m);
            ++gate->arrived;
            gate->cv.notify_all();
            gate->cv.wait_for(lock, std::chrono::seconds(10), [&] { return gate->arrived >= n; });
        });
    pool_.waitForDone();
}

bool HttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    BodyGuard::requestCompleted(socket);
    if (socket->property(kInFlight).toBool()) {
        // A pipelined request while one is still being worked on: answers could not be kept
        // in order, so the connection is dropped (no mainstream client pipelines).
        socket->abort();
        return true;
    }
    QElapsedTimer t;
    t.start();
    auto req = std::make_shared<ApiRequest>();
    req->method = methodName(request.method());
    req->path = request.url().path();
    req->query = request.query();
    req->headers = request.headers();
    req->body = request.body();
    req->remote = clientAddress_.of(request.remoteAddress(), req->headers);

    const Router::Match m = router_.match(req->method, req->path);
    if (!m.route) {
        const ApiResponse r =
            m.pathKnown ? ApiResponse::error(ErrorCode::MethodNotAllowed,
                                             req->method.toStdString() + " is not allowed on " +
                                                 req->path.toStdString())
                        : ApiResponse::error(ErrorCode::NotFound,
                                             "no such endpoint: " + req->path.toStdString());
        finish(socket, &request, *req, QStringLiteral("unmatched"), r, 0);
        return true;
    }
    req->pathParams = m.params;
    const Route* route = m.route;
    if (route->onEventLoop) {
        const ApiResponse r = runHandler(*route, *req, settings_.limits.maxBodyBytes);
        finish(socket, &request, *req, route->name, r, t.nsecsElapsed() / 1e9);
        return true;
    }
    socket->setProperty(kInFlight, true);
    ++inFlight_;
    QPointer<QTcpSocket> guard(socket);
    const QHttpServerRequest* requestPtr = &request;
    const qint64 maxBody = settings_.limits.maxBodyBytes;
    pool_.start([this, req, route, guard, requestPtr, maxBody, t] {
        auto response = std::make_shared<ApiResponse>(runHandler(*route, *req, maxBody));
        QMetaObject::invokeMethod(
            this,
            [this, guard, requestPtr, req, response, route, t] {
                --inFlight_;
                if (guard)
                    guard->setProperty(kInFlight, false);
                // Qt keeps one request object per connection until the socket dies, and
                // no newer request was accepted on it (see kInFlight), so it is ours.
                finish(guard, requestPtr, *req, route->name, *response, t.nsecsElapsed() / 1e9);
                if (response->status >= 500)
                    logLine(QStringLiteral("%1 -> %2 %3")
                                .arg(route->name)
                                .arg(response->status)
                                .arg(QString::fromUtf8(response->body.left(300))));
            },
            Qt::QueuedConnection);
    });
    return true;
}

void HttpServer::finish(QTcpSocket* socket, const QHttpServerRequest* request,
                        const ApiRequest& req, const QString& route, const ApiResponse& r,
                        double seconds)
{
    if (socket) // gone when the client hung up while its request was handled
        write(socket, *request, r);
    metrics_.recordRequest(route, r.status, seconds);
    if (accessLog_.enabled())
        accessLog_.write({req.remote.toString(), req.user, QString::fromLatin1(req.method), route,
                          r.status, r.body.size(), seconds},
                         clock_.nowMillis());
}

void HttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    write(socket, request, ApiResponse::error(ErrorCode::NotFound, "no such endpoint"));
}

void HttpServer::write(QTcpSocket* socket, const QHttpServerRequest& request, const ApiResponse& r)
{
    const bool close = wantsClose(request);
    {
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(r.status));
        if (!r.contentType.isEmpty()) // a 304 has no body to describe
            responder.writeHeader("Content-Type", r.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(r.body.size()));
        // Nothing is cached unless the handler says so (the public revocation list).
        const bool ownCacheControl =
            std::any_of(r.headers.begin(), r.headers.end(), [](const auto& h) {
                return h.first.compare("Cache-Control", Qt::CaseInsensitive) == 0;
            });
        if (!ownCacheControl)
            responder.writeHeader("Cache-Control", "no-store");
        for (const auto& [k, v] : r.headers)
            responder.writeHeader(k, v);
        if (close)
            responder.writeHeader("Connection", "close");
        responder.writeBody(r.body);
    }
    BodyGuard::responseWritten(socket);
    if (close)
        socket->disconnectFromHost(); // after the answer is sent
}

} // namespace vitalis::server
