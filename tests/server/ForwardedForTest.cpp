// Behind a load balancer the client address (login throttle, access log) comes from
// X-Forwarded-For, but only when the request comes from a proxy named in --trusted-proxies;
// anyone else's header is ignored, so it cannot dodge the per-address throttle.
#include "sync/server/http/ClientAddress.h"
#include "tests/support/ServerTest.h"

#include <QFile>
#include <QTemporaryDir>

using namespace vitalis::test;
using vitalis::server::ClientAddress;

namespace
{

using Headers = QList<QPair<QByteArray, QByteArray>>;

std::string clientOf(const ClientAddress& c, const char* peer, const QByteArray& xff)
{
    Headers h;
    if (!xff.isEmpty())
        h.append({"X-Forwarded-For", xff});
    return c.of(QHostAddress(QString::fromLatin1(peer)), h).toString().toStdString();
}

TEST(ClientAddress, OnlyTrustedProxiesNameTheClient)
{
    const ClientAddress lb(QStringList{QStringLiteral("10.0.0.0/24"), QStringLiteral("10.9.9.9")});
    EXPECT_EQ(clientOf(lb, "10.0.0.5", "203.0.113.7"), "203.0.113.7");
    EXPECT_EQ(clientOf(lb, "::ffff:10.0.0.5", "203.0.113.7:5123"), "203.0.113.7");
    // Hops the client wrote itself (left of the first untrusted one) are not believed.
    EXPECT_EQ(clientOf(lb, "10.0.0.5", "1.1.1.1, 203.0.113.7, 10.9.9.9"), "203.0.113.7");
    EXPECT_EQ(clientOf(lb, "10.0.0.5", "[2001:db8::1]:443"), "2001:db8::1");
    EXPECT_EQ(clientOf(lb, "10.0.0.5", "garbage"), "10.0.0.5");
    EXPECT_EQ(clientOf(lb, "10.0.0.5", ""), "10.0.0.5");
    // Not from a trusted proxy: the header is the client's own claim.
    EXPECT_EQ(clientOf(lb, "198.51.100.3", "203.0.113.7"), "198.51.100.3");
    EXPECT_EQ(clientOf(ClientAddress(), "127.0.0.1", "203.0.113.7"), "127.0.0.1");
    EXPECT_THROW(ClientAddress(QStringList{QStringLiteral("10.0.0.0/99")}), std::invalid_argument);
    EXPECT_THROW(ClientAddress(QStringList{QStringLiteral("lb.example.org")}),
                 std::invalid_argument);
}

class ForwardedFor : public ServerTest
{
protected:
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--login-address-failures"),
                QStringLiteral("3"),
                QStringLiteral("--access-log"),
                log_.filePath(QStringLiteral("access.log")),
                QStringLiteral("--trusted-proxies"),
                trusted_};
    }
    long attempt(const std::string& user, const std::string& forwardedFor)
    {
        return httpRequest(
                   "POST", server->url("/api/v1/auth/login"),
                   json{{"username", user}, {"password", "wrong"}, {"device_id", "d"}}.dump(),
                   {{"Content-Type", "application/json"}, {"X-Forwarded-For", forwardedFor}})
            .status;
    }
    QString trusted_ = QStringLiteral("127.0.0.1");
    QTemporaryDir log_;
};

TEST_P(ForwardedFor, ThrottleCountsTheForwardedClientBehindATrustedProxy)
{
    EXPECT_EQ(attempt("agent1", "203.0.113.7"), 401);
    EXPECT_EQ(attempt("clerk1", "203.0.113.7"), 401);
    EXPECT_EQ(attempt("agent2", "203.0.113.7"), 429) << "the third failure refuses that client";
    EXPECT_EQ(attempt("clerk2", "203.0.113.7"), 429);
    EXPECT_EQ(attempt("clerk2", "203.0.113.8"), 401) << "another client behind the same proxy "
                                                        "is not";
    QFile log(log_.filePath(QStringLiteral("access.log")));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    EXPECT_TRUE(log.readAll().contains("203.0.113.8"));
}

TEST_P(ForwardedFor, HeaderFromAnUntrustedPeerIsIgnored)
{
    trusted_ = QStringLiteral("10.255.255.1");
    server = std::make_unique<ServerProcess>(db->url(), serverArgs());
    server->start();
    EXPECT_EQ(attempt("agent1", "203.0.113.1"), 401);
    EXPECT_EQ(attempt("agent1", "203.0.113.2"), 401);
    EXPECT_EQ(attempt("clerk1", "203.0.113.3"), 429) << "a forged header does not escape";
}

VITALIS_SERVER_BACKENDS(ForwardedFor);

} // namespace
