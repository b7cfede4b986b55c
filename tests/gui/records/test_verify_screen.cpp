// The Verify certificate screen, by keyboard as a clerk with a USB scanner uses it: the QR text
// typed into the field and Enter shows the verdict in words and the signed fields; a tampered
// text says NOT VALID and why; the revocation list stored by the last sync turns a withdrawn
// key's certificate down; a photo of the QR is read by zbarimg; no root key says what to do.
#include "RecordsTestSupport.h"
#include "app/desktop/records/VerifyScreen.h"
#include "certificates/CertificateIssuer.h"
#include "certificates/KeyFile.h"
#include "certificates/QrCode.h"
#include "certificates/RevocationList.h"
#include "core/store/RevocationListRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <fstream>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::certificates;
using namespace vitalis::desktop;
using namespace vitalis::test;

namespace
{

class VerifyScreenTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        session = profile.openSession(clock);
        keyfile::writePublic(rootFile(), root.publicKey());
        screen = std::make_unique<VerifyScreen>(*session, rootFile());
        screen->show();
        screen->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(screen.get()));
        screen->reset();
    }
    std::filesystem::path rootFile() const
    {
        return std::filesystem::path(dir.path().toStdString()) / "root.pub";
    }
    std::string certificate(const std::string& number = "ONE-2026-000042") const
    {
        CertificateClaims c;
        c.registrationNumber = number;
        c.eventType = "birth";
        c.givenNames = "Amina Wanjiru";
        c.familyName = "Otieno";
        c.sex = "female";
        c.dateOfEvent = "2026-02-14";
        c.issuingOffice = "Office One";
        c.issuedAt = now() - 60;
        return CertificateIssuer(device, deviceCertificate, serverCertificate).sign(c);
    }
    std::int64_t now() const { return clock.nowMillis() / 1000; }
    // What the scanner does: types the text into the focused field and presses Enter.
    void scan(const std::string& text)
    {
        screen->reset();
        QTest::keyClicks(QApplication::focusWidget(), QString::fromStdString(text));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    std::string field(const std::string& label) const
    {
        QTableWidget* t = screen->fieldsTable();
        for (int i = 0; i < t->rowCount(); ++i)
            if (t->item(i, 0)->text().toStdString() == label)
                return t->item(i, 1)->text().toStdString();
        return {};
    }

    SystemClock clock;
    GuiTestProfile profile{"local_registrar"};
    std::unique_ptr<DesktopSession> session;
    QTemporaryDir dir;
    SigningKey root = SigningKey::generate();
    SigningKey server = SigningKey::generate();
    SigningKey device = SigningKey::generate();
    KeyCertificate serverCertificate =
        KeyCertificate::issue(server.publicKey(), KeyRole::Server, now() - 86400, 365, root);
    KeyCertificate deviceCertificate =
        KeyCertificate::certifyDevice(device.publicKey(), server, now() - 3600);
    std::unique_ptr<VerifyScreen> screen;
};

TEST_F(VerifyScreenTest, AScannedValidCertificateShowsItsVerdictAndSignedFields)
{
    EXPECT_EQ(QApplication::focusWidget(), screen->input()) << "ready for the scanner";
    scan(certificate());
    EXPECT_EQ(screen->verdictLabel()->text().toStdString(),
              "VALID: this certificate was issued by the civil registry");
    EXPECT_EQ(screen->verdictLabel()->property("verdict").toString().toStdString(), "valid");
    EXPECT_TRUE(screen->reasonLabel()->text().isEmpty());
    EXPECT_EQ(field("Registration number"), "ONE-2026-000042");
    EXPECT_EQ(field("Given names"), "Amina Wanjiru");
    EXPECT_EQ(field("Family name"), "Otieno");
    EXPECT_EQ(field("Sex"), "Female");
    EXPECT_TRUE(screen->listLabel()->text().toStdString().starts_with("Not checked"))
        << "no sync yet";
    // The next scan replaces the text: it is selected.
    EXPECT_TRUE(screen->input()->hasSelectedText());
}

TEST_F(VerifyScreenTest, ATamperedCertificateSaysNotValidAndWhy)
{
    const std::string good = certificate();
    // A forger's copy: the same claims under a signature by a key the root never certified.
    const SigningKey forger = SigningKey::generate();
    const std::string forged =
        CertificateIssuer(
            forger, KeyCertificate::certifyDevice(forger.publicKey(), forger, now()),
            KeyCertificate::issue(forger.publicKey(), KeyRole::Server, now(), 1, forger))
            .sign(CertificateClaims{"ONE-2026-000042", "birth", "Amina", "Otieno", "female", "", "",
                                    "", "", "", "", 1, now()});
    scan(forged);
    EXPECT_TRUE(screen->verdictLabel()->text().toStdString().starts_with("NOT VALID"));
    EXPECT_EQ(screen->verdictLabel()->property("verdict").toString().toStdString(),
              "unknown_or_untrusted_key");
    EXPECT_TRUE(screen->reasonLabel()->text().toStdString().starts_with("Why: "));
    EXPECT_EQ(field("Family name"), "Otieno") << "shown so it can be compared with the paper";

    scan(good.substr(0, good.size() - 3) + "AAA");
    EXPECT_TRUE(screen->verdictLabel()->text().toStdString().starts_with("NOT VALID"));
}

TEST_F(VerifyScreenTest, TheListOfTheLastSyncTurnsDownAWithdrawnKey)
{
    RevocationList list;
    list.issuedAt = now();
    list.revokedKeys.push_back({device.keyId(), now() - 600});
    list.voided.push_back("ONE-2026-000099");
    RevocationListRepository(session->store().db())
        .replace(list.sign(server, serverCertificate), clock.nowMillis());

    scan(certificate());
    EXPECT_EQ(screen->verdictLabel()->text().toStdString(),
              "NOT VALID: the issuing key was withdrawn before this was issued");
    EXPECT_TRUE(screen->listLabel()->text().toStdString().starts_with("Checked against"));
    scan(certificate("ONE-2026-000099"));
    EXPECT_EQ(screen->verdictLabel()->property("verdict").toString().toStdString(), "key_revoked");
}

TEST_F(VerifyScreenTest, AVoidedNumberIsCancelled)
{
    RevocationList list;
    list.issuedAt = now();
    list.voided.push_back("ONE-2026-000099");
    RevocationListRepository(session->store().db())
        .replace(list.sign(server, serverCertificate), clock.nowMillis());
    scan(certificate("ONE-2026-000099"));
    EXPECT_EQ(screen->verdictLabel()->text().toStdString(),
              "NOT VALID: this certificate was cancelled by the registry");
    scan(certificate("ONE-2026-000100"));
    EXPECT_EQ(screen->verdictLabel()->property("verdict").toString().toStdString(), "valid");
}

TEST_F(VerifyScreenTest, APhotoOfTheQrIsReadAndChecked)
{
    const std::string png = (std::filesystem::path(dir.path().toStdString()) / "qr.png").string();
    const Bytes image = QrCode::encode(certificate()).toPng();
    std::ofstream(png, std::ios::binary)
        .write(reinterpret_cast<const char*>(image.data()), static_cast<long>(image.size()));
    screen->verifyImage(QString::fromStdString(png));
    EXPECT_EQ(screen->verdictLabel()->property("verdict").toString().toStdString(), "valid");
    EXPECT_EQ(field("Registration number"), "ONE-2026-000042");

    screen->verifyImage(QString::fromStdString(rootFile().string())); // not an image
    EXPECT_TRUE(screen->verdictLabel()->text().toStdString().starts_with(
        "No certificate QR code could be read"));
    EXPECT_EQ(screen->fieldsTable()->rowCount(), 0);
}

TEST_F(VerifyScreenTest, KeyboardReachesEveryControlAndNoRootKeySaysWhatToDo)
{
    QTest::keyClick(screen->input(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), screen->checkButton());
    QTest::keyClick(screen->checkButton(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), screen->openPhotoButton());

    std::filesystem::remove(rootFile());
    scan(certificate());
    EXPECT_TRUE(screen->verdictLabel()->text().contains(QStringLiteral("Ask your administrator")));
    scan("");
    EXPECT_EQ(screen->verdictLabel()->text().toStdString(),
              "Scan the QR code or type its text first.");
}

} // namespace
