// The admin guide's backup and restore, tested: a backup taken WHILE two laptops push restores
// to a server that serves them, and the laptops (ahead of the restored server) re-send their
// work on their next sync. SQLite uses `vitalis-server backup/restore`; PostgreSQL the
// documented pg_dump --format=custom / pg_restore into a new database.
#include "tests/support/CliDevice.h"
#include "tests/support/Fixtures.h"
#include "tests/support/ServerView.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestServer.h"

#include <atomic>
#include <chrono>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <thread>

using namespace vitalis;
using namespace vitalis::test;
namespace fs = std::filesystem;

namespace
{

int shell(const std::string& command, std::string* output)
{
    std::string cmd = command + " 2>&1";
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p)
        return -1;
    char buf[4096];
    while (std::fgets(buf, sizeof buf, p))
        *output += buf;
    const int rc = ::pclose(p);
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

std::set<std::string> idsOf(const json& records)
{
    std::set<std::string> out;
    for (const auto& r : records)
        out.insert(r["id"].get<std::string>());
    return out;
}

class BackupRestore : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        dir = freshDir("e2e-backup-" + test::backendName(GetParam()));
        server = std::make_unique<TestServer>(GetParam(), dir / "server");
        server->start();
    }
    void TearDown() override
    {
        if (HasFailure())
            std::fprintf(stderr, "server log:\n%s\n(files kept in %s)\n", server->log().c_str(),
                         dir.c_str());
        server.reset();
        if (!HasFailure())
            fs::remove_all(dir);
    }
    // Takes the backup the admin guide describes while the server runs; returns the records
    // in it.
    std::int64_t takeBackup()
    {
        std::string out;
        if (GetParam() == Backend::Sqlite) {
            const int rc =
                server->admin({QStringLiteral("backup"), QStringLiteral("--out"),
                               QString::fromStdString((dir / "vitalis-backup.db").string())},
                              &out);
            EXPECT_EQ(rc, 0) << out;
            const auto at = out.find(" records");
            const auto from = out.rfind(", ", at);
            return at == std::string::npos ? -1 : std::stoll(out.substr(from + 2, at - from - 2));
        }
        const int rc = shell("pg_dump --format=custom --file='" + (dir / "vitalis.dump").string() +
                                 "' --dbname='" + server->databaseUrl() + "'",
                             &out);
        EXPECT_EQ(rc, 0) << out;
        return -1;
    }
    void restore()
    {
        std::string out;
        if (GetParam() == Backend::Sqlite) {
            const int rc =
                server->admin({QStringLiteral("restore"), QStringLiteral("--from"),
                               QString::fromStdString((dir / "vitalis-backup.db").string())},
                              &out);
            ASSERT_EQ(rc, 0) << out;
            EXPECT_NE(out.find("kept as"), std::string::npos) << out;
            return;
        }
        const std::string fresh = server->createEmptyDatabase("restored");
        const int rc = shell("pg_restore --no-owner --exit-on-error --dbname='" + fresh + "' '" +
                                 (dir / "vitalis.dump").string() + "'",
                             &out);
        ASSERT_EQ(rc, 0) << out;
        server->useDatabase(fresh);
    }

    fs::path dir;
    std::unique_ptr<TestServer> server;
};

TEST_P(BackupRestore, BackupTakenWhileLaptopsPushRestoresAndTheyCatchUp)
{
    CliDevice agent("agent", dir), regagent("regagent", dir);
    agent.enrol(server->url(), "agent.ald");
    regagent.enrol(server->url(), "regagent.ald");
    ASSERT_FALSE(HasFailure());

    // Two laptops declare and push, one record at a time; the backup runs in the middle.
    constexpr int kRounds = 8, kBackupAfter = 3, kWaitFrom = 6;
    std::atomic<int> ready{0};
    std::atomic<bool> backedUp{false};
    auto work = [&](CliDevice& d) {
        for (int i = 0; i < kRounds; ++i) {
            if (i == kBackupAfter)
                ++ready;
            // Some pushes must come after the backup, so the restored server is behind.
            for (int w = 0; i >= kWaitFrom && !backedUp && w < 600; ++w)
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            d.declare("birth",
                      birthNotification(serverClock(), d.name() + std::to_string(i), "Backup"),
                      true);
            d.run({"sync", "--once"}); // a failed run is fine: the outbox keeps it
        }
    };
    std::thread t1(work, std::ref(agent)), t2(work, std::ref(regagent));
    for (int w = 0; ready < 2 && w < 1200; ++w)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    const std::int64_t inBackup = takeBackup();
    backedUp = true;
    t1.join();
    t2.join();
    ASSERT_FALSE(HasFailure());
    agent.sync();
    regagent.sync();
    const auto before = ServerView(*server, "registrar.ald").everything();
    ASSERT_EQ(before.size(), 2u * kRounds);

    server->stop();
    restore();
    ASSERT_FALSE(HasFailure());
    server->start(); // same port: the laptops know no other address
    const auto restored = ServerView(*server, "registrar.ald").everything();
    EXPECT_LT(restored.size(), before.size()) << "the backup predates the last pushes";
    if (inBackup >= 0) {
        EXPECT_EQ(static_cast<std::int64_t>(restored.size()), inBackup);
    }
    for (const auto& [id, r] : restored)
        EXPECT_TRUE(before.count(id)) << id;

    // Next sync: the laptops are ahead of the server, re-send what it lost, and converge.
    for (int round = 0; round < 2; ++round)
        for (CliDevice* d : {&agent, &regagent}) {
            const json r = d->sync();
            EXPECT_TRUE(r.value("ok", false)) << d->name() << ": " << r.dump();
        }
    const auto after = ServerView(*server, "registrar.ald").everything();
    std::set<std::string> serverIds;
    for (const auto& [id, r] : after)
        serverIds.insert(id);
    std::set<std::string> beforeIds;
    for (const auto& [id, r] : before)
        beforeIds.insert(id);
    EXPECT_EQ(serverIds, beforeIds) << "every record typed is back on the server";
    for (CliDevice* d : {&agent, &regagent}) {
        EXPECT_EQ(idsOf(d->list()), serverIds) << d->name();
        for (const auto& e : d->outbox())
            EXPECT_EQ(e["state"], "applied") << d->name() << ": " << e.dump();
    }
    // A laptop that never saw the old server gets everything too.
    CliDevice registrar("registrar", dir);
    registrar.enrol(server->url(), "registrar.ald");
    registrar.sync();
    EXPECT_EQ(idsOf(registrar.list()), serverIds);
}

INSTANTIATE_TEST_SUITE_P(Backends, BackupRestore,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         vitalis::test::BackendName());

// Bad input to the admin commands: clear errors, nothing overwritten or lost.
TEST(BackupCommands, RefuseToOverwriteOrRestoreSomethingElseAndKeepTheDatabase)
{
    const fs::path dir = freshDir("e2e-backup-commands");
    TestServer server(Backend::Sqlite, dir / "server");
    const QString out = QString::fromStdString((dir / "b.db").string());
    std::string text;
    ASSERT_EQ(server.admin({QStringLiteral("backup"), QStringLiteral("--out"), out}, &text), 0)
        << text;
    EXPECT_NE(text.find("backup written to"), std::string::npos) << text;
    const auto size = fs::file_size(dir / "b.db");
    text.clear();
    EXPECT_EQ(server.admin({QStringLiteral("backup"), QStringLiteral("--out"), out}, &text), 2);
    EXPECT_NE(text.find("already exists"), std::string::npos) << text;
    EXPECT_EQ(fs::file_size(dir / "b.db"), size);
    EXPECT_FALSE(fs::exists(dir / "b.db.partial"));

    // Not a database: refused, and the live database is where it was.
    std::ofstream(dir / "notes.txt") << "this is not a backup\n";
    const fs::path live = server.databaseUrl().substr(7);
    const auto liveSize = fs::file_size(live);
    text.clear();
    EXPECT_NE(server.admin({QStringLiteral("restore"), QStringLiteral("--from"),
                            QString::fromStdString((dir / "notes.txt").string())},
                           &text),
              0);
    EXPECT_NE(text.find("notes.txt"), std::string::npos) << text;
    EXPECT_EQ(fs::file_size(live), liveSize);
    text.clear();
    EXPECT_NE(server.admin({QStringLiteral("restore"), QStringLiteral("--from"),
                            QString::fromStdString((dir / "missing.db").string())},
                           &text),
              0);
    EXPECT_NE(text.find("no such file"), std::string::npos) << text;

    // The good backup restores, keeping the database it replaces.
    text.clear();
    ASSERT_EQ(server.admin({QStringLiteral("restore"), QStringLiteral("--from"), out}, &text), 0)
        << text;
    bool kept = false;
    for (const auto& e : fs::directory_iterator(live.parent_path()))
        kept |= e.path().filename().string().find("before-restore") != std::string::npos;
    EXPECT_TRUE(kept) << text;
    server.start();
    EXPECT_NO_THROW(ServerView(server, "registrar.ald"));
    server.stop();
    if (!::testing::Test::HasFailure())
        fs::remove_all(dir);
}

TEST(BackupCommands, PostgresIsBackedUpWithPgDump)
{
    const fs::path dir = freshDir("e2e-backup-pg-refusal");
    TestServer server(Backend::Postgres, dir / "server");
    std::string text;
    EXPECT_EQ(server.admin({QStringLiteral("backup"), QStringLiteral("--out"),
                            QString::fromStdString((dir / "x.db").string())},
                           &text),
              2);
    EXPECT_NE(text.find("pg_dump"), std::string::npos) << text;
    EXPECT_FALSE(fs::exists(dir / "x.db"));
    fs::remove_all(dir);
}

} // namespace
