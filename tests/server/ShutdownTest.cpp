// SIGTERM is a clean stop: the server stops accepting, lets requests being handled finish and
// answer, closes every database connection on the thread that opened it, and exits 0. The
// double free this guards against (a worker's connection dying with the thread while
// ~QCoreApplication tears down Qt Sql) showed about once in twenty stops, hence many rounds.
#include "tests/support/ServerTest.h"

#include <cstdlib>
#include <future>
#include <signal.h>
#include <thread>

using namespace vitalis::test;

namespace
{

// VITALIS_SHUTDOWN_ROUNDS: 200 is the full size; CI runs fewer.
int rounds()
{
    const char* env = std::getenv("VITALIS_SHUTDOWN_ROUNDS");
    const int n = env ? std::atoi(env) : 0;
    return n > 0 ? n : 20;
}

} // namespace

TEST(Shutdown, ManyStartLoginPushTermRoundsAllExitZero)
{
    TestDatabase db(Backend::Sqlite);
    const int n = rounds();
    int failures = 0;
    for (int i = 0; i < n; ++i) {
        ServerProcess server(db.url(), {QStringLiteral("--workers"), QStringLiteral("4")});
        server.start();
        Session s(server, "agent1");
        s.loginOrFail();
        const auto r = s.push(
            json::array({createOp(s.nextMutationId(), newRecordId(), "O1", birthFields("Round"))}));
        EXPECT_EQ(r.status, 200) << r.raw;
        // Touch several workers so several threads hold a connection when the signal comes.
        std::vector<std::future<long>> reads;
        for (int k = 0; k < 4; ++k)
            reads.push_back(
                std::async(std::launch::async, [&] { return s.get("/readyz").status; }));
        for (auto& f : reads)
            f.get();
        const int rc = server.stop();
        if (rc != 0) {
            ++failures;
            ADD_FAILURE() << "round " << i << ": exit " << rc << "\n" << server.output();
        }
    }
    EXPECT_EQ(failures, 0) << "of " << n << " rounds";
}

TEST(Shutdown, ARequestBeingHandledIsAnsweredBeforeTheServerExits)
{
    TestDatabase db(Backend::Sqlite);
    ServerProcess server(db.url());
    server.start();
    Session s(server, "agent1");
    s.loginOrFail();
    json ops = json::array();
    for (int i = 0; i < 300; ++i)
        ops.push_back(createOp(s.nextMutationId(), newRecordId(), "O1", birthFields("Drain")));
    auto push = std::async(std::launch::async, [&] { return s.push(ops); });
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    ::kill(static_cast<pid_t>(server.pid()), SIGTERM);
    const auto r = push.get();
    EXPECT_EQ(r.status, 200) << r.curlError << r.raw;
    EXPECT_EQ(server.stop(), 0) << server.output();
    // Stopped: nothing listens any more.
    EXPECT_EQ(httpRequest("GET", server.url("/healthz"), {}, {}, 2000).status, 0);
}
