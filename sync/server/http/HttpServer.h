// Qt HttpServer front end: copies each request, runs its handler on a worker thread (one DB
// connection per worker) and writes the answer back on the event loop. Gzip both ways,
// body limit, timeouts and connection cap through ConnectionTracker/BodyGuard, JSON errors for
// everything that goes wrong, one access-log line per request, and a draining shutdown.
#pragma once

#include "core/Clock.h"
#include "sync/server/http/AccessLog.h"
#include "sync/server/http/ClientAddress.h"
#include "sync/server/http/ConnectionTracker.h"
#include "sync/server/http/Metrics.h"
#include "sync/server/http/Router.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QThreadPool>
#include <functional>
#include <optional>

namespace vitalis::server
{

struct HttpSettings {
    BodyLimits limits;
    int maxConnections = 1000;
    int workers = 4;
    int drainTimeoutMs = 30'000; // shutdown: longest wait for requests being handled
    QStringList trustedProxies;  // whose X-Forwarded-For names the client (ClientAddress)
};

class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HttpServer(const Router& router, Metrics& metrics, AccessLog& accessLog, const Clock& clock,
               HttpSettings settings, QObject* parent = nullptr);
    ~HttpServer() override;

    // Returns the bound port (pass 0 to let the OS choose) or 0 on failure.
    quint16 listenOn(const QHostAddress& address, quint16 port,
                     const std::optional<QSslConfiguration>& tls, QString* error);

    // Graceful stop, on the event loop: stop accepting, let requests being handled finish and
    // their answers go out, close every connection, then call `done`.
    void shutdown(std::function<void()> done);
    // After the event loop ended: runs `closeConnection` once on every worker thread (so each
    // closes its own database connection there) and stops the workers.
    void stopWorkers(const std::function<void()>& closeConnection);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void write(QTcpSocket* socket, const QHttpServerRequest& request, const ApiResponse& r);
    void finish(QTcpSocket* socket, const QHttpServerRequest* request, const ApiRequest& req,
                const QString& route, const ApiResponse& r, double seconds);

    const Router& router_;
    Metrics& metrics_;
    AccessLog& accessLog_;
    const Clock& clock_;
    HttpSettings settings_;
    ConnectionTracker tracker_;
    ClientAddress clientAddress_;
    QThreadPool pool_;
    int inFlight_ = 0; // event-loop thread only
};

// Runs one handler with the request body inflated, exceptions turned into JSON errors and
// the response gzipped when the client accepts it. Public for the in-process tests.
ApiResponse runHandler(const Route& route, ApiRequest& request, qint64 maxBodyBytes);

} // namespace vitalis::server
