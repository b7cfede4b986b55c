// The key ceremony and verification as a registrar and a bank clerk run them: vitalis-server
// keys init-root / certify-server as processes, a device key certified by that server key, and
// vitalis-cli verify on the QR text, a PNG of it, a tampered copy and a revocation list.
#include "CertificateKeys.h"
#include "certificates/Base45.h"
#include "certificates/Deflate.h"
#include "certificates/KeyFile.h"
#include "certificates/QrCode.h"
#include "certificates/RevocationList.h"
#include "tests/support/CommandRun.h"
#include "tests/support/TempDir.h"

#include <chrono>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace vitalis::certificates;
using namespace vitalis::test;
namespace fs = std::filesystem;

namespace
{

std::int64_t now()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

class CertificateCli : public ::testing::Test
{
protected:
    fs::path dir = freshDir("certificate-cli");
    fs::path rootFile = dir / "root.key";
    fs::path serverFile = dir / "server.key";

    // The ceremony through the real server program; returns the device's issuer.
    CertificateIssuer ceremony()
    {
        const CommandRun init =
            runCommand({VITALIS_SERVER_BIN, "keys", "init-root", "--out", rootFile.string()});
        EXPECT_EQ(init.code, 0) << init.describe();
        const CommandRun certify =
            runCommand({VITALIS_SERVER_BIN, "keys", "certify-server", "--root", rootFile.string(),
                        "--out", serverFile.string(), "--days", "30"});
        EXPECT_EQ(certify.code, 0) << certify.describe();
        const SigningKey server = keyfile::readPrivate(serverFile);
        const SigningKey device = SigningKey::generate();
        return CertificateIssuer(device,
                                 KeyCertificate::certifyDevice(device.publicKey(), server, now()),
                                 keyfile::readCertificate(serverFile.string() + ".cert"));
    }

    CommandRun verify(std::vector<std::string> extra)
    {
        std::vector<std::string> argv = {VITALIS_CLI_BIN, "verify", "--root",
                                         rootFile.string() + ".pub"};
        argv.insert(argv.end(), extra.begin(), extra.end());
        return runCommand(argv);
    }

    void TearDown() override { fs::remove_all(dir); }
};

} // namespace

TEST_F(CertificateCli, RootKeyCeremonyWritesPrivateHalvesOwnerOnly)
{
    ceremony();
    struct stat st {
    };
    ASSERT_EQ(::stat(rootFile.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    ASSERT_EQ(::stat(serverFile.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    EXPECT_EQ(keyfile::readPublic(rootFile.string() + ".pub"),
              keyfile::readPrivate(rootFile).publicKey());
    const KeyCertificate server = keyfile::readCertificate(serverFile.string() + ".cert");
    EXPECT_TRUE(server.signedBy(keyfile::readPublic(rootFile.string() + ".pub")));
    EXPECT_EQ(server.validUntil - server.validFrom, 30 * kDay);
    // A second init-root never overwrites the first root key.
    const CommandRun again =
        runCommand({VITALIS_SERVER_BIN, "keys", "init-root", "--out", rootFile.string()});
    EXPECT_NE(again.code, 0);
    EXPECT_NE(again.err.find("already exist"), std::string::npos) << again.describe();
}

TEST_F(CertificateCli, ServerKeyMadeOnTheServerIsCertifiedFromItsPublicHalf)
{
    ceremony();
    const fs::path onServer = dir / "server-own.key";
    const CommandRun made =
        runCommand({VITALIS_SERVER_BIN, "keys", "new-server", "--out", onServer.string()});
    ASSERT_EQ(made.code, 0) << made.describe();
    const CommandRun certified =
        runCommand({VITALIS_SERVER_BIN, "keys", "certify-server", "--root", rootFile.string(),
                    "--public", onServer.string() + ".pub", "--out", onServer.string()});
    ASSERT_EQ(certified.code, 0) << certified.describe();
    const KeyCertificate c = keyfile::readCertificate(onServer.string() + ".cert");
    EXPECT_EQ(c.publicKey, keyfile::readPrivate(onServer).publicKey());
    EXPECT_TRUE(c.signedBy(keyfile::readPublic(rootFile.string() + ".pub")));
    EXPECT_EQ(c.validUntil - c.validFrom, 1825 * kDay);
    const CommandRun badDays =
        runCommand({VITALIS_SERVER_BIN, "keys", "certify-server", "--root", rootFile.string(),
                    "--out", (dir / "x.key").string(), "--days", "soon"});
    EXPECT_NE(badDays.code, 0);
    EXPECT_NE(badDays.err.find("--days"), std::string::npos) << badDays.describe();
}

TEST_F(CertificateCli, ValidQrShowsTheSignedFieldsAndExitsZero)
{
    const CertificateIssuer issuer = ceremony();
    const std::string text = issuer.sign(birthClaims(now()));
    const CommandRun run = verify({"--qr", text});
    EXPECT_EQ(run.code, 0) << run.describe();
    EXPECT_NE(run.out.find("VALID"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("NOT VALID"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("BR-2026-000123"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Amina Wanjiru"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Grace Achieng Otieno"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Event: Birth"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Sex: Female"), std::string::npos) << run.out;

    const CommandRun json = verify({"--qr", text, "--json"});
    EXPECT_EQ(json.code, 0) << json.describe();
    EXPECT_EQ(json.asJson()["verdict"], "valid");
    EXPECT_EQ(json.asJson()["claims"]["familyName"], "Otieno");
}

TEST_F(CertificateCli, TamperedQrIsNotValidAndSaysWhy)
{
    const CertificateIssuer issuer = ceremony();
    const std::string text = issuer.sign(birthClaims(now()));
    Bytes cose = deflate::inflate(base45::decode(text.substr(4)));
    const std::string name = "Amina";
    const auto at = std::search(cose.begin(), cose.end(), name.begin(), name.end());
    ASSERT_NE(at, cose.end());
    *at = 'E'; // "Emina"
    const std::string forged = "VC1:" + base45::encode(deflate::compress(cose));
    const CommandRun run = verify({"--qr", forged});
    EXPECT_EQ(run.code, 4) << run.describe();
    EXPECT_NE(run.out.find("NOT VALID"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("changed"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Emina"), std::string::npos) << run.out; // shows what it says
    EXPECT_EQ(verify({"--qr", forged, "--json"}).asJson()["verdict"], "invalid_signature");
}

TEST_F(CertificateCli, ImageIsReadWithZbarimg)
{
    const CertificateIssuer issuer = ceremony();
    const std::string text = issuer.sign(birthClaims(now()));
    const Bytes png = QrCode::encode(text).toPng(4);
    const fs::path image = dir / "photo.png";
    std::ofstream(image, std::ios::binary)
        .write(reinterpret_cast<const char*>(png.data()), static_cast<long>(png.size()));
    const CommandRun run = verify({"--image", image.string()});
    EXPECT_EQ(run.code, 0) << run.describe();
    EXPECT_NE(run.out.find("BR-2026-000123"), std::string::npos) << run.out;

    const CommandRun blank = verify({"--image", (dir / "root.key.pub").string()});
    EXPECT_NE(blank.code, 0);
    EXPECT_NE(blank.err.find("no QR code"), std::string::npos) << blank.describe();
}

TEST_F(CertificateCli, RevocationListFileVoidsACertificate)
{
    const CertificateIssuer issuer = ceremony();
    const std::string text = issuer.sign(birthClaims(now()));
    RevocationList list;
    list.issuedAt = now();
    list.voided = {"BR-2026-000123"};
    const Bytes signedList = list.sign(keyfile::readPrivate(serverFile),
                                       keyfile::readCertificate(serverFile.string() + ".cert"));
    const fs::path file = dir / "revocations.cbor";
    std::ofstream(file, std::ios::binary)
        .write(reinterpret_cast<const char*>(signedList.data()),
               static_cast<long>(signedList.size()));
    const CommandRun run = verify({"--qr", text, "--revocations", file.string(), "--json"});
    EXPECT_EQ(run.code, 4) << run.describe();
    EXPECT_EQ(run.asJson()["verdict"], "voided");
}

TEST_F(CertificateCli, MissingArgumentsAreUsageErrors)
{
    ceremony();
    const CommandRun none = verify({});
    EXPECT_EQ(none.code, 1);
    EXPECT_NE(none.err.find("--qr"), std::string::npos) << none.describe();
}
