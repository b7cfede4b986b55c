// 12. Randomized convergence: several devices (field agent, registration agent, registrar and
// a second device of the field agent) work offline on the same office's records — creations,
// edits of overlapping fields, workflow actions, conflict resolutions — and sync through the
// fault proxy while it drops responses, cuts connections and adds latency. Then the faults
// stop and everyone syncs until quiet. Checked: every replica equals a fresh download from the
// server (fields, status, rev, registration number); every outbox entry reached a final state;
// no op applied twice (server history has each device/mutation id at most once) and none lost
// (every creation is on the server once; each device's server watermark = its last wire id).
//
// Knobs (environment):
//   VITALIS_CONVERGENCE_SEED    replay a run (the seed is printed, and in every failure)
//   VITALIS_CONVERGENCE_ROUNDS  offline-work-then-sync rounds (default 60, ~30 s on 2 cores)
// A watchdog fails the test when neither progress nor an error happens for 30 s: it cancels
// the running sync (and, if even that does not return within 10 s, exits the process).
#include "core/WorkflowTable.h"
#include "core/store/StoreError.h"
#include "sync/protocol/ProtocolVersion.h"
#include "tests/support/SyncTest.h"

#include <atomic>
#include <cstdlib>
#include <map>
#include <set>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

std::uint64_t envU64(const char* name, std::uint64_t fallback)
{
    const char* v = std::getenv(name);
    return v && *v ? std::strtoull(v, nullptr, 10) : fallback;
}

std::vector<std::string> localIds(ProfileStore& store)
{
    std::vector<std::string> out;
    auto st = store.db().cached("SELECT id FROM records ORDER BY id");
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

class Watchdog
{
public:
    explicit Watchdog(std::uint64_t seed) : m_seed(seed), m_thread([this] { loop(); }) {}
    ~Watchdog()
    {
        m_stop = true;
        m_thread.join();
    }
    void tick() { m_ticks.fetch_add(1); }
    const std::atomic<bool>* cancelFlag() const { return &m_cancel; }
    bool fired() const { return m_fired.load(); }

private:
    void loop()
    {
        using namespace std::chrono;
        std::uint64_t seen = m_ticks.load();
        auto last = steady_clock::now();
        while (!m_stop) {
            std::this_thread::sleep_for(milliseconds(200));
            if (m_ticks.load() != seen) {
                seen = m_ticks.load();
                last = steady_clock::now();
                continue;
            }
            const auto idle = steady_clock::now() - last;
            if (idle > seconds(30) && !m_fired) {
                std::fprintf(stderr,
                             "convergence watchdog: no progress and no error for 30 s "
                             "(VITALIS_CONVERGENCE_SEED=%llu); cancelling\n",
                             static_cast<unsigned long long>(m_seed));
                m_fired = true;
                m_cancel = true;
            }
            if (idle > seconds(40)) {
                std::fprintf(stderr,
                             "convergence watchdog: still stuck after cancelling "
                             "(VITALIS_CONVERGENCE_SEED=%llu)\n",
                             static_cast<unsigned long long>(m_seed));
                std::_Exit(3); // children die with us (PR_SET_PDEATHSIG)
            }
        }
    }
    std::uint64_t m_seed;
    std::atomic<std::uint64_t> m_ticks{0};
    std::atomic<bool> m_stop{false}, m_cancel{false}, m_fired{false};
    std::thread m_thread;
};

struct Device {
    std::string name, user;
    std::unique_ptr<TestClient> client;
    int localRefusals = 0;
};

class SyncConvergence : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dir = freshDir("convergence");
        fs::create_directories(dir / "server");
        server = std::make_unique<ServerProcess>(dir / "server");
        server->start();
        proxy = std::make_unique<FaultProxy>(dir, server->port());
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

TEST_F(SyncConvergence, RandomOfflineWorkAndFaultsConvergeEverywhere)
{
    const std::uint64_t seed = envU64("VITALIS_CONVERGENCE_SEED", std::random_device{}());
    const int rounds = static_cast<int>(envU64("VITALIS_CONVERGENCE_ROUNDS", 60));
    std::printf("convergence: VITALIS_CONVERGENCE_SEED=%llu rounds=%d\n",
                static_cast<unsigned long long>(seed), rounds);
    SCOPED_TRACE("replay with VITALIS_CONVERGENCE_SEED=" + std::to_string(seed));
    std::mt19937_64 rng(seed);
    auto pick = [&](auto n) {
        return static_cast<decltype(n)>(rng() % static_cast<std::uint64_t>(n));
    };
    Watchdog watchdog(seed);

    std::vector<Device> devices;
    for (auto [name, user] :
         std::vector<std::pair<std::string, std::string>>{{"agent1", "agent.ald"},
                                                          {"agent2", "agent.ald"},
                                                          {"regagent", "regagent.ald"},
                                                          {"registrar", "registrar.ald"}}) {
        // Half the devices retry inside a run, half give up at the first failure (the next
        // run must resume): both paths get faults.
        const int attempts = devices.size() % 2 ? 3 : 1;
        Device d{name, user,
                 std::make_unique<TestClient>(dir / name, proxy->url(), sync::TransportOptions{}, 0,
                                              attempts)};
        d.client->login(user);
        devices.push_back(std::move(d));
    }
    sync::SyncReport totals;
    auto syncOnce = [&](Device& d) {
        sync::SyncOptions o;
        o.batchOps = 1 + pick(20);
        o.pullLimit = 1 + pick(50);
        sync::SyncReport r;
        try {
            r = d.client->engine().run(
                o, [&](const sync::SyncProgress&) { watchdog.tick(); }, watchdog.cancelFlag());
        } catch (const std::exception& e) {
            ADD_FAILURE() << d.name << ": the sync run threw instead of reporting: " << e.what();
            throw;
        }
        watchdog.tick(); // a finished run, ok or failed, is progress or an error
        totals.applied += r.applied;
        totals.merged += r.merged;
        totals.conflicts += r.conflicts;
        totals.rejected += r.rejected;
        totals.resets += r.resets;
        totals.requeuedAfterServerLoss += r.ok ? 0 : 1; // failed runs
        return r;
    };

    const std::vector<std::string> times = {"01:10", "06:45", "12:00", "18:30", "23:59"};
    auto randomEdit = [&]() -> json {
        switch (pick(3)) {
        case 0:
            return {{"weight_at_birth", 1.5 + 0.5 * static_cast<double>(pick(7))}};
        case 1:
            return {{"child_birth_time", times[pick(times.size())]}};
        default:
            return {
                {"child_name", {{"first", "Kid" + std::to_string(pick(5))}, {"family", "Banda"}}}};
        }
    };
    const RecordAction actions[] = {RecordAction::Validate, RecordAction::Register,
                                    RecordAction::Reject, RecordAction::Archive,
                                    RecordAction::Declare};
    std::set<std::string> created;
    int opsTyped = 0;

    auto work = [&](Device& d) {
        TestClient& c = *d.client;
        const int n = pick(6);
        for (int i = 0; i < n; ++i) {
            const auto ids = localIds(c.store());
            const int what = ids.empty() ? 0 : pick(10);
            try {
                if (what == 0) {
                    const auto r = pick(3) == 0
                                       ? c.declare(birthDeclaration(
                                             serverClock(), "Conv" + std::to_string(opsTyped)))
                                       : c.notify(notificationFields(opsTyped));
                    created.insert(r.id);
                } else if (what <= 6) {
                    c.edit(ids[pick(ids.size())], randomEdit());
                } else if (what <= 8) {
                    const auto a = actions[pick(std::size(actions))];
                    c.act(ids[pick(ids.size())], a,
                          a == RecordAction::Reject || a == RecordAction::Archive
                              ? "checked: needs another look"
                              : "");
                } else {
                    const auto open = c.store().conflicts().open();
                    if (open.empty())
                        continue;
                    sync::Resolution res;
                    res.all = pick(2) ? sync::Choice::Mine : sync::Choice::Theirs;
                    sync::ConflictResolver(c.store(), SystemClock())
                        .resolve(c.actor(), open[pick(open.size())].recordId, res);
                }
                ++opsTyped;
            } catch (const WorkflowError&) {
                ++d.localRefusals; // the device itself refused (role/status): nothing queued
            } catch (const std::exception& e) {
                ADD_FAILURE() << d.name << ": local action " << what << " threw: " << e.what();
                throw;
            }
            watchdog.tick();
        }
    };

    const std::vector<std::string> faults = {"reset",       "drop_responses 1", "cut_down 3000",
                                             "cut_up 2500", "latency 40",       "cut_down 300"};
    for (int round = 0; round < rounds && !watchdog.fired(); ++round) {
        for (auto& d : devices)
            work(d);
        std::vector<std::size_t> order(devices.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::shuffle(order.begin(), order.end(), rng);
        for (const auto i : order) {
            if (pick(4) == 0)
                continue; // stays offline this round
            proxy->send("reset");
            proxy->send(faults[pick(faults.size())]);
            syncOnce(devices[i]);
        }
    }
    proxy->send("reset");

    // Quiet: everyone syncs and decides their conflicts until nothing is left to send.
    bool quiet = false;
    for (int pass = 0; pass < 12 && !quiet && !watchdog.fired(); ++pass) {
        quiet = true;
        for (auto& d : devices) {
            sync::SyncReport r;
            for (int i = 0; i < 10 && !(r = syncOnce(d)).ok && !watchdog.fired(); ++i) {
            }
            ASSERT_TRUE(r.ok) << d.name << ": " << r.error;
            for (const auto& c : d.client->store().conflicts().open()) {
                sync::Resolution res;
                res.all = sync::Choice::Theirs;
                try {
                    sync::ConflictResolver(d.client->store(), SystemClock())
                        .resolve(d.client->actor(), c.recordId, res);
                    quiet = false;
                } catch (const WorkflowError&) {
                    // not this role's to decide: it stays open for someone who may
                }
            }
            if (!d.client->store().outbox().pending(INT64_MAX, 1).empty() || r.opsSent > 0 ||
                r.recordsPulled > 0)
                quiet = false;
        }
    }
    ASSERT_FALSE(watchdog.fired()) << "a sync stalled for 30 s";
    ASSERT_TRUE(quiet) << "devices kept producing work after 12 quiet passes";

    // Invariants.
    std::map<std::string, json> serverRecords; // everything any user can see, from the server
    for (auto& d : devices) {
        TestClient fresh(dir / ("fresh-" + d.name), server->url());
        fresh.login(d.user);
        sync::SyncOptions o;
        o.pullLimit = 1000;
        ASSERT_TRUE(fresh.sync(o).ok);
        TestClient& c = *d.client;
        const auto mine = localIds(c.store());
        const auto theirs = localIds(fresh.store());
        for (const auto& id : theirs) {
            const Record s = fresh.record(id);
            const auto local = c.store().records().find(id);
            ASSERT_TRUE(local) << d.name << " is missing " << id;
            EXPECT_EQ(local->fields, s.fields) << d.name << " " << id;
            EXPECT_EQ(local->status, s.status) << d.name << " " << id;
            EXPECT_EQ(local->serverRevision, s.serverRevision) << d.name << " " << id;
            EXPECT_EQ(local->registrationNumber, s.registrationNumber) << d.name << " " << id;
        }
        const std::set<std::string> theirSet(theirs.begin(), theirs.end());
        for (const auto& id : mine) {
            if (theirSet.count(id))
                continue;
            // Only what never reached the server, or work kept after a record left the scope.
            const auto entries = c.store().outbox().forRecord(id);
            ASSERT_FALSE(entries.empty()) << d.name << " holds " << id << " for no reason";
            EXPECT_TRUE(entries.back().state == OutboxState::Rejected ||
                        entries.back().state == OutboxState::Conflict)
                << d.name << " " << id << " " << toString(entries.back().state);
        }
        // Every op reached a final state.
        for (const auto& [state, n] : c.outboxCounts())
            EXPECT_TRUE(state == OutboxState::Applied || state == OutboxState::Merged ||
                        state == OutboxState::Conflict || state == OutboxState::Rejected ||
                        state == OutboxState::Resolved)
                << d.name << ": " << n << " op(s) left " << toString(state);
        // The server's watermark for this device is the device's last wire op: none lost.
        const auto page =
            c.api().pull({protocol::kProtocolVersion, protocol::kSchemaVersion, "", 1});
        EXPECT_EQ(page.lastMutationId, c.store().settings().getInt("sync.last_wire_id", 0))
            << d.name;
        for (const auto& id : theirs)
            if (!serverRecords.count(id))
                serverRecords[id] = fresh.serverHistory(id);
    }
    // No op applied twice; every creation exactly once.
    std::map<std::string, std::string> deviceName;
    for (auto& d : devices)
        deviceName[d.client->api().deviceId()] = d.name;
    int historyEntries = 0;
    for (const auto& [id, history] : serverRecords) {
        std::set<std::pair<std::string, std::int64_t>> seen;
        int creations = 0;
        for (const auto& h : history) {
            ++historyEntries;
            const auto key =
                std::make_pair(h.value("device_id", ""), h.value("mutation_id", std::int64_t{0}));
            EXPECT_TRUE(seen.insert(key).second)
                << "op " << key.second << " of " << deviceName[key.first] << " applied twice on "
                << id;
            if (h.value("rev", 0) == 1)
                ++creations;
        }
        EXPECT_EQ(creations, 1) << id;
    }
    for (const auto& id : created) {
        bool somewhere = serverRecords.count(id) > 0;
        for (auto& d : devices)
            somewhere = somewhere || d.client->store().records().exists(id);
        EXPECT_TRUE(somewhere) << "record " << id << " vanished";
    }
    std::printf("convergence: %d ops typed, %zu records on the server, %d history entries; "
                "answers: %d applied, %d merged, %d conflict, %d rejected; %d failed runs; "
                "local refusals %d/%d/%d/%d\n",
                opsTyped, serverRecords.size(), historyEntries, totals.applied, totals.merged,
                totals.conflicts, totals.rejected, totals.requeuedAfterServerLoss,
                devices[0].localRefusals, devices[1].localRefusals, devices[2].localRefusals,
                devices[3].localRefusals);
}

} // namespace
