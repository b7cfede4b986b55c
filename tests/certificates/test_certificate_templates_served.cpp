// The certificate configurations come from the server (issue 16): a server whose birth
// configuration charges another copy fee hands it to the laptop at sync; the laptop, offline,
// charges that fee for a reprint (not the installed one), the server accepts the synced prints
// (its own check agrees), and the next sync asks with If-None-Match and gets a 304. Real
// server process on SQLite and PostgreSQL, `vitalis-cli` as the laptop.
#include "tests/support/CliDevice.h"
#include "tests/support/CommandRun.h"
#include "tests/support/Fixtures.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestDatabase.h"

#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace vitalis;
using namespace vitalis::test;
namespace fs = std::filesystem;

namespace
{

constexpr int kServedCopyFee = 777; // the shipped configuration says 300

std::string readAll(const fs::path& file)
{
    std::ifstream in(file);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Lines of the server's access log for the templates endpoint that ended with `status`.
int templateAnswers(const fs::path& log, int status)
{
    std::istringstream lines(readAll(log));
    int n = 0;
    for (std::string line; std::getline(lines, line);)
        n += line.find(" /api/v1/certificate-templates " + std::to_string(status) + " ") !=
                     std::string::npos
                 ? 1
                 : 0;
    return n;
}

} // namespace

class CertificateTemplatesServed : public ::testing::TestWithParam<Backend>
{
protected:
    fs::path dir = freshDir("templates-served");
    fs::path root = dir / "root.key";
    fs::path serverKey = dir / "server.key";
    fs::path certs = dir / "certificates";
    fs::path accessLog = dir / "access.log";

    void SetUp() override
    {
        ASSERT_EQ(
            runCommand({VITALIS_SERVER_BIN, "keys", "init-root", "--out", root.string()}).code, 0);
        ASSERT_EQ(runCommand({VITALIS_SERVER_BIN, "keys", "certify-server", "--root", root.string(),
                              "--out", serverKey.string()})
                      .code,
                  0);
        // The country's configuration, with another copy fee.
        fs::copy(fs::path(VITALIS_SOURCE_DIR) / "forms/definitions/certificates", certs,
                 fs::copy_options::recursive);
        json birth = json::parse(readAll(certs / "birth.json"));
        ASSERT_NE(birth["fees"]["copy"], kServedCopyFee);
        birth["fees"]["copy"] = kServedCopyFee;
        birth["templates"][0]["label"]["en"] = "Birth certificate (as served)";
        std::ofstream(certs / "birth.json") << birth.dump(2);
    }
    std::vector<std::string> printArgs(const std::string& id, const std::string& pdf,
                                       const std::string& reason = {})
    {
        std::vector<std::string> args = {"certificate",
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
        if (!reason.empty())
            args.insert(args.end(), {"--reason", reason});
        return args;
    }
};

TEST_P(CertificateTemplatesServed, ChangedFeeReachesTheLaptopAndIsUsedOffline)
{
    TestDatabase database(GetParam(), Seed::Demo);
    ServerProcess server(
        database.url(),
        {QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--certificate-key"),
         QString::fromStdString(serverKey.string()), QStringLiteral("--certificate-templates"),
         QString::fromStdString(certs.string()), QStringLiteral("--access-log"),
         QString::fromStdString(accessLog.string())});
    server.start();
    CliDevice laptop("laptop", dir);
    laptop.enrol(server.url(), "registrar.ald");
    const std::string id =
        laptop.declare("birth", birthDeclaration(serverClock(), "Amina", "Banda"));
    laptop.sync();
    laptop.ok({"action", id, "register"});
    const json registered = laptop.sync(); // the laptop keeps the server's configurations
    EXPECT_EQ(registered["certificateTemplates"], "unchanged") << registered.dump();
    EXPECT_EQ(templateAnswers(accessLog, 200), 1);

    server.stop(); // offline from here
    bool listed = false;
    for (const auto& t : laptop.ok({"certificate", "templates"}))
        listed = listed || t["labels"]["en"] == "Birth certificate (as served)";
    EXPECT_TRUE(listed) << "certificate templates lists the served configuration";
    const json first = laptop.ok(printArgs(id, (dir / "first.pdf").string()));
    EXPECT_EQ(first["fee"], 0) << first.dump(); // born 3 days before: on time
    const json copy = laptop.ok(printArgs(id, (dir / "copy.pdf").string(), "torn"));
    EXPECT_EQ(copy["copy_number"], 2);
    EXPECT_EQ(copy["fee"], kServedCopyFee) << copy.dump();
    EXPECT_EQ(copy["currency"], "VDR");

    server.start();
    const json synced = laptop.sync();
    EXPECT_EQ(synced["applied"], 2) << synced.dump(); // the server's own check agrees
    EXPECT_EQ(synced["rejected"], 0) << synced.dump();
    EXPECT_EQ(synced["certificateTemplates"], "unchanged");
    const json history = laptop.ok({"history", id, "--from-server"});
    std::vector<std::int64_t> fees;
    for (const auto& e : history)
        if (e["action"] == "certify")
            fees.push_back(e["print"]["fee"]);
    EXPECT_EQ(fees, (std::vector<std::int64_t>{0, kServedCopyFee})) << history.dump();
    // Every sync after the first asked with If-None-Match and was answered 304, no body.
    EXPECT_EQ(templateAnswers(accessLog, 200), 1) << readAll(accessLog);
    EXPECT_GE(templateAnswers(accessLog, 304), 2) << readAll(accessLog);
    if (!::testing::Test::HasFailure())
        fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Backends, CertificateTemplatesServed,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres), BackendName());
