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
#include <cstdio>

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
} // namespace

ApiResponse runHandler(const Route& route, ApiRequest& request, qint64 maxBodyBytes)
{
    ApiResponse response;
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

HttpServer::HttpServer(const Router& router, Metrics& metrics, BodyLimits limits, int workers,
                       QObject* parent)
    : QAbstractHttpServer(parent), router_(router), metrics_(metrics), limits_(limits)
{
    pool_.setMaxThreadCount(std::max(1, workers));
    pool_.setExpiryTimeout(-1); // threads keep their DB connection for the server's life
}

HttpServer::~HttpServer()
{
    pool_.waitForDone();
}

void HttpServer::waitForWorkers()
{
    pool_.waitForDone();
}

quint16 HttpServer::listenOn(const QHostAddress& address, quint16 port,
                             const std::optional<QSslConfiguration>& tls, QString* error)
{
    QTcpServer* server = nullptr;
    if (tls) {
        auto* ssl = new GuardedSslServer(limits_, this);
        ssl->setSslConfiguration(*tls);
        server = ssl;
    } else {
        server = new GuardedTcpServer(limits_, this);
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

bool HttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    BodyGuard::requestCompleted(socket);
    if (socket->property(kInFlight).toBool()) {
        // A pipelined request while one is still being worked on: answers could not be kept
        // in order, so the connection is dropped (no mainstream client pipelines).
        socket->abort();
        return true;
    }
    auto req = std::make_shared<ApiRequest>();
    req->method = methodName(request.method());
    req->path = request.url().path();
    req->query = request.query();
    req->headers = request.headers();
    req->body = request.body();
    req->remote = request.remoteAddress();

    const Router::Match m = router_.match(req->method, req->path);
    if (!m.route) {
        const ApiResponse r =
            m.pathKnown ? ApiResponse::error(ErrorCode::MethodNotAllowed,
                                             req->method.toStdString() + " is not allowed on " +
                                                 req->path.toStdString())
                        : ApiResponse::error(ErrorCode::NotFound,
                                             "no such endpoint: " + req->path.toStdString());
        metrics_.recordRequest(QStringLiteral("unmatched"), r.status, 0);
        write(socket, request, r);
        return true;
    }
    req->pathParams = m.params;
    const Route* route = m.route;
    if (route->onEventLoop) {
        QElapsedTimer t;
        t.start();
        const ApiResponse r = runHandler(*route, *req, limits_.maxBodyBytes);
        write(socket, request, r);
        metrics_.recordRequest(route->name, r.status, t.nsecsElapsed() / 1e9);
        return true;
    }
    socket->setProperty(kInFlight, true);
    QPointer<QTcpSocket> guard(socket);
    const QHttpServerRequest* requestPtr = &request;
    const qint64 maxBody = limits_.maxBodyBytes;
    pool_.start([this, req, route, guard, requestPtr, maxBody] {
        QElapsedTimer t;
        t.start();
        auto response = std::make_shared<ApiResponse>(runHandler(*route, *req, maxBody));
        QMetaObject::invokeMethod(
            this,
            [this, guard, requestPtr, response, route, t] {
                if (guard) {
                    guard->setProperty(kInFlight, false);
                    // Qt keeps one request object per connection until the socket dies, and
                    // no newer request was accepted on it (see kInFlight), so it is ours.
                    write(guard, *requestPtr, *response);
                }
                metrics_.recordRequest(route->name, response->status, t.nsecsElapsed() / 1e9);
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

void HttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    write(socket, request, ApiResponse::error(ErrorCode::NotFound, "no such endpoint"));
}

void HttpServer::write(QTcpSocket* socket, const QHttpServerRequest& request, const ApiResponse& r)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(r.status));
    responder.writeHeader("Content-Type", r.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(r.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto& [k, v] : r.headers)
        responder.writeHeader(k, v);
    responder.writeBody(r.body);
}

} // namespace vitalis::server
