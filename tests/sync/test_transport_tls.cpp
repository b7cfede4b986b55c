// The device's transport over HTTPS against the real server: it trusts the configured CA file,
// and with public-key pins it talks only to a server whose key is pinned (the primary or the
// backup pin), refusing any other with a TLS error the sync engine does not retry blindly.
#include "sync/client/CurlTransport.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestCertificate.h"
#include "tests/support/TestDatabase.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::test;

namespace
{
long healthz(const sync::TransportOptions& o)
{
    sync::CurlTransport t(o);
    return t.send({"GET", "/healthz", {}, {}}).status;
}
} // namespace

TEST(TransportTls, TheDeviceTalksOnlyToAServerWhoseKeyItPinned)
{
    QTemporaryDir dir;
    const TestCertificate cert = makeTestCertificate(dir.path().toStdString());
    ASSERT_TRUE(cert.problem.empty()) << cert.problem;
    ASSERT_EQ(cert.pin.rfind("sha256//", 0), 0u) << cert.pin;

    TestDatabase db(Backend::Sqlite);
    ServerProcess server(db.url(),
                         {QStringLiteral("--tls-cert"), QString::fromStdString(cert.certFile),
                          QStringLiteral("--tls-key"), QString::fromStdString(cert.keyFile)});
    server.start();
    sync::TransportOptions o;
    o.baseUrl = "https://127.0.0.1:" + std::to_string(server.port());
    o.caFile = cert.certFile;

    EXPECT_EQ(healthz(o), 200); // the CA file alone
    const std::string other = "sha256//" + std::string(43, 'A') + "=";
    o.pinnedKeys = {other, cert.pin}; // the server's key as the backup pin
    EXPECT_EQ(healthz(o), 200);
    o.pinnedKeys = {other};
    try {
        healthz(o);
        ADD_FAILURE() << "a server whose key is not pinned was answered";
    } catch (const sync::TransportError& e) {
        EXPECT_EQ(e.kind(), sync::TransportError::Kind::Tls) << e.what();
    }
    o.pinnedKeys.clear();
    o.caFile.clear(); // the system's CAs do not know a self-signed certificate
    try {
        healthz(o);
        ADD_FAILURE() << "an unknown self-signed certificate was trusted";
    } catch (const sync::TransportError& e) {
        EXPECT_EQ(e.kind(), sync::TransportError::Kind::Tls) << e.what();
    }
}
