// Bad-network and server-loss scenarios through the fault proxy, against the real server.
//
// Knobs (environment):
//   VITALIS_SLOW_LINK_SCALE  fraction of the 500 declarations sent over the
//                            256 kbit/s + 600 ms + cut-every-20 s link (default 0.1 = 50,
//                            cuts every 2 s; 1 = the full 500 with a cut every 20 s).
//   VITALIS_PULL_SCALE       fraction of the 50,000-record cut pull (default 0.04 = 2,000;
//                            1 = the 50,000, a few minutes, with ~500 cut runs).
#include "sync/client/ConflictResolver.h"
#include "sync/client/OutboxProcessor.h"
#include "sync/client/RecordIdList.h"
#include "tests/support/SyncTest.h"

#include <cmath>
#include <cstdlib>

using namespace vitalis;
using namespace vitalis::test;

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
    // One pull-only run with the link set to die after `budget` bytes down. A cut that falls
    // exactly between two answers is absorbed (curl sends the next request on a fresh
    // connection) and the run goes on: right, but it ends a cut-after-cut test early.
    sync::SyncReport runCut(TestClient& device, const sync::SyncOptions& o, unsigned budget)
    {
        proxy->send("cut_down " + std::to_string(budget));
        const long long cutsBefore = proxy->stat("cuts");
        auto r = device.engine().run(o);
        if (!r.ok) {
            ++cuts;
            EXPECT_EQ(r.errorKind, sync::SyncError::Kind::Network) << r.error;
        } else if (proxy->stat("cuts") > cutsBefore) {
            ++absorbed;
        }
        return r;
    }
    void expectSeveralCuts() const
    {
        EXPECT_GE(cuts + absorbed, absorbed ? 2 : 3) << "the pull must be cut several times";
        EXPECT_GE(cuts, 1) << "no run died part-way";
    }
    fs::path dir;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<FaultProxy> proxy;
    int cuts = 0, absorbed = 0;
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
        ids.push_back(a.declare(birthDeclaration(serverClock(), "Child" + std::to_string(i))).id);
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

// 8. A large pull cut at random points, several times, across runs (no retry inside a run
//    heals a cut): every run resumes from the cursor the last one stored, nothing already
//    stored is downloaded again, and the end state equals the server's record by record.
TEST_F(SyncFaults, CutPullResumesFromStoredCursor)
{
    const int n = std::max(200, static_cast<int>(50000 * envScale("VITALIS_PULL_SCALE", 0.04)));
    std::vector<std::string> ids;
    {
        TestClient writer(dir / "w", server->url());
        writer.login("agent.ald");
        {
            Transaction tx(writer.store().db());
            for (int i = 0; i < n; ++i)
                ids.push_back(writer.notify(notificationFields(i)).id);
            tx.commit();
        }
        sync::SyncOptions o;
        o.batchOps = 1000;
        o.pull = false;
        ASSERT_TRUE(writer.sync(o).ok);
        // Some records at rev 2 with another value, so revisions and fields vary.
        {
            Transaction tx(writer.store().db());
            for (int i = 0; i < n; i += 7)
                writer.edit(ids[static_cast<std::size_t>(i)], {{"weight_at_birth", 2.0 + i % 10}});
            tx.commit();
        }
        ASSERT_TRUE(writer.sync(o).ok);
    }
    proxy = std::make_unique<FaultProxy>(dir, server->port());
    TestClient b(dir / "b", proxy->url(), {}, 0, 1);
    b.login("regagent.ald");
    const unsigned seed = static_cast<unsigned>(std::random_device{}());
    std::mt19937 rng(seed);
    SCOPED_TRACE("cut pull seed " + std::to_string(seed));
    sync::SyncOptions o;
    o.pullLimit = 250;
    o.push = false;
    int pulled = 0;
    std::string lastCursor;
    std::int64_t lastCount = 0;
    bool done = false;
    for (int run = 0; run < 100 + n / 4 && !done; ++run) {
        // A cut somewhere in the next page or two (a 250-record page of notifications is
        // ~10 KB gzipped), so most runs die part-way and a few get through several pages.
        const auto r = runCut(b, o, 300 + rng() % 16000);
        pulled += r.recordsPulled;
        const std::string cursor = b.store().settings().get("sync.cursor", "");
        const std::int64_t count = b.store().records().count();
        done = r.ok;
        // The stored cursor covers exactly what is stored: it moves only with the records.
        EXPECT_GE(count, lastCount);
        if (count > lastCount) {
            EXPECT_NE(cursor, lastCursor) << "records stored without their cursor";
        } else if (!done) {
            EXPECT_EQ(cursor, lastCursor) << "cursor moved without records";
        }
        lastCursor = cursor;
        lastCount = count;
    }
    const auto stats = proxy->send("stats");
    proxy->send("reset");
    std::printf("cut pull (seed %u): %d records, %d cut run(s), %d absorbed, proxy %s\n", seed, n,
                cuts, absorbed, stats.c_str());
    ASSERT_TRUE(done) << "the pull never completed";
    expectSeveralCuts();
    EXPECT_EQ(pulled, n) << "a resumed run downloaded again what was stored before the cut";
    ASSERT_EQ(b.store().records().count(), n);
    // Compared with the server's own answer for each record (straight, not through the proxy).
    TestClient checker(dir / "checker", server->url());
    checker.login("regagent.ald");
    for (const auto& id : ids) {
        const auto s = checker.serverRecord(id);
        const auto local = b.record(id);
        ASSERT_EQ(local.fields, s["fields"]) << id;
        ASSERT_EQ(std::string(toString(local.status)), s["status"]) << id;
        ASSERT_EQ(local.serverRevision, s["rev"]) << id;
        ASSERT_EQ(local.trackingId, s.value("tracking_id", "")) << id;
        ASSERT_EQ(b.store().records().mergeBase(id).value_or(json()), s["fields"]) << id;
    }
}

// 8b. The pipelined pull (page N+1 downloads while page N is applied) cut mid-page, run
//     after run: each run resumes from the stored cursor, and the device ends identical to
//     one that pulled the same records over a clean link: records, merge bases, search
//     index and cursor.
TEST_F(SyncFaults, PipelinedCutPullEndsIdenticalToCleanPull)
{
    const int n = 400;
    std::vector<std::string> ids;
    {
        TestClient writer(dir / "w", server->url());
        writer.login("agent.ald");
        Transaction tx(writer.store().db());
        for (int i = 0; i < n; ++i)
            ids.push_back(writer.notify(notificationFields(i)).id);
        tx.commit();
        sync::SyncOptions o;
        o.batchOps = 1000;
        o.pull = false;
        ASSERT_TRUE(writer.sync(o).ok);
    }
    sync::SyncOptions o;
    o.pullLimit = 40;
    o.push = false;
    TestClient clean(dir / "clean", server->url());
    clean.login("regagent.ald");
    ASSERT_TRUE(clean.sync(o).ok);
    proxy = std::make_unique<FaultProxy>(dir, server->port());
    const unsigned seed = static_cast<unsigned>(std::random_device{}());
    std::mt19937 rng(seed);
    SCOPED_TRACE("pipelined cut pull seed " + std::to_string(seed));
    std::unique_ptr<TestClient> device;
    int pulled = 0;
    bool done = false;
    // A first cut that falls between two answers is absorbed and the rest of that run goes
    // uncut, so the whole pull can end in one run: then a fresh device starts over.
    for (int attempt = 0; attempt < 5 && cuts == 0; ++attempt) {
        device = std::make_unique<TestClient>(dir / ("b" + std::to_string(attempt)), proxy->url(),
                                              sync::TransportOptions{}, 0, 1);
        device->login("regagent.ald");
        cuts = absorbed = pulled = 0;
        done = false;
        for (int run = 0; run < 200 && !done; ++run) {
            // A 40-record page is ~2 KB gzipped: the cut falls in the page being prefetched
            // while the one before it is applied, or in the first one.
            const std::int64_t before = device->store().records().count();
            const auto r = runCut(*device, o, 500 + rng() % 5000);
            pulled += r.recordsPulled;
            done = r.ok;
            EXPECT_EQ(device->store().records().count() - before, r.recordsPulled);
        }
    }
    TestClient& b = *device;
    proxy->send("reset");
    ASSERT_TRUE(done) << "the pull never completed";
    expectSeveralCuts();
    EXPECT_EQ(pulled, n) << "a resumed run downloaded again what was stored before the cut";
    EXPECT_EQ(b.store().settings().get("sync.cursor", "x"),
              clean.store().settings().get("sync.cursor", "y"));
    ASSERT_EQ(b.store().records().count(), clean.store().records().count());
    for (const auto& id : ids) {
        const Record x = b.record(id), y = clean.record(id);
        ASSERT_EQ(x.fields, y.fields) << id;
        ASSERT_EQ(x.status, y.status) << id;
        ASSERT_EQ(x.serverRevision, y.serverRevision) << id;
        ASSERT_EQ(x.trackingId, y.trackingId) << id;
        ASSERT_EQ(x.createdAt, y.createdAt) << id;
        ASSERT_EQ(x.updatedBy, y.updatedBy) << id;
        ASSERT_EQ(b.store().records().mergeBase(id), clean.store().records().mergeBase(id)) << id;
    }
    for (const char* name : {"Child12", "Banda", "Child399"}) {
        SearchQuery q;
        q.name = name;
        q.limit = 1000;
        std::vector<std::string> found, expected;
        for (const auto& r : b.store().records().search(q))
            found.push_back(r.id);
        for (const auto& r : clean.store().records().search(q))
            expected.push_back(r.id);
        EXPECT_EQ(found, expected) << name;
        EXPECT_FALSE(found.empty()) << name;
    }
}

// A birth declaration with the variety of real ones (names, phones, occupations, address
// differ from record to record), so a pull page compresses as real pages do, not as copies of
// one record.
json variedDeclaration(std::mt19937& rng)
{
    auto word = [&](int length) {
        std::string w(1, static_cast<char>('A' + rng() % 26));
        while (static_cast<int>(w.size()) < length)
            w += static_cast<char>('a' + rng() % 26);
        return w;
    };
    auto digits = [&](int count) {
        std::string d;
        while (static_cast<int>(d.size()) < count)
            d += static_cast<char>('0' + rng() % 10);
        return d;
    };
    json d = birthDeclaration(serverClock(), word(7));
    d["child_name"]["family"] = word(9);
    const unsigned hour = rng() % 24;
    d["child_birth_time"] =
        (hour < 10 ? "0" : "") + std::to_string(hour) + ":" + std::to_string(10 + rng() % 50);
    d["weight_at_birth"] = 2.0 + static_cast<double>(rng() % 250) / 100.0;
    d["mother_name"] = {{"first", word(6)}, {"family", word(9)}};
    d["father_name"] = {{"first", word(6)}, {"family", word(9)}};
    d["mother_address"]["line"] = "Plot " + digits(4) + ", " + word(10) + " Road";
    d["father_passport"] = "ZN" + digits(7);
    d["contact_phone"] = "+2609" + digits(8);
    d["mother_phone"] = "+2609" + digits(8);
    d["mother_occupation"] = word(11);
    d["father_occupation"] = word(11);
    return d;
}

// Issue 14, defect 5: 128 kbit/s with the link cut every 3 s. A fixed page of 500 varied
// declarations (~125 KB gzipped) never arrives whole in the ~48 KB that get through between
// two cuts, so run after run stored nothing. Pages sized to the link (halved after a cut,
// grown after whole pages) get everything through, and the size the link allowed is kept for
// the next run. VITALIS_CUT_LINK_SCALE (default 2) speeds the link up and cuts it that much
// more often: the same 48 KB between cuts, in half the time; 1 is the link exactly.
TEST_F(SyncFaults, PullOverLinkCutEveryThreeSecondsCompletes)
{
    const double speed = std::max(1.0, envScale("VITALIS_CUT_LINK_SCALE", 2));
    const int n = 2000;
    std::mt19937 rng(14);
    {
        TestClient writer(dir / "w", server->url());
        writer.login("agent.ald");
        Transaction tx(writer.store().db());
        for (int i = 0; i < n; ++i)
            writer.notify(variedDeclaration(rng));
        tx.commit();
        sync::SyncOptions o;
        o.batchOps = 1000;
        o.pull = false;
        ASSERT_TRUE(writer.sync(o).ok);
    }
    proxy = std::make_unique<FaultProxy>(dir, server->port());
    TestClient b(dir / "b", proxy->url());
    b.login("regagent.ald");
    proxy->send("bandwidth " + std::to_string(std::lround(16000 * speed))); // 128 kbit/s
    proxy->send("cut_every " + std::to_string(std::lround(3000 / speed)));
    sync::SyncOptions o; // the default page: 500 records
    o.push = false;
    const auto started = std::chrono::steady_clock::now();
    const auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };
    bool done = false;
    int runs = 0, pulled = 0;
    while (!done && elapsed() < 40) {
        const auto r = b.engine().run(o);
        ++runs;
        pulled += r.recordsPulled;
        done = r.ok;
    }
    const auto stats = proxy->send("stats");
    proxy->send("reset");
    const auto pageSize = b.store().settings().getInt("sync.pull_page_size", o.pullLimit);
    std::printf("cut every %.1f s at %.0f kbit/s: %d of %d records in %d run(s), %.1f s, page "
                "size now %lld, proxy %s\n",
                3 / speed, 128 * speed, pulled, n, runs, elapsed(),
                static_cast<long long>(pageSize), stats.c_str());
    ASSERT_TRUE(done) << "the pull never completed: " << pulled << " of " << n << " records";
    EXPECT_EQ(b.store().records().count(), n);
    EXPECT_EQ(pulled, n) << "a record stored before a cut was downloaded again";
    EXPECT_EQ(stats.find("cuts=0 "), std::string::npos) << "the link was never cut";
}

// 9. The server is restored from an older backup: the client re-downloads, keeps and
//    re-sends its outbox; nothing typed is lost.
// Pipelined push: while one batch is on the server the next is built and the previous answer
// applied. Several ops of each record spread over consecutive batches, answers cut at a later
// point in each run: every op reaches the server once and in its record's order.
TEST_F(SyncFaults, PipelinedPushKeepsRecordOrderAndSendsEachOpOnce)
{
    proxy = std::make_unique<FaultProxy>(dir, server->port());
    TestClient a(dir / "a", proxy->url(), {}, 0, 1); // a cut fails the run: the next resumes
    a.login("agent.ald");
    const int records = 6, rounds = 4;
    std::vector<std::string> ids;
    for (int i = 0; i < records; ++i)
        ids.push_back(a.declare(birthDeclaration(serverClock(), "Child" + std::to_string(i))).id);
    ASSERT_TRUE(a.sync().ok);
    // Each round becomes its own wire op per record (built, so later edits do not coalesce).
    const SystemClock clock;
    for (int round = 1; round <= rounds; ++round) {
        for (const auto& id : ids)
            a.edit(id, {{"weight_at_birth", 3.0 + round / 10.0}});
        sync::OutboxProcessor(a.store(), clock).prepare();
    }
    sync::SyncOptions o;
    o.batchOps = 4;
    o.pull = false;
    int acknowledged = 0, runs = 0;
    for (; runs < 60; ++runs) {
        proxy->send("cut_down " + std::to_string(900 * (runs + 1)));
        const auto r = a.engine().run(o);
        acknowledged += r.opsSent;
        EXPECT_EQ(r.conflicts, 0) << r.error;
        if (r.ok)
            break;
    }
    proxy->send("reset");
    EXPECT_GT(runs, 0) << "no answer was ever cut";
    EXPECT_EQ(acknowledged, records * rounds) << "an acknowledged op was sent again";
    for (const auto& id : ids) {
        SCOPED_TRACE(id);
        EXPECT_EQ(a.serverHistory(id).size(), static_cast<std::size_t>(1 + rounds));
        const auto s = a.serverRecord(id);
        EXPECT_EQ(s["fields"]["weight_at_birth"], 3.0 + rounds / 10.0);
        EXPECT_EQ(s["fields"], a.record(id).fields);
    }
}

// Ops are built a batch at a time while the batch before is on the server, so a record's later
// rows (its validation, with a correction typed after it) become ops while its declaration is
// still unanswered: each still reaches the server once, after the one before it.
TEST_F(SyncFaults, OpsBuiltWhileABatchIsInFlightKeepEachRecordsOrder)
{
    TestClient a(dir / "a", server->url());
    a.login("regagent.ald");
    const int records = 5;
    std::vector<std::string> ids;
    for (int i = 0; i < records; ++i) {
        const std::string id =
            a.declare(birthDeclaration(serverClock(), "Child" + std::to_string(i + 1))).id;
        a.act(id, RecordAction::Validate);
        a.edit(id, {{"weight_at_birth", 3.5}});
        ids.push_back(id);
    }
    ASSERT_EQ(a.count(OutboxState::Queued), 2 * records) << "declare; validate with the edit";
    sync::SyncOptions o;
    o.batchOps = 3; // batches split records
    o.pull = false;
    // What the clerk reads while it runs: "sent of total", never more sent than the total.
    std::vector<std::pair<std::int64_t, std::int64_t>> shown;
    const auto r = a.engine().run(o, [&](const sync::SyncProgress& p) {
        if (p.phase == "push")
            shown.emplace_back(p.opsSent, p.opsTotal);
    });
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.opsSent, 2 * records);
    ASSERT_FALSE(shown.empty());
    EXPECT_EQ(shown.front().second, 2 * records) << "every waiting op counted from the start";
    for (const auto& [sent, total] : shown)
        EXPECT_LE(sent, total) << sent << " of " << total;
    EXPECT_EQ(shown.back().first, 2 * records);
    EXPECT_EQ(shown.back().second, 2 * records);
    EXPECT_EQ(r.conflicts + r.rejected, 0) << r.error;
    for (const auto& id : ids) {
        SCOPED_TRACE(id);
        const auto history = a.serverHistory(id);
        ASSERT_EQ(history.size(), 2u) << history.dump();
        EXPECT_EQ(history[1].value("action", ""), "validate") << history.dump();
        const auto s = a.serverRecord(id);
        EXPECT_EQ(s["status"], "validated");
        EXPECT_EQ(s["fields"]["weight_at_birth"], 3.5);
        EXPECT_EQ(s["fields"]["child_name"], a.record(id).fields["child_name"]);
    }
    EXPECT_EQ(a.count(OutboxState::Applied), 2 * records);
}

// 8c. After the server rejects a change to a record it knows, the device reads the server's copy
//     again. When the network cut that read, the record kept the refused change's status for
//     good (the convergence test found a laptop showing "declared" for a record the server
//     kept "notified", at the same revision). The read is noted in the profile with the
//     rejection and done at the next run.
TEST_F(SyncFaults, AReadCutAfterARejectionIsDoneAtTheNextRun)
{
    TestClient a(dir / "a", server->url());
    a.login("agent.ald");
    const std::string id = a.notify(notificationFields(1)).id;
    ASSERT_TRUE(a.sync().ok);
    // The state a cut read leaves: a refused status on the device, the server's revision.
    Record stale = *a.store().records().find(id);
    ASSERT_EQ(stale.status, RecordStatus::Notified);
    stale.status = RecordStatus::Declared;
    a.store().records().saveServerCopy(stale);
    RecordIdList(a.store().settings(), RecordIdList::kRefetch).add({id});

    ASSERT_TRUE(a.sync().ok);
    EXPECT_EQ(a.record(id).status, RecordStatus::Notified) << "the server's copy, read again";
    EXPECT_TRUE(RecordIdList(a.store().settings(), RecordIdList::kRefetch).ids().empty());
}

// 8d. A record that left the field agent's scope (archived) while the agent had a conflict on it
//     stays on the laptop while work on it is unsettled: the open conflict, then the refusal of
//     the decision sent for it (the record is archived), which the agent must see. Once nothing
//     is left to keep it for, the next sync removes it as the pull would have (found by the
//     convergence test: a record whose conflict was decided stayed on the laptop for good).
TEST_F(SyncFaults, ARecordKeptAfterLeavingTheScopeGoesOnceItsWorkIsSettled)
{
    TestClient agent(dir / "agent", server->url());
    agent.login("agent.ald");
    TestClient registrar(dir / "registrar", server->url());
    registrar.login("registrar.ald");
    const std::string id = agent.notify(notificationFields(1)).id;
    const std::string other = agent.notify(notificationFields(2)).id;
    ASSERT_TRUE(agent.sync().ok);
    ASSERT_TRUE(registrar.sync().ok);
    agent.edit(id, {{"weight_at_birth", 2.5}});
    registrar.edit(id, {{"weight_at_birth", 3.5}});
    ASSERT_TRUE(registrar.sync().ok);
    ASSERT_TRUE(agent.sync().ok);
    ASSERT_EQ(agent.store().conflicts().open(id).size(), 1u) << "both changed the weight";
    registrar.act(id, RecordAction::Archive, "checked: declared twice");
    ASSERT_TRUE(registrar.sync().ok);
    ASSERT_TRUE(agent.sync().ok);
    ASSERT_TRUE(agent.store().records().exists(id)) << "kept: the conflict is not decided yet";
    RecordIdList kept(agent.store().settings(), RecordIdList::kKeptAfterRemoval);
    EXPECT_EQ(kept.ids(), std::vector<std::string>{id});

    // The state a decided conflict with nothing sent leaves: a kept record, its work settled.
    kept.add({other});
    ASSERT_TRUE(agent.sync().ok);
    EXPECT_FALSE(agent.store().records().exists(other)) << "nothing left to keep it for";
    EXPECT_TRUE(agent.store().records().exists(id)) << "its conflict is still open";
    EXPECT_EQ(kept.ids(), std::vector<std::string>{id});
}

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
