#include "sync/server/http/ClientAddress.h"

#include <stdexcept>

namespace vitalis::server
{

namespace
{
// "::ffff:10.0.0.7" (a dual-stack socket's view of an IPv4 peer) compares as 10.0.0.7.
QHostAddress plain(const QHostAddress& a)
{
    bool isV4 = false;
    const quint32 v4 = a.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : a;
}

// One X-Forwarded-For entry: "203.0.113.9", "203.0.113.9:5123", "[2001:db8::1]:443".
QHostAddress parseHop(QByteArray hop)
{
    hop = hop.trimmed();
    if (hop.startsWith('[') && hop.contains(']'))
        hop = hop.mid(1, hop.indexOf(']') - 1);
    else if (hop.count(':') == 1)
        hop = hop.left(hop.indexOf(':'));
    return plain(QHostAddress(QString::fromLatin1(hop)));
}
} // namespace

ClientAddress::ClientAddress(const QStringList& trustedProxies)
{
    for (const QString& entry : trustedProxies) {
        const QString e = entry.trimmed();
        QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(e);
        if (!e.contains(u'/')) {
            const QHostAddress a(e);
            subnet = {a, a.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        }
        if (subnet.first.isNull())
            throw std::invalid_argument("--trusted-proxies: '" + e.toStdString() +
                                        "' is not an address or subnet");
        proxies_.emplace_back(plain(subnet.first), subnet.second);
    }
}

bool ClientAddress::trusted(const QHostAddress& address) const
{
    for (const auto& [net, bits] : proxies_)
        if (address.isInSubnet(net, bits))
            return true;
    return false;
}

QHostAddress ClientAddress::of(const QHostAddress& peer,
                               const QList<QPair<QByteArray, QByteArray>>& headers) const
{
    QHostAddress client = plain(peer);
    if (!trusted(client))
        return client;
    QList<QByteArray> hops;
    for (const auto& [name, value] : headers)
        if (name.compare("X-Forwarded-For", Qt::CaseInsensitive) == 0)
            hops += value.split(',');
    // Right to left: each trusted proxy vouches for the hop before it; the first hop no proxy
    // of ours added is the client. A malformed hop ends the walk at the last one vouched for.
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const QHostAddress hop = parseHop(*it);
        if (hop.isNull())
            break;
        client = hop;
        if (!trusted(hop))
            break;
    }
    return client;
}

} // namespace vitalis::server
