// HTTPS: the server serves TLS with the configured certificate and key (and the body limit
// still holds on encrypted connections); a bad key file is refused at start.
#include "tests/support/ServerTest.h"
#include "tests/support/TestCertificate.h"

#include <QDir>
#include <QTemporaryDir>
#include <curl/curl.h>

using namespace vitalis::test;

namespace
{

// HTTPS request trusting exactly the test's own self-signed certificate.
long httpsStatus(const std::string& url, const std::string& caFile, const std::string& body,
                 std::string* out)
{
    CURL* curl = curl_easy_init();
    curl_slist* h = curl_slist_append(nullptr, "Content-Type: application/json");
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.c_str());
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L); // certificate is for "vitalis-test"
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, h);
    if (!body.empty()) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    }
    curl_easy_setopt(
        curl, CURLOPT_WRITEFUNCTION, +[](char* d, size_t s, size_t n, void* o) {
            static_cast<std::string*>(o)->append(d, s * n);
            return s * n;
        });
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
    long status = 0;
    if (curl_easy_perform(curl) == CURLE_OK)
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(h);
    curl_easy_cleanup(curl);
    return status;
}

} // namespace

TEST(ServerTls, ServesHttpsWithTheConfiguredCertificate)
{
    QTemporaryDir dir;
    const TestCertificate made = makeTestCertificate(dir.path().toStdString());
    ASSERT_TRUE(made.problem.empty()) << made.problem;
    const QString cert = QString::fromStdString(made.certFile);
    const QString key = QString::fromStdString(made.keyFile);

    TestDatabase db(Backend::Sqlite);
    ServerProcess server(db.url(),
                         {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key,
                          QStringLiteral("--max-body-bytes"), QStringLiteral("65536")});
    server.start();
    const std::string base = "https://127.0.0.1:" + std::to_string(server.port());
    std::string out;
    EXPECT_EQ(httpsStatus(base + "/healthz", cert.toStdString(), {}, &out), 200) << out;
    out.clear();
    const json login = {{"username", "agent1"}, {"password", kPassword}, {"device_id", "tls-dev"}};
    EXPECT_EQ(httpsStatus(base + "/api/v1/auth/login", cert.toStdString(), login.dump(), &out), 200)
        << out;
    out.clear();
    EXPECT_EQ(httpsStatus(base + "/api/v1/auth/login", cert.toStdString(), std::string(100000, ' '),
                          &out),
              413)
        << out;
    // Plain HTTP on the TLS port is not served.
    EXPECT_NE(httpRequest("GET", "http://127.0.0.1:" + std::to_string(server.port()) + "/healthz",
                          {}, {}, 3000)
                  .status,
              200);
    server.stop();

    QFile bad(dir.filePath(QStringLiteral("bad.pem")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("not a key");
    bad.close();
    std::string msg;
    EXPECT_NE(runServerCommand({QStringLiteral("--database"), QString::fromStdString(db.url()),
                                QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"),
                                bad.fileName(), QStringLiteral("--port"), QStringLiteral("0")},
                               &msg),
              0);
    EXPECT_NE(msg.find("--tls-key"), std::string::npos) << msg;
}
