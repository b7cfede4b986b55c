// Issue 20: `vitalis-cli stats` on a registrar's laptop — the server's figures while online,
// the laptop's own registered records "as of last sync" once the server is gone; a field agent
// gets none (SQLite and PostgreSQL, demo country).
#include "tests/support/Fixtures.h"
#include "tests/support/Office.h"
#include "tests/support/TempDir.h"

#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::test;
namespace fs = std::filesystem;

namespace
{

class StatsCli : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        dir = freshDir("e2e-stats-" + test::backendName(GetParam()));
        office = std::make_unique<Office>(GetParam(), dir);
    }
    void TearDown() override
    {
        if (HasFailure() && office)
            std::fprintf(stderr, "server log:\n%s\n", office->server().log().c_str());
        office.reset();
        if (!HasFailure())
            fs::remove_all(dir);
    }
    fs::path dir;
    std::unique_ptr<Office> office;
};

const json& row(const json& report, const std::string& key)
{
    for (const auto& r : report["rows"])
        if (r["key"] == key)
            return r;
    static const json none;
    ADD_FAILURE() << "no row " << key << " in " << report.dump();
    return none;
}

} // namespace

TEST_P(StatsCli, ServerFiguresOnlineLaptopFiguresAsOfLastSyncOffline)
{
    CliDevice& registrar = office->laptop("registrar", "registrar.ald");
    const json fields = birthDeclaration(serverClock(), "Amina", "Banda");
    const std::string year = fields["child_birth_date"].get<std::string>().substr(0, 4);
    for (const char* first : {"Amina", "Kofi"}) {
        const std::string id =
            registrar.declare("birth", birthDeclaration(serverClock(), first, "Banda"));
        registrar.ok({"action", id, "register"});
    }
    registrar.sync();
    const std::vector<std::string> ask = {"stats",    "--event",  "birth", "--by",
                                          "district", "--period", year};

    const json online = registrar.ok(ask);
    EXPECT_EQ(online["source"], "server");
    ASSERT_EQ(online["rows"].size(), 1u) << "registrar.ald sees Aldmoor only: " << online.dump();
    EXPECT_EQ(row(online, "VD-N-ALD")["registrations"], 2);
    EXPECT_TRUE(row(online, "VD-N-ALD")["completeness_percent"].is_number()) << online.dump();

    CliDevice& agent = office->laptop("agent", "agent.ald");
    const CommandRun refused = agent.run({"stats", "--json"});
    EXPECT_NE(refused.code, 0) << refused.describe();
    EXPECT_NE(refused.err.find("statistics"), std::string::npos) << refused.describe();

    office->server().stop();
    const json offline = registrar.ok(ask);
    EXPECT_EQ(offline["source"], "laptop");
    EXPECT_GT(offline["as_of"].get<std::int64_t>(), 0);
    EXPECT_EQ(row(offline, "VD-N-ALD")["registrations"], 2) << offline.dump();
    const CommandRun plain = registrar.run(ask);
    EXPECT_EQ(plain.code, 0) << plain.describe();
    EXPECT_NE(plain.out.find("as of last sync"), std::string::npos) << plain.describe();
    EXPECT_NE(plain.out.find("Aldmoor"), std::string::npos) << plain.describe();
}

INSTANTIATE_TEST_SUITE_P(Backends, StatsCli, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         BackendName());
