// The public /verify page in headless Chromium (Debian's chromium): a certificate's QR text
// checked through the page's own script shows the verdict and the signed fields in the DOM
// (English, and Arabic right to left); a tampered text shows "not valid" with its reason; 100
// checks from one address in a minute are throttled (HTTP 429 with Retry-After).
#include "certificates/CertificateIssuer.h"
#include "certificates/KeyFile.h"
#include "tests/support/CommandRun.h"
#include "tests/support/ServerTest.h"
#include "tests/support/TempDir.h"

#include <QStandardPaths>
#include <QUrl>

using namespace vitalis;
using namespace vitalis::test;
using namespace vitalis::certificates;
namespace fs = std::filesystem;

namespace
{

// runCommand starts a path, not a name looked up in PATH.
std::string program(const char* name)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    EXPECT_FALSE(path.isEmpty()) << name << " is not installed (Debian package " << name << ")";
    return path.toStdString();
}

class VerifyPage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (const auto& argv :
             std::vector<QStringList>{args({"keys", "init-root", "--out", root.string()}),
                                      args({"keys", "certify-server", "--root", root.string(),
                                            "--out", serverKey.string()})}) {
            std::string out;
            ASSERT_EQ(runServerCommand(argv, &out), 0) << out;
        }
        db = std::make_unique<TestDatabase>(Backend::Sqlite);
        server = std::make_unique<ServerProcess>(
            db->url(), args({"--certificate-key", serverKey.string(), "--root-public-key",
                             root.string() + ".pub"}));
        server->start();
    }
    void TearDown() override
    {
        tearDownServer(server, db);
        if (!HasFailure())
            fs::remove_all(dir);
    }
    static QStringList args(std::initializer_list<std::string> words)
    {
        QStringList out;
        for (const std::string& w : words)
            out.append(QString::fromStdString(w));
        return out;
    }

    std::string certificate() const
    {
        const SigningKey device = SigningKey::generate();
        const std::int64_t now = serverClock().nowMillis() / 1000;
        CertificateClaims c;
        c.registrationNumber = "ONE-2026-000042";
        c.eventType = "birth";
        c.givenNames = "Amina Wanjiru";
        c.familyName = "Otieno";
        c.sex = "female";
        c.dateOfEvent = "2026-02-14";
        c.placeOfEvent = "Kisumu";
        c.issuingOffice = "Office One";
        c.issuedAt = now + 5; // after the server key's certificate, made a moment ago
        return CertificateIssuer(device,
                                 KeyCertificate::certifyDevice(
                                     device.publicKey(), keyfile::readPrivate(serverKey), now),
                                 keyfile::readCertificate(serverKey.string() + ".cert"))
            .sign(c);
    }

    // The page as Chromium leaves it once its script checked `qr` (given in the URL fragment,
    // which the page types into its field and submits as Enter would).
    std::string pageAfterCheck(const std::string& qr, const std::string& lang = "en")
    {
        const std::string url = server->url("/verify?lang=" + lang) + "#qr=" +
                                QUrl::toPercentEncoding(QString::fromStdString(qr)).toStdString();
        const CommandRun r =
            runCommand({program("chromium"), "--headless", "--no-sandbox", "--disable-gpu",
                        "--user-data-dir=" + (dir / ("chromium-" + lang)).string(),
                        "--virtual-time-budget=10000", "--dump-dom", url});
        EXPECT_EQ(r.code, 0) << r.describe();
        return r.out;
    }

    fs::path dir = freshDir("verify-page");
    fs::path root = dir / "root.key";
    fs::path serverKey = dir / "server.key";
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<ServerProcess> server;
};

// The result part of the page (the texts of every language are in its script too).
std::string resultOf(const std::string& dom)
{
    const auto start = dom.find("<div id=\"result\"");
    const auto end = dom.find("<script>", start == std::string::npos ? 0 : start);
    return start == std::string::npos ? std::string() : dom.substr(start, end - start);
}

bool has(const std::string& dom, const std::string& text)
{
    return resultOf(dom).find(text) != std::string::npos;
}

TEST_F(VerifyPage, AValidCertificateShowsItsVerdictAndSignedFields)
{
    const std::string dom = pageAfterCheck(certificate());
    EXPECT_TRUE(has(dom, "data-verdict=\"valid\"")) << dom;
    EXPECT_TRUE(has(dom, ">VALID: this certificate was issued by the civil registry<")) << dom;
    EXPECT_TRUE(has(dom, "<td data-field=\"registrationNumber\" dir=\"auto\">ONE-2026-000042</td>"))
        << dom;
    EXPECT_TRUE(has(dom, ">Amina Wanjiru<")) << dom;
    EXPECT_TRUE(has(dom, ">Otieno<")) << dom;
    EXPECT_TRUE(has(dom, ">Female<")) << dom;
    EXPECT_EQ(dom.find("<script src"), std::string::npos) << "the page loads no external script";
    EXPECT_EQ(dom.find("<link"), std::string::npos) << "nor any style sheet or font";
}

TEST_F(VerifyPage, ArabicPageReadsRightToLeft)
{
    const std::string dom = pageAfterCheck(certificate(), "ar");
    EXPECT_NE(dom.find("<html lang=\"ar\" dir=\"rtl\">"), std::string::npos) << dom;
    EXPECT_TRUE(has(dom, "data-verdict=\"valid\">صالحة: صدرت هذه الشهادة عن السجل المدني")) << dom;
    EXPECT_TRUE(has(dom, ">ONE-2026-000042<")) << dom;
}

TEST_F(VerifyPage, ATamperedTextShowsNotValidWithItsReason)
{
    std::string qr = certificate();
    // One character of the Base45 body changed: no longer the signed content (or not even
    // readable); either way the page must say NOT VALID and why.
    qr[qr.size() / 2] = qr[qr.size() / 2] == 'A' ? 'B' : 'A';
    const std::string dom = pageAfterCheck(qr);
    EXPECT_TRUE(has(dom, "class=\"invalid\"")) << dom;
    EXPECT_TRUE(has(dom, ">NOT VALID: ")) << dom;
    EXPECT_TRUE(has(dom, "Why: ")) << dom;
    EXPECT_FALSE(has(dom, "data-verdict=\"valid\"")) << dom;
}

TEST_F(VerifyPage, AHundredChecksFromOneAddressInAMinuteAreThrottled)
{
    const std::string qr = certificate();
    int ok = 0, throttled = 0;
    std::string retryAfter;
    for (int i = 0; i < 100; ++i) {
        const CommandRun r =
            runCommand({program("curl"), "-s", "-o", "/dev/null", "-D", "-", "-w", "%{http_code}",
                        "-H", "Content-Type: application/json", "--data", json{{"qr", qr}}.dump(),
                        server->url("/api/v1/verify")});
        ASSERT_EQ(r.code, 0) << r.describe();
        if (r.out.ends_with("200"))
            ++ok;
        if (r.out.ends_with("429")) {
            ++throttled;
            if (const auto at = r.out.find("Retry-After: "); at != std::string::npos)
                retryAfter = r.out.substr(at + 13, r.out.find('\r', at) - at - 13);
        }
    }
    EXPECT_EQ(ok, 60);
    EXPECT_EQ(throttled, 40);
    ASSERT_FALSE(retryAfter.empty());
    EXPECT_GE(std::stoi(retryAfter), 1);
    EXPECT_LE(std::stoi(retryAfter), 60);
}

} // namespace
