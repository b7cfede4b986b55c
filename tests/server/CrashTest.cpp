// kill -9 the server again and again while a device streams pushes (and retries, as the real
// client does). Afterwards every op acknowledged to the device is present exactly once, the
// ledger answers every retry identically and the database passes its integrity checks.
// Knob: VITALIS_SERVER_CRASH_KILLS (default 15) = how many SIGKILLs.
#include "sync/server/db/Db.h"
#include "tests/support/ServerTest.h"

#include <QThread>
#include <atomic>
#include <csignal>
#include <random>
#include <thread>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

int killCount()
{
    const char* v = std::getenv("VITALIS_SERVER_CRASH_KILLS");
    return v ? std::max(1, std::atoi(v)) : 15;
}

constexpr int kOpsPerBatch = 5;

// Batch `b` of the device's outbox: four new records and an edit of the first one. The ops
// are a pure function of b, so a retry sends exactly what the first attempt sent.
json batchOps(int b, std::vector<std::string>& ids, std::vector<std::string>& tracking)
{
    json ops = json::array();
    const std::int64_t first = static_cast<std::int64_t>(b) * kOpsPerBatch + 1;
    for (int i = 0; i < 4; ++i) {
        const std::size_t k = static_cast<std::size_t>(b * 4 + i);
        if (ids.size() <= k) {
            ids.push_back(newRecordId());
            tracking.push_back(newTrackingId());
        }
        json op = createOp(first + i, ids[k], "O1", birthFields("Crash" + std::to_string(k)));
        op["record"]["tracking_id"] = tracking[k];
        ops.push_back(op);
    }
    ops.push_back(changeOp(first + 4, ids[static_cast<std::size_t>(b * 4)], "edit", 1,
                           changes({{"notes", "batch " + std::to_string(b)}})));
    return ops;
}

} // namespace

class Crash : public ServerTest
{
protected:
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--workers"), QStringLiteral("2")};
    }
};

TEST_P(Crash, KillNineDuringPushesLosesNothingAcknowledgedAndAppliesNothingTwice)
{
    const int kills = killCount();
    auto device = login("agent1");
    std::atomic<qint64> pid{server->pid()};
    std::atomic<int> killed{0};
    std::atomic<bool> done{false};
    std::thread killer([&] {
        std::mt19937 rng(12345);
        std::uniform_int_distribution<int> wait(20, 120);
        while (!done && killed < kills) {
            QThread::msleep(static_cast<unsigned long>(wait(rng)));
            const qint64 p = pid.exchange(0);
            if (p > 0) {
                ::kill(static_cast<pid_t>(p), SIGKILL);
                ++killed;
            }
        }
    });
    // A failed ASSERT returns early: stop and join the killer on every path (a joinable
    // std::thread at scope exit would abort the test binary and orphan the server).
    struct Joiner {
        std::atomic<bool>& done;
        std::thread& thread;
        ~Joiner()
        {
            done = true;
            if (thread.joinable())
                thread.join();
        }
    } joiner{done, killer};

    std::vector<std::string> ids, tracking;
    std::map<std::int64_t, json> acknowledged; // mutation id -> result the device received
    int batch = 0;
    int restarts = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(3);
    // Like the real outbox, the device stops only after a batch was acknowledged: a batch
    // whose response was lost is always sent again.
    for (;;) {
        const json ops = batchOps(batch, ids, tracking);
        const auto r = device->push(ops);
        if (r.status == 200) {
            for (const auto& res : r.body["results"])
                acknowledged[res["mutation_id"]] = res;
            ++batch;
            if ((killed >= kills && batch >= 20) || std::chrono::steady_clock::now() > deadline)
                break;
            continue;
        }
        ASSERT_TRUE(r.status == 0 || r.status >= 500) << "only infrastructure failures: " << r.raw;
        // The server died under the request: restart it and retry the same batch.
        for (int attempt = 0;; ++attempt) {
            pid = 0;
            server->kill9();
            try {
                server->start();
                pid = server->pid();
                ++restarts;
                break;
            } catch (const std::exception&) {
                ASSERT_LT(attempt, 20) << "server does not come back: " << server->output();
            }
        }
    }
    done = true;
    if (killer.joinable())
        killer.join();
    pid = 0;
    // The killer may have struck once more after the last push: start from a known state.
    server->kill9();
    server->start();
    std::cerr << "kills: " << killed << ", restarts: " << restarts << ", batches: " << batch
              << "\n";
    ASSERT_GE(killed.load(), kills);
    ASSERT_GT(batch, 0);

    // Every acknowledged op is there exactly once, and a replay of everything changes nothing.
    const std::int64_t total = static_cast<std::int64_t>(batch) * kOpsPerBatch;
    ASSERT_EQ(acknowledged.size(), static_cast<std::size_t>(total));
    for (int b = 0; b < batch; ++b) {
        const auto r = device->push(batchOps(b, ids, tracking));
        ASSERT_EQ(r.status, 200) << r.raw;
        for (const auto& res : r.body["results"])
            EXPECT_EQ(res, acknowledged.at(res["mutation_id"])) << "ledger answer changed";
        EXPECT_EQ(r.body["last_mutation_id"], total);
    }
    for (const auto& [m, res] : acknowledged)
        EXPECT_EQ(res["status"], "applied") << res;
    auto reader = login("registrar1");
    const auto seen = reader->pullAll();
    ASSERT_EQ(seen.size(), static_cast<std::size_t>(batch) * 4);
    for (int b = 0; b < batch; ++b)
        for (int i = 0; i < 4; ++i) {
            const std::string& id = ids[static_cast<std::size_t>(b * 4 + i)];
            ASSERT_TRUE(seen.count(id)) << id;
            EXPECT_EQ(seen.at(id)["rev"], i == 0 ? 2 : 1) << id;
        }

    server->stop();
    server::DbSettings settings;
    settings.url = server::DatabaseUrl::parse(QString::fromStdString(db->url()));
    server::Db check(settings, QStringLiteral("crash-check"));
    auto scalar = [&](const char* sql) {
        return check.scalarInt(QString::fromLatin1(sql)).value_or(-1);
    };
    if (db->backend() == Backend::Sqlite) {
        server::Rows r = check.query(QStringLiteral("PRAGMA integrity_check"));
        ASSERT_TRUE(r.next());
        EXPECT_EQ(r.text(0), "ok");
        EXPECT_EQ(scalar("SELECT COUNT(*) FROM pragma_foreign_key_check"), 0);
    }
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM op_results"), total);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM records"), batch * 4);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM record_history"), total);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM (SELECT mutation_id FROM record_history GROUP BY "
                     "user_id, device_id, mutation_id HAVING COUNT(*) > 1) d"),
              0);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM change_log"), total);
    EXPECT_EQ(scalar("SELECT MAX(seq) FROM change_log"), total) << "sequence without holes";
    EXPECT_EQ(scalar("SELECT value FROM counters WHERE name = 'change_seq'"), total);
}

VITALIS_SERVER_BACKENDS(Crash);
