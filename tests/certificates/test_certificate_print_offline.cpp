// Must be shown (issue 16): a birth registered on the server, printed on a laptop that is
// offline: the PDF renders (pdftoppm), its QR reads back (zbarimg) and `vitalis-cli verify`
// says valid with the record's names and number; a reprint without a reason is refused on the
// laptop; after the next sync the print reaches the server once and another device's history
// of the record shows it. Real server process on SQLite and PostgreSQL, keys in the keychain.
#include "tests/support/CliDevice.h"
#include "tests/support/CommandRun.h"
#include "tests/support/Fixtures.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestDatabase.h"

#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::test;
namespace fs = std::filesystem;

class CertificatePrintOffline : public ::testing::TestWithParam<Backend>
{
protected:
    fs::path dir = freshDir("print-offline");
    fs::path root = dir / "root.key";
    fs::path serverKey = dir / "server.key";

    void ceremony()
    {
        const CommandRun init =
            runCommand({VITALIS_SERVER_BIN, "keys", "init-root", "--out", root.string()});
        ASSERT_EQ(init.code, 0) << init.describe();
        const CommandRun certify =
            runCommand({VITALIS_SERVER_BIN, "keys", "certify-server", "--root", root.string(),
                        "--out", serverKey.string()});
        ASSERT_EQ(certify.code, 0) << certify.describe();
    }
    std::vector<std::string> printArgs(const std::string& id, const std::string& pdf)
    {
        return {"certificate",
                "print",
                id,
                "--template",
                "birth-certificate",
                "--lang",
                "en",
                "--collector",
                "mother",
                "--id-type",
                "national_id",
                "--id-number",
                "1234567897",
                "--id-checked",
                "--fee-receipt",
                "R-0001",
                "--pdf",
                pdf};
    }
};

TEST_P(CertificatePrintOffline, PrintedOfflineVerifiesAndReachesTheServerOnce)
{
    ceremony();
    TestDatabase database(GetParam(), Seed::Demo);
    ServerProcess server(database.url(), {QStringLiteral("--workers"), QStringLiteral("2"),
                                          QStringLiteral("--certificate-key"),
                                          QString::fromStdString(serverKey.string())});
    server.start();
    CliDevice laptop("laptop", dir), other("other", dir);
    laptop.enrol(server.url(), "registrar.ald");
    other.enrol(server.url(), "regagent.ald");
    const std::string id =
        laptop.declare("birth", birthDeclaration(serverClock(), "Amina", "Banda"));
    laptop.sync();
    laptop.ok({"action", id, "register"});
    laptop.sync(); // registered on the server; the laptop's issuing key certified at this sync
    const std::string number = laptop.show(id)["registrationNumber"];
    ASSERT_FALSE(number.empty());

    server.stop(); // the office loses its connection
    const std::string pdf = (dir / "birth.pdf").string();
    const json printed = laptop.ok(printArgs(id, pdf));
    EXPECT_EQ(printed["copy_number"], 1);
    ASSERT_TRUE(fs::exists(pdf));
    const CommandRun ppm = runCommand(
        {"/usr/bin/pdftoppm", "-r", "200", "-png", "-singlefile", pdf, (dir / "page").string()});
    ASSERT_EQ(ppm.code, 0) << ppm.describe();
    const CommandRun zbar =
        runCommand({"/usr/bin/zbarimg", "--raw", "-q", (dir / "page.png").string()});
    ASSERT_EQ(zbar.code, 0) << zbar.describe();
    std::string qr = zbar.out;
    qr.erase(qr.find_last_not_of("\r\n") + 1);
    EXPECT_EQ(qr, printed["qr"]);
    const json verdict = laptop.ok({"verify", "--qr", qr, "--root", root.string() + ".pub"});
    EXPECT_EQ(verdict["verdict"], "valid") << verdict.dump();
    EXPECT_EQ(verdict["claims"]["registrationNumber"], number);
    EXPECT_EQ(verdict["claims"]["givenNames"], "Amina");
    EXPECT_EQ(verdict["claims"]["familyName"], "Banda");
    EXPECT_EQ(verdict["claims"]["motherName"], "Ruth Banda");

    // A reprint needs a reason, on the laptop already.
    const CommandRun reprint = laptop.run(printArgs(id, (dir / "again.pdf").string()));
    EXPECT_NE(reprint.code, 0) << reprint.describe();
    EXPECT_NE(reprint.err.find("reason"), std::string::npos) << reprint.describe();

    server.start();
    laptop.sync();
    laptop.sync(); // a second sync sends nothing more
    other.sync();  // another device of the office pulls the record and reads its history
    const json history = other.ok({"history", id, "--from-server"});
    int prints = 0;
    for (const auto& e : history)
        if (e["action"] == "certify") {
            ++prints;
            EXPECT_EQ(e["print"]["copy_number"], 1) << e.dump();
            EXPECT_EQ(e["print"]["template_id"], "birth-certificate");
            EXPECT_EQ(e["print"]["collector"]["relation"], "mother");
            EXPECT_EQ(e["print"]["receipt_number"], "R-0001");
        }
    EXPECT_EQ(prints, 1) << history.dump();
    if (!::testing::Test::HasFailure())
        fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Backends, CertificatePrintOffline,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres), BackendName());
