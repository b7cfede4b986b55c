// Concurrent pushes sharing one commit (SQLite's group-commit writer; PostgreSQL runs the same
// tests through its connection pool): a refused batch among good ones fails alone and leaves
// nothing behind, retries racing their originals are answered exactly once, and kill -9 in
// the middle of shared commits loses no acknowledged op.
#include "sync/server/db/Db.h"
#include "tests/support/ServerTest.h"

#include <QThread>
#include <atomic>
#include <barrier>
#include <csignal>
#include <mutex>
#include <thread>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

constexpr int kDevices = 8;
constexpr int kOpsPerBatch = 10;

json createBatch(Session& s, std::vector<std::string>& ids, int n = kOpsPerBatch)
{
    json ops = json::array();
    for (int i = 0; i < n; ++i) {
        ids.push_back(newRecordId());
        ops.push_back(createOp(s.nextMutationId(), ids.back(), "O1", birthFields()));
    }
    return ops;
}

std::int64_t scalar(TestDatabase& db, const char* sql)
{
    server::DbSettings settings;
    settings.url = server::DatabaseUrl::parse(QString::fromStdString(db.url()));
    server::Db check(settings, QStringLiteral("group-commit-check"));
    return check.scalarInt(QString::fromLatin1(sql)).value_or(-1);
}

} // namespace

class GroupCommit : public ServerTest
{
protected:
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--workers"), QString::number(kDevices)};
    }

    std::vector<std::unique_ptr<Session>> devices()
    {
        std::vector<std::unique_ptr<Session>> out;
        for (int d = 0; d < kDevices; ++d)
            out.push_back(login(d % 2 ? "regagent1" : "agent1"));
        return out;
    }
};

// Each round, every device pushes at the same moment; one of them sends a bad batch. On even
// rounds its first op is fine and its second references an attachment never uploaded (the
// batch is refused after the first op was already written in the shared transaction: the
// group runs again without it); on odd rounds its mutation ids skip ahead (refused before
// anything is written: the others go on in the same transaction).
TEST_P(GroupCommit, RefusedBatchAmongConcurrentGoodOnesFailsAloneAndLeavesNothing)
{
    auto devs = devices();
    constexpr int kRounds = 6;
    std::barrier sync(kDevices);
    std::mutex mutex;
    std::set<std::string> applied, refused;
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int d = 0; d < kDevices; ++d)
        threads.emplace_back([&, d] {
            Session& s = *devs[static_cast<std::size_t>(d)];
            for (int round = 0; round < kRounds; ++round) {
                std::vector<std::string> ids;
                json ops = createBatch(s, ids);
                const bool bad = round % kDevices == d;
                const bool afterWriting = round % 2 == 0;
                if (bad && afterWriting)
                    ops[1]["changes"]["notes"] = {
                        {"base", nullptr},
                        {"value", json::array({{{"attachmentId", newRecordId()}}})}};
                if (bad && !afterWriting)
                    for (auto& op : ops)
                        op["mutation_id"] = op["mutation_id"].get<std::int64_t>() + 5;
                sync.arrive_and_wait();
                const auto r = s.push(ops);
                std::lock_guard lock(mutex);
                if (bad) {
                    const char* code = afterWriting ? "attachments_incomplete" : "mutation_gap";
                    if (r.status != 409 || r.body["error"]["code"] != code)
                        ++failures;
                    refused.insert(ids.begin(), ids.end());
                    s.setLastMutationId(s.nextMutationId() - 1 - kOpsPerBatch); // not consumed
                    continue;
                }
                if (r.status != 200)
                    ++failures;
                for (std::size_t i = 0; i < ids.size(); ++i)
                    if (r.status == 200 && r.body["results"][i]["status"] == "applied")
                        applied.insert(ids[i]);
            }
        });
    for (auto& t : threads)
        t.join();
    EXPECT_EQ(failures.load(), 0);
    const std::size_t good = static_cast<std::size_t>(kRounds * (kDevices - 1) * kOpsPerBatch);
    EXPECT_EQ(applied.size(), good);

    auto reader = login("registrar1");
    const auto seen = reader->pullAll();
    for (const auto& id : applied)
        EXPECT_TRUE(seen.count(id)) << "acknowledged record missing: " << id;
    for (const auto& id : refused)
        EXPECT_FALSE(seen.count(id)) << "record of a refused batch was kept: " << id;
    // A refused batch consumed no mutation id: each device continues where it was.
    for (auto& s : devs) {
        std::vector<std::string> ids;
        const auto r = s->push(createBatch(*s, ids, 1));
        ASSERT_EQ(r.status, 200) << r.raw;
        EXPECT_EQ(r.body["results"][0]["status"], "applied") << r.raw;
    }
    server->stop();
    EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM records"), static_cast<int>(good) + kDevices);
    EXPECT_EQ(scalar(*db, "SELECT MAX(seq) FROM change_log"), static_cast<int>(good) + kDevices)
        << "change log without holes";
}

// Every device sends each batch twice at once (a retry racing its original): both answers are
// identical and each op is applied once, with one ledger row.
TEST_P(GroupCommit, RetriesRacingTheirOriginalsAreAppliedExactlyOnce)
{
    auto devs = devices();
    constexpr int kRounds = 4;
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int d = 0; d < kDevices; ++d)
        threads.emplace_back([&, d] {
            Session& s = *devs[static_cast<std::size_t>(d)];
            for (int round = 0; round < kRounds; ++round) {
                std::vector<std::string> ids;
                const json ops = createBatch(s, ids);
                HttpResponse first;
                std::thread twin([&] { first = s.push(ops); });
                const auto second = s.push(ops);
                twin.join();
                if (first.status != 200 || second.status != 200 ||
                    first.body["results"] != second.body["results"])
                    ++failures;
                for (const auto& res : second.body["results"])
                    if (res["status"] != "applied")
                        ++failures;
            }
        });
    for (auto& t : threads)
        t.join();
    EXPECT_EQ(failures.load(), 0);
    server->stop();
    const int total = kDevices * kRounds * kOpsPerBatch;
    EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM records"), total);
    EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM op_results"), total);
    EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM record_history"), total);
    EXPECT_EQ(scalar(*db, "SELECT MAX(seq) FROM change_log"), total);
}

// Several devices stream batches while the server is killed again and again; every device
// retries a batch until it is acknowledged. Afterwards each acknowledged op exists once and a
// replay of every batch returns the acknowledged answers.
TEST_P(GroupCommit, KillNineDuringSharedCommitsLosesNoAcknowledgedOp)
{
    auto devs = devices();
    constexpr int kBatches = 10;
    constexpr int kKills = 5;
    std::mutex mutex;
    std::map<std::string, json> acknowledged; // device:mutation -> result
    std::vector<std::vector<json>> sent(kDevices);
    std::atomic<int> failures{0};
    std::atomic<int> devicesDone{0};
    std::vector<std::thread> threads;
    for (int d = 0; d < kDevices; ++d)
        threads.emplace_back([&, d] {
            Session& s = *devs[static_cast<std::size_t>(d)];
            for (int b = 0; b < kBatches; ++b) {
                std::vector<std::string> ids;
                const json ops = createBatch(s, ids);
                sent[static_cast<std::size_t>(d)].push_back(ops);
                // Like the real outbox: the same batch again until it is acknowledged.
                for (int attempt = 0;; ++attempt) {
                    const auto r = s.push(ops);
                    if (r.status == 200) {
                        std::lock_guard lock(mutex);
                        for (const auto& res : r.body["results"])
                            acknowledged[s.deviceId() + ":" +
                                         std::to_string(res["mutation_id"].get<int>())] = res;
                        break;
                    }
                    if ((r.status != 0 && r.status < 500) || attempt > 600) {
                        ++failures;
                        ++devicesDone;
                        return;
                    }
                    QThread::msleep(50);
                }
            }
            ++devicesDone;
        });
    // The main thread owns the server process: it kills and restarts it while devices push.
    int kills = 0;
    while (devicesDone < kDevices) {
        QThread::msleep(kills < kKills ? 120 : 20);
        if (kills < kKills && devicesDone < kDevices) {
            ::kill(static_cast<pid_t>(server->pid()), SIGKILL);
            server->kill9();
            server->start();
            ++kills;
        }
    }
    for (auto& t : threads)
        t.join();
    ASSERT_EQ(failures.load(), 0);
    std::cerr << "kills: " << kills << "\n";
    const int total = kDevices * kBatches * kOpsPerBatch;
    ASSERT_EQ(acknowledged.size(), static_cast<std::size_t>(total));
    for (int d = 0; d < kDevices; ++d)
        for (const json& ops : sent[static_cast<std::size_t>(d)]) {
            Session& s = *devs[static_cast<std::size_t>(d)];
            const auto r = s.push(ops);
            ASSERT_EQ(r.status, 200) << r.raw;
            for (const auto& res : r.body["results"])
                EXPECT_EQ(res, acknowledged.at(s.deviceId() + ":" +
                                               std::to_string(res["mutation_id"].get<int>())));
        }
    server->stop();
    EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM records"), total);
    EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM op_results"), total);
    EXPECT_EQ(scalar(*db, "SELECT MAX(seq) FROM change_log"), total);
    EXPECT_EQ(scalar(*db, "SELECT COUNT(*) FROM change_log"), total);
}

VITALIS_SERVER_BACKENDS(GroupCommit);
