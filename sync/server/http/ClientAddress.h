// Which address a request comes from, for the access log and the login throttle: the peer,
// or, only when the peer is a configured trusted proxy (the load balancer), the nearest
// address in X-Forwarded-For that is not itself a trusted proxy. Anyone else's header is
// ignored, so a client cannot pick the address its failed logins are counted against.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QStringList>
#include <utility>
#include <vector>

namespace vitalis::server
{

class ClientAddress
{
public:
    ClientAddress() = default;
    // Addresses or CIDR subnets ("10.0.0.7", "10.0.0.0/24", "fd00::/8"); throws
    // std::invalid_argument naming a malformed entry.
    explicit ClientAddress(const QStringList& trustedProxies);

    QHostAddress of(const QHostAddress& peer,
                    const QList<QPair<QByteArray, QByteArray>>& headers) const;

private:
    bool trusted(const QHostAddress& address) const;
    std::vector<std::pair<QHostAddress, int>> proxies_;
};

} // namespace vitalis::server
