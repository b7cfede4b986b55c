// Maps method + path (with {param} segments) to a handler. Handlers are thin: they decode,
// call a service and encode; the router only finds them.
#pragma once

#include "sync/server/http/ApiRequest.h"
#include "sync/server/http/ApiResponse.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace vitalis::server
{

using Handler = std::function<ApiResponse(const ApiRequest&)>;

struct Route {
    QByteArray method;
    QStringList segments; // "{}" matches any one segment
    QString name;         // metrics label, e.g. "/api/v1/records/{id}/history"
    Handler handler;
    bool onEventLoop = false; // cheap and DB-free: answered without a worker thread
    // Media types a POST body may declare (without parameters); JSON unless the route says so.
    // Empty: the handler checks the media type itself (FHIR answers in its own error shape).
    QList<QByteArray> bodyTypes{"application/json"};
};

class Router
{
public:
    void add(QByteArray method, const QString& pattern, Handler handler, bool onEventLoop = false);
    // A route whose body comes in other media types (OAuth and WebSub forms, FHIR JSON).
    void add(QByteArray method, const QString& pattern, QList<QByteArray> bodyTypes,
             Handler handler);

    struct Match {
        const Route* route = nullptr;
        QStringList params;
        bool pathKnown = false; // path exists with another method -> 405
    };
    Match match(const QByteArray& method, const QString& path) const;

private:
    std::vector<Route> routes_;
};

} // namespace vitalis::server
