// Qt HttpServer front end: copies each request, runs its handler on a worker thread (one DB
// connection per worker) and writes the answer back on the event loop. Gzip both ways,
// body limit through BodyGuard, JSON errors for everything that goes wrong.
#pragma once

#include "sync/server/http/BodyGuard.h"
#include "sync/server/http/Metrics.h"
#include "sync/server/http/Router.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QThreadPool>
#include <optional>

namespace vitalis::server
{

class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HttpServer(const Router& router, Metrics& metrics, BodyLimits limits, int workers,
               QObject* parent = nullptr);
    ~HttpServer() override;

    // Returns the bound port (pass 0 to let the OS choose) or 0 on failure.
    quint16 listenOn(const QHostAddress& address, quint16 port,
                     const std::optional<QSslConfiguration>& tls, QString* error);
    void waitForWorkers();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void write(QTcpSocket* socket, const QHttpServerRequest& request, const ApiResponse& r);

    const Router& router_;
    Metrics& metrics_;
    BodyLimits limits_;
    QThreadPool pool_;
};

// Runs one handler with the request body inflated, exceptions turned into JSON errors and
// the response gzipped when the client accepts it. Public for the in-process tests.
ApiResponse runHandler(const Route& route, ApiRequest& request, qint64 maxBodyBytes);

} // namespace vitalis::server
