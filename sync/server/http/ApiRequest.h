// A request as the handlers see it: a plain copy of what Qt HttpServer parsed, safe to hand
// to a worker thread (no references into the socket or Qt's per-connection request object).
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace vitalis::server
{

struct ApiRequest {
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remote;
    QStringList pathParams; // filled by the router for {id}-style segments
    mutable QString user;   // set once the access token is checked, for the access log

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    bool acceptsGzip() const { return header("Accept-Encoding").contains("gzip"); }
};

} // namespace vitalis::server
