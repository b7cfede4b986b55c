#include "sync/server/http/AccessLog.h"

#include <QDateTime>
#include <stdexcept>

namespace vitalis::server
{

AccessLog::AccessLog(const QString& target)
{
    if (target.isEmpty())
        return;
    if (target == u"-") {
        out_ = stderr;
        return;
    }
    out_ = std::fopen(target.toLocal8Bit().constData(), "a");
    if (!out_)
        throw std::invalid_argument("--access-log: cannot open '" + target.toStdString() +
                                    "' for appending");
    owned_ = true;
}

AccessLog::~AccessLog()
{
    if (owned_)
        std::fclose(out_);
}

void AccessLog::write(const AccessLogEntry& e, qint64 nowMillis)
{
    if (!out_)
        return;
    QString user = e.user;
    for (QChar& c : user)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            c = u'_'; // one token per column, whatever a username holds
    const QString time =
        QDateTime::fromMSecsSinceEpoch(nowMillis, Qt::UTC).toString(Qt::ISODateWithMs);
    // Space-separated, one field per column; a missing user is "-" so columns stay aligned.
    const QByteArray line = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8ms\n")
                                .arg(time, e.remote.isEmpty() ? u"-"_qs : e.remote,
                                     user.isEmpty() ? u"-"_qs : user, e.method, e.route)
                                .arg(e.status)
                                .arg(e.bytes)
                                .arg(e.seconds * 1000.0, 0, 'f', 1)
                                .toUtf8();
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), out_);
    std::fflush(out_);
}

} // namespace vitalis::server
