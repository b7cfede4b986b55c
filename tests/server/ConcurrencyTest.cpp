// Concurrent writers through two server processes on one database while a reader pulls the
// change log continuously: the reader must see every change. On PostgreSQL, transactions
// take sequence numbers and commit in different orders; a cursor that stepped past a number
// an open transaction still held would lose that record forever (each record here is
// written once, so a skipped change is never repaired by a later one).
#include "tests/support/ServerTest.h"

#include <mutex>
#include <thread>

using namespace vitalis::test;

class Concurrency : public ServerTest
{
protected:
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--workers"), QStringLiteral("6")};
    }
};

TEST_P(Concurrency, ReaderSeesEveryChangeWhileWritersCommitOutOfOrder)
{
    ServerProcess second(db->url(), {QStringLiteral("--workers"), QStringLiteral("4")});
    second.start();
    constexpr int kWriters = 6, kBatches = 8, kPerBatch = 25;
    const std::vector<std::string> users = {"agent1",  "regagent1", "registrar1",
                                            "provreg", "agent1",    "regagent1"};
    std::mutex mutex;
    std::set<std::string> written;
    std::atomic<int> writersDone{0};
    std::vector<std::thread> writers;
    std::atomic<int> failures{0};
    for (int w = 0; w < kWriters; ++w)
        writers.emplace_back([&, w] {
            Session s(w % 2 ? second : *server, users[static_cast<std::size_t>(w)]);
            try {
                s.loginOrFail();
            } catch (...) {
                ++failures;
                ++writersDone;
                return;
            }
            for (int b = 0; b < kBatches; ++b) {
                json ops = json::array();
                std::vector<std::string> ids;
                for (int i = 0; i < kPerBatch; ++i) {
                    ids.push_back(newRecordId());
                    ops.push_back(createOp(s.nextMutationId(), ids.back(), w == 3 ? "O2" : "O1",
                                           birthFields()));
                }
                const auto r = s.push(ops);
                if (r.status != 200) {
                    ++failures;
                    break;
                }
                std::lock_guard lock(mutex);
                for (std::size_t i = 0; i < ids.size(); ++i)
                    if (r.body["results"][i]["status"] == "applied")
                        written.insert(ids[i]);
            }
            ++writersDone;
        });

    Session reader(*server, "provreg"); // province P1 sees O1 and O2
    reader.loginOrFail();
    std::set<std::string> seen;
    std::string cursor;
    int pulls = 0;
    auto drain = [&] {
        for (bool more = true; more;) {
            const auto r = reader.pull(cursor, 40);
            ASSERT_EQ(r.status, 200) << r.raw;
            for (const auto& c : r.body["changes"])
                if (c["type"] == "upsert")
                    seen.insert(c["record"]["id"]);
            cursor = r.body["cursor"];
            more = r.body["has_more"];
            ++pulls;
        }
    };
    while (writersDone < kWriters)
        drain();
    for (auto& t : writers)
        t.join();
    drain();
    EXPECT_EQ(failures.load(), 0);
    EXPECT_EQ(written.size(), static_cast<std::size_t>(kWriters * kBatches * kPerBatch));
    std::vector<std::string> missing;
    std::set_difference(written.begin(), written.end(), seen.begin(), seen.end(),
                        std::back_inserter(missing));
    EXPECT_TRUE(missing.empty()) << missing.size() << " committed records never reached the "
                                 << "reader, e.g. " << (missing.empty() ? "" : missing[0]);
    EXPECT_EQ(seen.size(), written.size());
    EXPECT_GT(pulls, 3) << "the reader should have pulled while writers were running";
    std::cerr << "pulls during the run: " << pulls << "\n";
}

VITALIS_SERVER_BACKENDS(Concurrency);
