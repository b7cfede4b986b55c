// The public /verify page in headless Chromium (Debian's chromium): a certificate's QR text
// checked through the page's own script shows the verdict and the signed fields in the DOM
// (English, and Arabic right to left); a tampered text shows "not valid" with its reason; 100
// checks from one address in a minute are throttled (HTTP 429 with Retry-After).
#include "certificates/CertificateIssuer.h"
#include "certificates/KeyFile.h"
#include "tests/support/CommandRun.h"
#include "tests/support/ServerTest.h"
#include "tests/support/TempDir.h"

#include <QUrl>

using namespace vitalis;
using namespace vitalis::test;
using namespace vitalis::certificates;
namespace fs = std::filesystem;

namespace
{

class VerifyPage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (const auto& argv : std::vector<QStringList>{
                 {"keys", "init-root", "--out", q(root)},
                 {"keys", "certify-server", "--root", q(root), "--out", q(serverKey)}}) {
            std::string out;
            ASSERT_EQ(runServerCommand(argv, &out), 0) << out;
        }
        db = std::make_unique<TestDatabase>(Backend::Sqlite);
        server = std::make_unique<ServerProcess>(
            db->url(),
            QStringList{"--signing-key", q(serverKey), "--root-public-key", q(root) + ".pub"});
        server->start();
    }
    void TearDown() override
    {
        tearDownServer(server, db);
        if (!HasFailure())
            fs::remove_all(dir);
    }
    static QString q(const fs::path& p) { return QString::fromStdString(p.string()); }

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
        const CommandRun r = runCommand({"chromium", "--headless", "--no-sandbox", "--disable-gpu",
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

bool has(const std::string& dom, const std::string& text)
{
    return dom.find(text) != std::string::npos;
}

TEST_F(VerifyPage, AValidCertificateShowsItsVerdictAndSignedFields)
{
    const std::string dom = pageAfterCheck(certificate());
    EXPECT_TRUE(has(dom, "data-verdict=\"valid\"")) << dom;
    EXPECT_TRUE(has(dom, "VALID: this certificate was issued by the civil registry")) << dom;
    EXPECT_TRUE(has(dom, "<td data-field=\"registrationNumber\" dir=\"auto\">ONE-2026-000042</td>"))
        << dom;
    EXPECT_TRUE(has(dom, ">Amina Wanjiru<")) << dom;
    EXPECT_TRUE(has(dom, ">Otieno<")) << dom;
    EXPECT_TRUE(has(dom, ">Female<")) << dom;
    EXPECT_FALSE(has(dom, "<script src")) << "the page loads no external script";
}

TEST_F(VerifyPage, ArabicPageReadsRightToLeft)
{
    const std::string dom = pageAfterCheck(certificate(), "ar");
    EXPECT_TRUE(has(dom, "dir=\"rtl\"")) << dom;
    EXPECT_TRUE(has(dom, "lang=\"ar\"")) << dom;
    EXPECT_TRUE(has(dom, "صالحة: صدرت هذه الشهادة عن السجل المدني")) << dom;
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
    EXPECT_TRUE(has(dom, "NOT VALID")) << dom;
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
            runCommand({"curl", "-s", "-o", "/dev/null", "-D", "-", "-w", "%{http_code}", "-H",
                        "Content-Type: application/json", "--data", json{{"qr", qr}}.dump(),
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
