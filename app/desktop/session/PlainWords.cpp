#include "app/desktop/session/PlainWords.h"

#include <algorithm>

namespace vitalis::desktop
{

QString PlainWords::isolated(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QChar(0x2068) + text + QChar(0x2069); // FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
}

QString PlainWords::dataSize(std::uint64_t bytes)
{
    // The units people know (KB, MB; Ko, Mo in French), never MiB, and digits 0-9 in every
    // language like dates and counts (docs/user-guide.md, Languages).
    constexpr double kMB = 1024.0 * 1024.0;
    if (bytes < 1024 * 1024) {
        const std::uint64_t kb = std::max<std::uint64_t>(1, (bytes + 1023) / 1024);
        return tr("%1 KB", "file size, kilobytes").arg(QString::number(kb));
    }
    const double mb = static_cast<double>(bytes) / kMB;
    return tr("%1 MB", "file size, megabytes").arg(QString::number(mb, 'f', mb < 10 ? 1 : 0));
}

QString PlainWords::networkReason(const QString& code)
{
    if (code == QLatin1String("tls"))
        return tr("The server's identity could not be checked; tell your IT team.");
    if (code == QLatin1String("timeout"))
        return tr("The server did not answer in time.");
    if (code == QLatin1String("io"))
        return tr("The connection was cut off.");
    if (code == QLatin1String("no-network"))
        return tr("This laptop is not connected to any network.");
    if (code == QLatin1String("not-ready"))
        return tr("The server answered but is not ready.");
    return tr("The server could not be reached.");
}

QString PlainWords::noConnection(const QString& reason)
{
    const QString main = tr("No connection to the server: your work is kept and will be sent "
                            "when the connection returns.");
    return reason.isEmpty() ? main : main + QLatin1Char(' ') + reason;
}

QString PlainWords::syncProblem(std::optional<sync::SyncError::Kind> kind, const QString& code)
{
    using K = sync::SyncError::Kind;
    if (!kind)
        return tr("The sync could not start on this laptop; ask your IT team.");
    switch (*kind) {
    case K::Network:
        return noConnection(networkReason(code));
    case K::Server:
        return tr("The server has a problem right now; your work is kept and will be sent later.");
    case K::NotLoggedIn:
        return tr("Sync stopped: sign in again online to send your work.");
    case K::Refused:
        return tr("The server refused this laptop's request; ask your IT team.");
    case K::Busy:
        return tr("Another sync of your work is still running; try again in a moment.");
    case K::Cancelled:
        return tr("Sync cancelled. Your work is kept and will be sent at the next sync.");
    case K::Local:
        return tr("This laptop could not read or save your work; ask your IT team.");
    case K::ResetRequired:
    case K::MutationGap:
        break;
    }
    return tr("The sync did not finish; it will try again.");
}

} // namespace vitalis::desktop
