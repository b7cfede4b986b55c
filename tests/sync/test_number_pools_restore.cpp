// Offline registration and backup restores (issue 15, "Must be shown" 4): a server restored
// from a backup taken before it handed out number blocks must never issue again a number a
// device holds. SQLite: `vitalis-server restore`; PostgreSQL: pg_restore into a new database,
// then `vitalis-server carry-numbers --from-database OLD` (docs/admin-guide.md).
#include "core/RegistrationNumber.h"
#include "core/store/NumberPoolRepository.h"
#include "tests/support/SyncTest.h"
#include "tests/support/TestServer.h"

#include <set>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

int shell(const std::string& command, std::string* output)
{
    const std::string cmd = command + " 2>&1";
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p)
        return -1;
    char buf[4096];
    while (std::fgets(buf, sizeof buf, p))
        *output += buf;
    const int rc = ::pclose(p);
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

class NumberPoolRestore : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        dir = freshDir("pools-restore-" + backendName(GetParam()));
        server = std::make_unique<TestServer>(GetParam(), dir / "server");
        server->start();
    }
    void TearDown() override
    {
        if (HasFailure())
            std::cerr << "--- server output ---\n" << server->log() << "\n";
        server.reset();
        if (!HasFailure())
            fs::remove_all(dir);
    }
    std::unique_ptr<TestClient> device(const std::string& name, const std::string& user)
    {
        auto c = std::make_unique<TestClient>(dir / name, server->url());
        c->login(user);
        return c;
    }
    void backup()
    {
        std::string out;
        if (GetParam() == Backend::Sqlite) {
            ASSERT_EQ(server->admin({QStringLiteral("backup"), QStringLiteral("--out"),
                                     QString::fromStdString((dir / "backup.db").string())},
                                    &out),
                      0)
                << out;
            return;
        }
        ASSERT_EQ(shell("pg_dump --format=custom --file='" + (dir / "backup.dump").string() +
                            "' --dbname='" + server->databaseUrl() + "'",
                        &out),
                  0)
            << out;
    }
    // The admin guide's restore, with the numbers of the replaced database carried forward.
    void restore()
    {
        std::string out;
        if (GetParam() == Backend::Sqlite) {
            ASSERT_EQ(server->admin({QStringLiteral("restore"), QStringLiteral("--from"),
                                     QString::fromStdString((dir / "backup.db").string())},
                                    &out),
                      0)
                << out;
            EXPECT_NE(out.find("number block(s) carried forward"), std::string::npos) << out;
            return;
        }
        const std::string old = server->databaseUrl();
        const std::string fresh = server->createEmptyDatabase("restored");
        ASSERT_EQ(shell("pg_restore --no-owner --exit-on-error --dbname='" + fresh + "' '" +
                            (dir / "backup.dump").string() + "'",
                        &out),
                  0)
            << out;
        server->useDatabase(fresh);
        out.clear();
        ASSERT_EQ(server->admin({QStringLiteral("carry-numbers"), QStringLiteral("--from-database"),
                                 QString::fromStdString(old)},
                                &out),
                  0)
            << out;
        EXPECT_NE(out.find("1 number block(s) carried forward"), std::string::npos) << out;
    }

    fs::path dir;
    std::unique_ptr<TestServer> server;
};

std::set<std::int64_t> sequencesOf(TestClient& c)
{
    std::set<std::int64_t> out;
    for (const auto& b : NumberPoolRepository(c.store().db()).blocks())
        for (std::int64_t s = b.firstSeq; s <= b.lastSeq; ++s)
            out.insert(s);
    return out;
}

TEST_P(NumberPoolRestore, RestoredServerNeverIssuesANumberADeviceHolds)
{
    auto a = device("a", "registrar.ald");
    auto b = device("b", "registrar.ald"); // a second laptop; no pool yet
    backup();                              // before any block was handed out
    ASSERT_FALSE(HasFailure());

    ASSERT_TRUE(a->sync().ok);
    const std::set<std::int64_t> held = sequencesOf(*a);
    ASSERT_EQ(held.size(), 100u);
    std::vector<Record> offline; // registered with pool numbers, not yet pushed
    for (int i = 0; i < 5; ++i) {
        const Record d = a->declare(birthDeclaration(serverClock(), "Held" + std::to_string(i)));
        offline.push_back(a->act(d.id, RecordAction::Register));
        ASSERT_FALSE(offline.back().registrationNumber.empty());
    }

    server->stop();
    restore();
    ASSERT_FALSE(HasFailure());
    server->start();

    // Another laptop (no pool: it never synced) registers after the restore: the server
    // numbers those records from its counter at sync.
    std::vector<std::string> online;
    for (int i = 0; i < 3; ++i) {
        const Record d = b->declare(birthDeclaration(serverClock(), "Online" + std::to_string(i)));
        const Record r = b->act(d.id, RecordAction::Register);
        EXPECT_TRUE(r.registrationNumber.empty()) << "b holds no pool";
        online.push_back(d.id);
    }
    ASSERT_TRUE(b->syncUntilOk().ok);
    std::set<std::string> numbers;
    for (const auto& id : online) {
        const std::string n = b->serverRecord(id)["registration_number"];
        const auto parsed = registration_number::parse(n);
        ASSERT_TRUE(parsed) << n;
        EXPECT_EQ(held.count(parsed->sequence), 0u) << n << " was in device a's block";
        numbers.insert(n);
    }
    // The block b received after the restore does not overlap a's either.
    for (const auto s : sequencesOf(*b))
        EXPECT_EQ(held.count(s), 0u) << "sequence " << s << " reserved twice";

    // a syncs: its numbers stand, none voided.
    const auto report = a->syncUntilOk();
    ASSERT_TRUE(report.ok) << report.error;
    EXPECT_EQ(report.numbersVoided, 0);
    for (const auto& r : offline) {
        EXPECT_EQ(a->serverRecord(r.id)["registration_number"], r.registrationNumber);
        EXPECT_TRUE(numbers.insert(r.registrationNumber).second) << r.registrationNumber;
    }
    EXPECT_EQ(numbers.size(), 8u);
}

INSTANTIATE_TEST_SUITE_P(Backends, NumberPoolRestore,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres), BackendName());

// Without the replaced database, restore refuses unless the admin accepts the consequence.
TEST(NumberPoolRestoreCommand, RefusesWithoutTheReplacedDatabaseUnlessAccepted)
{
    const fs::path dir = freshDir("pools-restore-refusal");
    TestServer server(Backend::Sqlite, dir / "server");
    server.start();
    const QString backupFile = QString::fromStdString((dir / "b.db").string());
    std::string out;
    ASSERT_EQ(server.admin({QStringLiteral("backup"), QStringLiteral("--out"), backupFile}, &out),
              0)
        << out;
    server.stop();
    const fs::path live = server.database().sqlitePath();
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(live.string() + suffix);
    out.clear();
    EXPECT_NE(server.admin({QStringLiteral("restore"), QStringLiteral("--from"), backupFile}, &out),
              0);
    EXPECT_NE(out.find("--accept-lost-number-blocks"), std::string::npos) << out;
    EXPECT_FALSE(fs::exists(live)) << "a refused restore put nothing in place";
    out.clear();
    EXPECT_EQ(server.admin({QStringLiteral("restore"), QStringLiteral("--from"), backupFile,
                            QStringLiteral("--accept-lost-number-blocks")},
                           &out),
              0)
        << out;
    EXPECT_NE(out.find("NOT carried forward"), std::string::npos) << out;
    EXPECT_TRUE(fs::exists(live));
    if (!::testing::Test::HasFailure())
        fs::remove_all(dir);
}

} // namespace
