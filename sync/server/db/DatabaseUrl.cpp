#include "sync/server/db/DatabaseUrl.h"

#include <QUrl>
#include <QUrlQuery>
#include <stdexcept>

namespace vitalis::server
{

DatabaseUrl DatabaseUrl::sqliteFile(const QString& path)
{
    DatabaseUrl u;
    u.dialect = Dialect::Sqlite;
    u.path = path;
    return u;
}

DatabaseUrl DatabaseUrl::parse(const QString& text)
{
    if (text.startsWith(u"sqlite:")) {
        QString path = text.mid(7);
        if (path.startsWith(u"//"))
            path = path.mid(2); // sqlite:///abs/path -> /abs/path
        if (path.isEmpty())
            throw std::invalid_argument("database URL 'sqlite:' needs a file path");
        return sqliteFile(path);
    }
    if (!text.startsWith(u"postgres://") && !text.startsWith(u"postgresql://"))
        throw std::invalid_argument("database URL must start with sqlite: or postgres:// (got '" +
                                    text.left(text.indexOf(u':') + 1).toStdString() + "...')");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        throw std::invalid_argument("database URL is not a valid URL: " +
                                    url.errorString().toStdString());
    DatabaseUrl u;
    u.dialect = Dialect::Postgres;
    u.host = url.host();
    u.port = url.port(5432);
    u.user = url.userName(QUrl::FullyDecoded);
    u.password = url.password(QUrl::FullyDecoded);
    u.database = url.path(QUrl::FullyDecoded).mid(1);
    if (u.host.isEmpty())
        throw std::invalid_argument("PostgreSQL URL has no host");
    if (u.database.isEmpty())
        throw std::invalid_argument("PostgreSQL URL has no database name (postgres://host/db)");
    const QUrlQuery query(url);
    QStringList opts;
    for (const auto& [k, v] : query.queryItems(QUrl::FullyDecoded))
        opts << k + u'=' + v;
    u.options = opts.join(u';');
    return u;
}

QString DatabaseUrl::redacted() const
{
    if (dialect == Dialect::Sqlite)
        return u"sqlite:"_qs + path;
    return QStringLiteral("postgres://%1%2@%3:%4/%5")
        .arg(user, password.isEmpty() ? QString() : QStringLiteral(":***"), host)
        .arg(port)
        .arg(database);
}

} // namespace vitalis::server
