// "Must be shown" sync scenarios, end to end: the real vitalis-server process (SQLite data dir),
// real encrypted client stores, libcurl over loopback and, where the network must misbehave,
// the fault proxy (tests/tools/faultproxy) in between.
#include "core/store/StoreError.h"
#include "tests/support/SyncTest.h"

#include <atomic>
#include <set>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

class SyncScenario : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dir = freshDir(::testing::UnitTest::GetInstance()->current_test_info()->name());
        server = std::make_unique<ServerProcess>(dir / "server");
        fs::create_directories(dir / "server");
    }
    void TearDown() override
    {
        proxy.reset();
        server.reset();
        if (!HasFailure())
            fs::remove_all(dir);
    }
    void startServer(QStringList extra = {})
    {
        server = std::make_unique<ServerProcess>(dir / "server", std::move(extra));
        server->start();
    }
    std::unique_ptr<TestClient> client(const std::string& name, const std::string& user,
                                       bool viaProxy = false, std::int64_t clockOffset = 0)
    {
        auto c = std::make_unique<TestClient>(dir / name, viaProxy ? proxy->url() : server->url(),
                                              sync::TransportOptions{}, clockOffset);
        c->login(user);
        return c;
    }
    fs::path dir;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<FaultProxy> proxy;
};

// 1. The server applies a batch, the answer is lost: the client retries, the server answers
//    from its ledger, each op is applied exactly once and the client shows them applied.
TEST_F(SyncScenario, LostResponseIsRetriedAndAppliedExactlyOnce)
{
    startServer();
    proxy = std::make_unique<FaultProxy>(dir, server->port());
    auto a = client("a", "agent.ald", true);
    std::vector<std::string> ids;
    for (int i = 0; i < 20; ++i)
        ids.push_back(a->notify(notificationFields(i)).id);
    proxy->send("drop_responses 1");
    const auto report = a->sync();
    ASSERT_TRUE(report.ok) << report.error;
    // The retry may be libcurl's own (a reused connection that died) or ours: either way a
    // second connection carried the same batch again.
    const auto stats = proxy->send("stats");
    EXPECT_NE(stats.find("dropped=1"), std::string::npos) << stats;
    EXPECT_EQ(stats.find("connections=1 "), std::string::npos) << stats;
    EXPECT_EQ(a->count(OutboxState::Applied), 20);
    for (const auto& id : ids) {
        const auto history = a->serverHistory(id);
        ASSERT_EQ(history.size(), 1u) << "record " << id << " applied more than once";
        EXPECT_EQ(a->record(id).serverRevision, 1);
    }
    // A second device sees exactly the 20 records.
    auto b = client("b", "regagent.ald");
    ASSERT_TRUE(b->sync().ok);
    EXPECT_EQ(b->store().records().count(), 20);
}

// 2. SIGKILL in the middle of a 1,000-op push, restart: everything applied exactly once.
TEST_F(SyncScenario, ServerKilledMidPushLosesNothing)
{
    startServer();
    auto a = client("a", "agent.ald");
    std::vector<std::string> ids;
    {
        Transaction tx(a->store().db());
        for (int i = 0; i < 1000; ++i)
            ids.push_back(a->notify(notificationFields(i)).id);
        tx.commit();
    }
    std::atomic<bool> started{false};
    std::thread killer([&] {
        while (!started.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
        server->kill9();
    });
    sync::SyncOptions o;
    o.batchOps = 100;
    const auto first = a->engine().run(o, [&](const sync::SyncProgress& p) {
        if (p.opsSent > 0)
            started = true;
    });
    killer.join();
    EXPECT_FALSE(first.ok) << "the server died, the run cannot have completed";
    EXPECT_LT(a->count(OutboxState::Applied), 1000);
    server->restart();
    const auto second = a->syncUntilOk(10, o);
    ASSERT_TRUE(second.ok) << second.error;
    EXPECT_EQ(a->count(OutboxState::Applied), 1000);
    EXPECT_EQ(first.opsSent + second.opsSent, 1000)
        << "an acknowledged op was sent again, or one was never acknowledged";
    auto b = client("b", "regagent.ald");
    sync::SyncOptions big;
    big.pullLimit = 1000;
    ASSERT_TRUE(b->sync(big).ok);
    EXPECT_EQ(b->store().records().count(), 1000);
    for (std::size_t i = 0; i < ids.size(); i += 25)
        EXPECT_EQ(a->serverHistory(ids[i]).size(), 1u) << ids[i];
}

// 3. Two devices edit different fields of one record offline: both changes survive everywhere.
TEST_F(SyncScenario, DifferentFieldsMergeOnServerAndBothClients)
{
    startServer();
    auto a = client("a", "agent.ald");
    auto b = client("b", "regagent.ald");
    const auto id = a->notify(notificationFields(1)).id;
    ASSERT_TRUE(a->sync().ok);
    ASSERT_TRUE(b->sync().ok);
    a->edit(id, {{"child_birth_time", "07:30"}});
    b->edit(id, {{"weight_at_birth", 3.4}});
    ASSERT_TRUE(a->sync().ok);
    const auto rb = b->sync();
    ASSERT_TRUE(rb.ok) << rb.error;
    EXPECT_EQ(rb.merged, 1);
    ASSERT_TRUE(a->sync().ok);
    const auto server = a->serverRecord(id);
    for (auto* c : {a.get(), b.get()}) {
        const auto r = c->record(id);
        EXPECT_EQ(r.fields["child_birth_time"], "07:30");
        EXPECT_EQ(r.fields["weight_at_birth"], 3.4);
        EXPECT_EQ(r.fields, server["fields"]);
        EXPECT_EQ(r.serverRevision, server["rev"]);
    }
}

// 4. Same field, different values: the second device gets a conflict with both values;
//    resolving it converges server and both devices.
TEST_F(SyncScenario, SameFieldConflictIsShownAndResolutionConverges)
{
    startServer();
    auto a = client("a", "agent.ald");
    auto b = client("b", "regagent.ald");
    const auto id = a->notify(notificationFields(1)).id;
    ASSERT_TRUE(a->sync().ok);
    ASSERT_TRUE(b->sync().ok);
    a->edit(id, {{"weight_at_birth", 3.1}});
    b->edit(id, {{"weight_at_birth", 3.9}});
    ASSERT_TRUE(a->sync().ok);
    const auto rb = b->sync();
    ASSERT_TRUE(rb.ok) << rb.error;
    EXPECT_EQ(rb.conflicts, 1);
    const auto open = b->store().conflicts().open(id);
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].fieldId, "weight_at_birth");
    EXPECT_EQ(open[0].mine, 3.9);
    EXPECT_EQ(open[0].theirs, 3.1);
    EXPECT_EQ(b->count(OutboxState::Conflict), 1);
    // Nothing was overwritten: the server still has A's value.
    EXPECT_EQ(a->serverRecord(id)["fields"]["weight_at_birth"], 3.1);
    // A learns of the conflict too (either side may resolve it).
    const auto ra = a->sync();
    ASSERT_TRUE(ra.ok) << ra.error;
    EXPECT_EQ(ra.conflictsImported, 1);
    EXPECT_EQ(a->store().conflicts().openCount(), 1);

    const SystemClock clock; // the resolver keeps a reference: it must outlive it
    sync::ConflictResolver resolver(b->store(), clock);
    sync::Resolution keepMine;
    keepMine.all = sync::Choice::Mine;
    EXPECT_EQ(resolver.resolve(b->actor(), id, keepMine), 1);
    EXPECT_EQ(b->store().conflicts().openCount(), 0);
    const auto rb2 = b->sync();
    ASSERT_TRUE(rb2.ok) << rb2.error;
    EXPECT_EQ(rb2.applied, 1);
    ASSERT_TRUE(a->sync().ok);
    const auto server = a->serverRecord(id);
    EXPECT_EQ(server["fields"]["weight_at_birth"], 3.9);
    EXPECT_EQ(a->record(id).fields, server["fields"]);
    EXPECT_EQ(b->record(id).fields, server["fields"]);
    EXPECT_EQ(a->record(id).serverRevision, server["rev"]);
    EXPECT_EQ(b->record(id).serverRevision, server["rev"]);
    EXPECT_EQ(a->store().conflicts().openCount(), 0) << "B's resolution closes A's copy";
    EXPECT_TRUE(a->api().get("/api/v1/conflicts")["conflicts"].empty());
}

// 4, resolved on the OTHER device: A (whose value the server holds) imports B's conflict from
// GET /api/v1/conflicts and decides it; B's copy closes; server and both devices converge.
// Run once taking B's value and once keeping A's (which changes nothing on the server).
class OtherSideResolution : public SyncScenario, public ::testing::WithParamInterface<bool>
{
};

TEST_P(OtherSideResolution, ConflictResolvedOnTheOtherDeviceConverges)
{
    const bool takeTheirs = GetParam();
    startServer();
    auto a = client("a", "agent.ald");
    auto b = client("b", "regagent.ald");
    const auto id = a->notify(notificationFields(1)).id;
    ASSERT_TRUE(a->sync().ok);
    ASSERT_TRUE(b->sync().ok);
    a->edit(id, {{"weight_at_birth", 3.1}});
    b->edit(id, {{"weight_at_birth", 3.9}, {"child_birth_time", "04:20"}});
    ASSERT_TRUE(a->sync().ok);
    ASSERT_EQ(b->sync().conflicts, 1);
    const auto ra = a->sync();
    ASSERT_TRUE(ra.ok) << ra.error;
    EXPECT_EQ(ra.conflictsImported, 1);
    const auto open = a->store().conflicts().open(id);
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].fieldId, "weight_at_birth");
    EXPECT_EQ(open[0].mine, 3.1) << "from A's side, mine is what A shows";
    EXPECT_EQ(open[0].theirs, 3.9) << "and theirs is B's value";
    EXPECT_EQ(open[0].theirUser, b->actor().userId);
    EXPECT_EQ(a->sync().conflictsImported, 0) << "imported once";

    sync::Resolution r;
    r.all = takeTheirs ? sync::Choice::Theirs : sync::Choice::Mine;
    EXPECT_EQ(sync::ConflictResolver(a->store(), SystemClock()).resolve(a->actor(), id, r), 1);
    const auto ra2 = a->sync();
    ASSERT_TRUE(ra2.ok) << ra2.error;
    EXPECT_EQ(ra2.rejected, 0);
    EXPECT_TRUE(a->api().get("/api/v1/conflicts")["conflicts"].empty());
    const auto rb = b->sync();
    ASSERT_TRUE(rb.ok) << rb.error;
    EXPECT_EQ(rb.conflictsClosed, 1);
    EXPECT_EQ(b->store().conflicts().openCount(), 0);
    const auto closed = b->store().conflicts().forRecord(id);
    ASSERT_EQ(closed.size(), 1u);
    EXPECT_EQ(closed[0].resolvedBy, sync::ConflictSync::kResolvedElsewhere);
    ASSERT_TRUE(a->sync().ok);

    const auto server = a->serverRecord(id);
    EXPECT_EQ(server["fields"]["weight_at_birth"], takeTheirs ? 3.9 : 3.1);
    EXPECT_EQ(server["fields"]["child_birth_time"], "04:20") << "B's uncontested edit is kept";
    for (auto* c : {a.get(), b.get()}) {
        EXPECT_EQ(c->record(id).fields, server["fields"]);
        EXPECT_EQ(c->record(id).serverRevision, server["rev"]);
        EXPECT_EQ(c->store().conflicts().openCount(), 0);
        EXPECT_TRUE(c->store().outbox().pending(INT64_MAX, 10).empty());
    }
}

INSTANTIATE_TEST_SUITE_P(TakeTheirsOrKeepMine, OtherSideResolution, ::testing::Bool());

// 4b. The same, resolved by taking theirs.
TEST_F(SyncScenario, ConflictResolvedByTakingTheirsConverges)
{
    startServer();
    auto a = client("a", "agent.ald");
    auto b = client("b", "regagent.ald");
    const auto id = a->notify(notificationFields(1)).id;
    ASSERT_TRUE(a->sync().ok);
    ASSERT_TRUE(b->sync().ok);
    a->edit(id, {{"weight_at_birth", 2.0}});
    b->edit(id, {{"weight_at_birth", 2.2}, {"child_birth_time", "05:10"}});
    ASSERT_TRUE(a->sync().ok);
    ASSERT_EQ(b->sync().conflicts, 1);
    sync::Resolution theirs;
    theirs.all = sync::Choice::Theirs;
    sync::ConflictResolver(b->store(), SystemClock()).resolve(b->actor(), id, theirs);
    ASSERT_TRUE(b->sync().ok);
    ASSERT_TRUE(a->sync().ok);
    const auto server = a->serverRecord(id);
    EXPECT_EQ(server["fields"]["weight_at_birth"], 2.0);
    EXPECT_EQ(server["fields"]["child_birth_time"], "05:10") << "the unconflicted field is kept";
    EXPECT_EQ(a->record(id).fields, server["fields"]);
    EXPECT_EQ(b->record(id).fields, server["fields"]);
}

// 5. A supervisor registers on a stale view: conflict, not registration.
TEST_F(SyncScenario, StaleApprovalIsAConflictNotARegistration)
{
    startServer();
    auto agent = client("agent", "agent.ald");
    auto registrar = client("registrar", "registrar.ald");
    const auto id = agent->declare(birthDeclaration(serverClock())).id;
    const auto r0 = agent->sync();
    ASSERT_TRUE(r0.ok) << r0.error;
    ASSERT_EQ(r0.applied, 1) << "the full declaration must be accepted";
    ASSERT_TRUE(registrar->sync().ok);
    ASSERT_EQ(registrar->record(id).status, RecordStatus::Declared);
    agent->edit(id, {{"weight_at_birth", 2.1}});
    ASSERT_TRUE(agent->sync().ok);
    registrar->act(id, RecordAction::Register); // offline, on revision 1
    const auto rr = registrar->sync();
    ASSERT_TRUE(rr.ok) << rr.error;
    EXPECT_EQ(rr.conflicts, 1);
    const auto server = agent->serverRecord(id);
    EXPECT_EQ(server["status"], "declared");
    EXPECT_TRUE(server.value("registration_number", "").empty());
    const auto local = registrar->record(id);
    EXPECT_EQ(local.status, RecordStatus::Declared) << "the registrar sees the server's state";
    EXPECT_TRUE(local.registrationNumber.empty());
    EXPECT_EQ(local.fields["weight_at_birth"], 2.1);
    EXPECT_GE(registrar->store().conflicts().openCount(), 1);
}

// 6. The server rejects one record (validation); ops of other records behind it go through.
TEST_F(SyncScenario, RejectedOpDoesNotBlockTheOnesBehindIt)
{
    startServer();
    auto a = client("a", "agent.ald");
    const auto bad = a->declare(notificationFields(0)).id; // declared but incomplete
    std::vector<std::string> good;
    for (int i = 1; i <= 3; ++i)
        good.push_back(a->notify(notificationFields(i)).id);
    const auto r = a->sync();
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.rejected, 1);
    EXPECT_EQ(r.applied, 3);
    const auto entries = a->store().outbox().forRecord(bad);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].state, OutboxState::Rejected);
    EXPECT_NE(entries[0].lastError.find("mother_name"), std::string::npos) << entries[0].lastError;
    EXPECT_NE(entries[0].lastError.find("required"), std::string::npos);
    // The user can fix it: the record is a draft again, with the reason.
    EXPECT_EQ(a->record(bad).status, RecordStatus::Draft);
    for (const auto& id : good)
        EXPECT_EQ(a->record(id).serverRevision, 1);
}

// 11. The access token expires in the middle of a batch: refresh and continue. A device clock
//     days off changes nothing.
TEST_F(SyncScenario, TokenExpiryMidBatchRefreshesAndContinues)
{
    // 10 s is the server's smallest token lifetime: the run below takes ~24 s.
    startServer({QStringLiteral("--access-token-ttl"), QStringLiteral("10")});
    auto a = client("a", "agent.ald", false, 5LL * 24 * 3600 * 1000);  // clock 5 days ahead
    auto b = client("b", "agent.ald", false, -9LL * 24 * 3600 * 1000); // 9 days behind
    for (int i = 0; i < 240; ++i)
        (i % 2 ? a : b)->notify(notificationFields(i));
    sync::SyncOptions o;
    o.batchOps = 10;
    std::int64_t lastSent = 0;
    const auto ra = a->engine().run(o, [&](const sync::SyncProgress& p) {
        if (p.opsSent > lastSent) {
            lastSent = p.opsSent;
            std::this_thread::sleep_for(std::chrono::milliseconds(2000)); // outlive the token
        }
    });
    ASSERT_TRUE(ra.ok) << ra.error;
    EXPECT_GE(ra.stats.refreshes, 2);
    EXPECT_EQ(a->count(OutboxState::Applied), 120);
    const auto rb = b->sync();
    ASSERT_TRUE(rb.ok) << rb.error;
    EXPECT_EQ(b->count(OutboxState::Applied), 120);
    ASSERT_TRUE(a->sync().ok);
    EXPECT_EQ(a->store().records().count(), 240);
}

// An expired session offline never blocks local work.
TEST_F(SyncScenario, OfflineWithExpiredSessionStillWorksLocally)
{
    startServer();
    auto a = client("a", "agent.ald");
    server->stop();
    // As if the access token had expired: the client would have to refresh, and cannot.
    a->store().settings().remove(sync::ApiClient::kAccessToken);
    const auto id = a->notify(notificationFields(1)).id;
    a->edit(id, {{"weight_at_birth", 3.0}});
    const auto r = a->sync();
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.errorKind, sync::SyncError::Kind::Network);
    EXPECT_EQ(a->record(id).fields["weight_at_birth"], 3.0);
    // The edit joined the notification that was still waiting: one op waits to be retried.
    EXPECT_EQ(a->count(OutboxState::WaitingRetry), 1);
}

} // namespace
