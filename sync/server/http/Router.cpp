#include "sync/server/http/Router.h"

namespace vitalis::server
{

void Router::add(QByteArray method, const QString& pattern, Handler handler, bool onEventLoop)
{
    Route r;
    r.method = std::move(method);
    r.name = pattern;
    for (const QString& seg : pattern.split(u'/', Qt::SkipEmptyParts))
        r.segments << (seg.startsWith(u'{') ? QStringLiteral("{}") : seg);
    r.handler = std::move(handler);
    r.onEventLoop = onEventLoop;
    routes_.push_back(std::move(r));
}

void Router::add(QByteArray method, const QString& pattern, QList<QByteArray> bodyTypes,
                 Handler handler)
{
    add(std::move(method), pattern, std::move(handler));
    routes_.back().bodyTypes = std::move(bodyTypes);
}

Router::Match Router::match(const QByteArray& method, const QString& path) const
{
    Match m;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (const Route& r : routes_) {
        if (r.segments.size() != parts.size())
            continue;
        QStringList params;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            if (r.segments[i] == u"{}")
                params << parts[i];
            else
                ok = r.segments[i] == parts[i];
        }
        if (!ok)
            continue;
        m.pathKnown = true;
        if (r.method == method) {
            m.route = &r;
            m.params = params;
            return m;
        }
    }
    return m;
}

} // namespace vitalis::server
