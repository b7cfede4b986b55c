// Bad-network and server-loss scenarios through the fault proxy, against the real server.
//
// Knobs (environment):
//   VITALIS_SLOW_LINK_SCALE  fraction of the 500 declarations sent over the
//                            256 kbit/s + 600 ms + cut-every-20 s link (default 0.1 = 50,
//                            cuts every 2 s; 1 = the full 500 with a cut every 20 s).
//   VITALIS_PULL_SCALE       fraction of the 50,000-record cut pull (default 0.04 = 2,000).
#include "SyncTestEnv.h"

#include <cstdlib>

using namespace vitalis;
using namespace vitalis::synctest;

namespace
{

double envScale(const char* name, double fallback)
{
    const char* v = std::getenv(name);
    return v && *v ? std::atof(v) : fallback;
}

class SyncFaults : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dir = freshDir(::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir / "server");
        server = std::make_unique<ServerProcess>(dir / "server");
        server->start();
    }
    void TearDown() override
    {
        proxy.reset();
        server.reset();
        if (!HasFailure())
            fs::remove_all(dir);
    }
    fs::path dir;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<FaultProxy> proxy;
};

// 7. 256 kbit/s, 600 ms latency, a cut every 20 s: every declaration arrives once, and each
//    resumed run re-sends nothing the server already acknowledged.
TEST_F(SyncFaults, SlowBrokenLinkDeliversEverythingOnce)
{
    const double scale = envScale("VITALIS_SLOW_LINK_SCALE", 0.1);
    const int n = std::max(5, static_cast<int>(500 * scale));
    // The cut interval shrinks with the load so a scaled run still sees several cuts.
    const long cutEvery = std::max(1000L, static_cast<long>(20000 * std::min(1.0, scale)));
    proxy = std::make_unique<FaultProxy>(dir, server->port());
    TestClient a(dir / "a", proxy->url());
    a.login("agent.ald");
    std::vector<std::string> ids;
    for (int i = 0; i < n; ++i)
        ids.push_back(a.declare(fullDeclaration("Child" + std::to_string(i))).id);
    proxy->send("bandwidth 32000");
    proxy->send("latency 600");
    proxy->send("cut_every " + std::to_string(cutEvery));
    sync::SyncOptions o;
    o.batchOps = 25;
    int acknowledged = 0, runs = 0;
    const auto started = std::chrono::steady_clock::now();
    for (; runs < 200; ++runs) {
        const auto r = a.engine().run(o);
        acknowledged += r.opsSent; // counted only when the server's answer arrived
        if (r.ok && a.count(OutboxState::Applied) == n)
            break;
    }
    const double minutes =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() / 60;
    std::printf("slow link: %d declarations in %d run(s), %.2f min (%.0f records/min)\n", n,
                runs + 1, minutes, n / minutes);
    EXPECT_EQ(a.count(OutboxState::Applied), n);
    EXPECT_EQ(acknowledged, n) << "an acknowledged op was sent again";
    const auto stats = proxy->send("stats");
    std::printf("slow link proxy: %s\n", stats.c_str());
    EXPECT_EQ(stats.find("cuts=0"), std::string::npos) << "the link was never cut";
    proxy->send("reset");
    for (const auto& id : ids)
        ASSERT_EQ(a.serverHistory(id).size(), 1u) << id;
}

// 8. A large pull cut at random points resumes from its stored cursor and ends identical.
TEST_F(SyncFaults, CutPullResumesFromStoredCursor)
{
    const int n = std::max(200, static_cast<int>(50000 * envScale("VITALIS_PULL_SCALE", 0.04)));
    {
        TestClient writer(dir / "w", server->url());
        writer.login("agent.ald");
        Transaction tx(writer.store().db());
        for (int i = 0; i < n; ++i)
            writer.notify(notificationFields(i));
        tx.commit();
        sync::SyncOptions o;
        o.batchOps = 1000;
        o.pull = false;
        ASSERT_TRUE(writer.sync(o).ok);
    }
    proxy = std::make_unique<FaultProxy>(dir, server->port());
    TestClient b(dir / "b", proxy->url());
    b.login("regagent.ald");
    std::mt19937 rng(static_cast<unsigned>(std::random_device{}()));
    std::printf("cut pull seed %u\n", static_cast<unsigned>(rng()));
    sync::SyncOptions o;
    o.pullLimit = 250;
    o.push = false;
    int cuts = 0;
    std::string lastCursor;
    for (int run = 0; run < 200; ++run) {
        proxy->send("cut_down " + std::to_string(2000 + rng() % 20000));
        const auto r = b.engine().run(o);
        const std::string cursor = b.store().settings().get("sync.cursor", "");
        if (r.ok)
            break;
        ++cuts;
        // The cursor only moves forward with the records it covers.
        if (!lastCursor.empty()) {
            EXPECT_FALSE(cursor.empty());
        }
        lastCursor = cursor;
    }
    const auto stats = proxy->send("stats");
    proxy->send("reset");
    // Cuts are healed by retries inside a run or by the next run; either way from the cursor.
    EXPECT_EQ(stats.find("cuts=0"), std::string::npos) << "the proxy never cut the pull";
    std::printf("cut pull: %d failed run(s), proxy %s\n", cuts, stats.c_str());
    const auto r = b.sync(o);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(b.store().records().count(), n);
}

// 9. The server is restored from an older backup: the client re-downloads, keeps and
//    re-sends its outbox; nothing typed is lost.
TEST_F(SyncFaults, ServerRestoredFromBackupGetsEverythingBack)
{
    TestClient a(dir / "a", server->url());
    a.login("agent.ald");
    std::vector<std::string> ids;
    for (int i = 0; i < 5; ++i)
        ids.push_back(a.notify(notificationFields(i)).id);
    ASSERT_TRUE(a.sync().ok);
    server->stop();
    fs::copy(dir / "server" / "data", dir / "backup", fs::copy_options::recursive);
    server->restart();
    for (int i = 5; i < 10; ++i)
        ids.push_back(a.notify(notificationFields(i)).id);
    a.edit(ids[0], {{"weight_at_birth", 3.3}});
    ASSERT_TRUE(a.sync().ok);
    server->stop();
    fs::remove_all(dir / "server" / "data");
    fs::copy(dir / "backup", dir / "server" / "data", fs::copy_options::recursive);
    server->restart();
    a.edit(ids[1], {{"weight_at_birth", 2.9}}); // typed while the server was being restored
    auto r = a.sync();
    if (r.ok && a.store().outbox().pending(INT64_MAX, 10).size() > 0)
        r = a.sync();
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_GE(r.resets + r.requeuedAfterServerLoss, 1);
    for (const auto& id : ids) {
        const auto s = a.serverRecord(id);
        EXPECT_EQ(s["fields"], a.record(id).fields) << id;
    }
    EXPECT_EQ(a.serverRecord(ids[0])["fields"]["weight_at_birth"], 3.3);
    EXPECT_EQ(a.serverRecord(ids[1])["fields"]["weight_at_birth"], 2.9);
    EXPECT_EQ(a.serverRecord(ids[9])["fields"]["child_name"]["first"], "Child9");
}

} // namespace
