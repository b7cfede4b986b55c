// Several vitalis-server processes on one PostgreSQL database behind a balancer without sticky
// sessions: three processes start at once on an empty database (migrations and seed race),
// twenty laptops (encrypted store + sync engine) push and pull through vitalis-faultproxy,
// which sends every request to a random process, and one process is SIGKILLed and restarted
// mid-run. Then: exactly-once application, unique gap-free registration numbers, every device
// holding exactly the server's records, refresh on another process, lockout shared.
// VITALIS_MULTIPROC_ROUNDS (default 4) runs more rounds of declare + register.
#include "sync/server/db/Db.h"
#include "sync/server/db/Migrations.h"
#include "tests/support/ServerTest.h"
#include "tests/support/SyncTest.h"

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

namespace vitalis::test
{
namespace
{

using server::Db;
using server::DbSettings;

constexpr int kServers = 3;
constexpr int kAgentsPerOffice = 4;
constexpr int kBirthsPerRound = 4;
const std::vector<std::string> kOffices = {"ald", "bre", "dun", "elv"};

int rounds()
{
    const char* env = std::getenv("VITALIS_MULTIPROC_ROUNDS");
    return env && std::atoi(env) > 0 ? std::atoi(env) : 4;
}

std::string withDatabase(const std::string& url, const std::string& name)
{
    const auto slash = url.rfind('/');
    const auto query = url.find('?', slash);
    return url.substr(0, slash + 1) + name + (query == std::string::npos ? "" : url.substr(query));
}

// An empty database (no schema, no seed): the three servers create both at once.
class EmptyPostgres
{
public:
    EmptyPostgres()
        : name_("t_multiproc_" + std::to_string(::getpid())),
          admin_(test::dbSettings(test::postgresAdminUrl()), QStringLiteral("multiproc-admin"))
    {
        admin_.executeRaw(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                              .arg(QString::fromStdString(name_)));
        admin_.executeRaw(QStringLiteral("CREATE DATABASE %1").arg(QString::fromStdString(name_)));
        url_ = withDatabase(test::postgresAdminUrl(), name_);
    }
    ~EmptyPostgres()
    {
        try {
            admin_.executeRaw(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                  .arg(QString::fromStdString(name_)));
        } catch (const std::exception&) {
            // The test cluster is thrown away after the run anyway.
        }
    }
    const std::string& url() const { return url_; }

private:
    std::string name_, url_;
    Db admin_;
};

struct Laptop {
    std::string username;
    int number = 0; // in the children's names: two laptops never declare the same child
    std::unique_ptr<TestClient> client;
    std::vector<std::string> declared; // record ids this laptop created
    std::set<std::string> registered;  // record ids this laptop registered
};

// Every record in the laptop's store, whatever its state.
std::map<std::string, Record> localRecords(TestClient& c)
{
    std::map<std::string, Record> out;
    WorkqueueQuery q;
    q.statuses.assign(std::begin(kAllStatuses), std::end(kAllStatuses));
    q.pageSize = 500;
    for (;;) {
        const WorkqueuePage page = c.store().records().workqueue(q);
        for (const Record& r : page.records)
            out.emplace(r.id, r);
        if (!page.next)
            return out;
        q.after = page.next;
    }
}

struct ServerRow {
    std::int64_t rev = 0;
    std::string officeId, status, registrationNumber;
};

class MultiProcessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dir_ = freshDir("multiproc");
        startAllAtOnce();
        proxy_ = std::make_unique<FaultProxy>(dir_, servers_[0]->port());
        proxy_->send("targets " + targetList());
        reader_ =
            std::make_unique<Db>(test::dbSettings(db_.url()), QStringLiteral("multiproc-read"));
    }

    virtual QStringList serverArgs() const
    {
        return {QStringLiteral("--database"),
                QString::fromStdString(db_.url()),
                QStringLiteral("--access-token-ttl"),
                QStringLiteral("10"),
                QStringLiteral("--secrets-key"),
                QString::fromStdString((dir_ / "secrets.key").string())};
    }

    // The three processes are started in the same instant on the empty database. Each from a
    // thread that lives as long as the test: a child dies with the thread that forked it
    // (PR_SET_PDEATHSIG in ChildProcess).
    void startAllAtOnce()
    {
        for (int i = 0; i < kServers; ++i) {
            const fs::path dir = dir_ / ("s" + std::to_string(i));
            fs::create_directories(dir);
            servers_.push_back(std::make_unique<ServerProcess>(dir, serverArgs()));
        }
        int started = 0;
        for (int i = 0; i < kServers; ++i)
            holders_.emplace_back([this, i, &started] {
                std::string error;
                try {
                    servers_[i]->start();
                } catch (const std::exception& e) {
                    error = std::string(e.what()) + "\n";
                }
                std::unique_lock lock(mutex_);
                startErrors_ += error;
                ++started;
                wake_.notify_all();
                wake_.wait(lock, [this] { return released_; });
            });
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [&] { return started == kServers; });
    }

    ~MultiProcessTest() override
    {
        for (auto& s : servers_)
            s->kill9();
        {
            std::lock_guard lock(mutex_);
            released_ = true;
        }
        wake_.notify_all();
        for (auto& t : holders_)
            t.join();
        if (!HasFailure())
            fs::remove_all(dir_);
    }

    std::string targetList() const
    {
        std::string list;
        for (const auto& s : servers_)
            list += (list.empty() ? "" : ",") + ("127.0.0.1:" + std::to_string(s->port()));
        return list;
    }

    std::string serverLog(int i) const
    {
        std::ifstream in(servers_[i]->dir() / "server.log");
        return std::string(std::istreambuf_iterator<char>(in), {});
    }

    std::map<std::string, ServerRow> serverRecords()
    {
        std::map<std::string, ServerRow> out;
        server::Rows r = reader_->query(QStringLiteral(
            "SELECT id, rev, office_id, status, COALESCE(registration_number, '') FROM records"));
        while (r.next())
            out[r.text(0)] = {r.i64(1), r.text(2), r.text(3), r.text(4)};
        return out;
    }

    // Requests a process answered 200 on routes containing `route` (its /metrics).
    std::int64_t served(int i, const std::string& route)
    {
        const auto r = test::httpRequest("GET", servers_[i]->url() + "/metrics");
        std::int64_t n = 0;
        std::istringstream lines(r.raw);
        for (std::string line; std::getline(lines, line);)
            if (line.rfind("vitalis_http_requests_total{", 0) == 0 &&
                line.find(route) != std::string::npos &&
                line.find("status=\"200\"") != std::string::npos)
                n += std::stoll(line.substr(line.rfind(' ') + 1));
        return n;
    }

    // Per office and year, every sequence up to the counter is either inside exactly one
    // reserved block (used at most once: by a record or a void) or an online number used by
    // exactly one record: no number is lost or issued twice, blocks never overlap.
    void checkNumbersAccountedFor()
    {
        std::map<std::pair<std::string, int>, std::map<std::int64_t, int>> used; // seq -> uses
        std::map<std::pair<std::string, int>, std::vector<std::pair<std::int64_t, std::int64_t>>>
            blocks;
        server::Rows n = reader_->query(QStringLiteral(
            "SELECT office_id, registration_number FROM records WHERE registration_number IS "
            "NOT NULL UNION ALL SELECT office_id, number FROM number_voids"));
        while (n.next()) {
            const std::string number = n.text(1);
            const auto dash = number.rfind('-');
            const int year = std::stoi(number.substr(dash - 4, 4));
            ++used[{n.text(0), year}][std::stoll(number.substr(dash + 1))];
        }
        server::Rows b = reader_->query(QStringLiteral(
            "SELECT office_id, year, first_seq, last_seq FROM number_blocks ORDER BY first_seq"));
        while (b.next())
            blocks[{b.text(0), static_cast<int>(b.i64(1))}].push_back({b.i64(2), b.i64(3)});
        server::Rows c = reader_->query(
            QStringLiteral("SELECT office_id, year, value FROM registration_counters"));
        while (c.next()) {
            const std::pair<std::string, int> key{c.text(0), static_cast<int>(c.i64(1))};
            const auto& ranges = blocks[key];
            for (std::size_t i = 1; i < ranges.size(); ++i)
                EXPECT_LT(ranges[i - 1].second, ranges[i].first) << key.first << " blocks overlap";
            for (std::int64_t seq = 1; seq <= c.i64(2); ++seq) {
                int inBlocks = 0;
                for (const auto& [first, last] : ranges)
                    inBlocks += seq >= first && seq <= last ? 1 : 0;
                const int uses = used[key].count(seq) ? used[key][seq] : 0;
                if (inBlocks == 0)
                    EXPECT_EQ(uses, 1) << key.first << " online number " << seq;
                else
                    EXPECT_LE(uses, 1) << key.first << " pool number " << seq;
                EXPECT_LE(inBlocks, 1) << key.first << " sequence " << seq << " in two blocks";
            }
        }
    }

    std::int64_t scalar(const char* sql)
    {
        return reader_->scalarInt(QString::fromUtf8(sql)).value_or(-1);
    }

    void makeLaptops()
    {
        int n = 0;
        for (const auto& office : kOffices) {
            for (int i = 0; i < kAgentsPerOffice + 1; ++i) {
                Laptop l;
                l.number = n;
                l.username = (i < kAgentsPerOffice ? "agent." : "registrar.") + office;
                l.client = std::make_unique<TestClient>(dir_ / ("laptop" + std::to_string(n++)),
                                                        proxy_->url());
                l.client->login(l.username);
                laptops_.push_back(std::move(l));
            }
        }
    }

    // One round on one laptop: an agent declares and syncs; a registrar syncs, registers
    // what its office declared and syncs again.
    void work(Laptop& l, int round)
    {
        if (l.username.rfind("agent.", 0) == 0) {
            for (int b = 0; b < kBirthsPerRound; ++b)
                l.declared.push_back(
                    l.client
                        ->declare(birthDeclaration(
                            serverClock(), "R" + std::to_string(round) + "L" +
                                               std::to_string(l.number) + "B" + std::to_string(b)))
                        .id);
            l.client->syncUntilOk();
            return;
        }
        l.client->syncUntilOk();
        for (const auto& [id, r] : localRecords(*l.client))
            if (r.status == RecordStatus::Declared && !l.registered.count(id)) {
                l.client->act(id, RecordAction::Register);
                l.registered.insert(id);
            }
        l.client->syncUntilOk();
    }

    void runRound(int round, bool killOne)
    {
        std::vector<std::thread> threads;
        for (auto& l : laptops_)
            threads.emplace_back([this, &l, round] { work(l, round); });
        if (killOne) {
            // Mid-round, once it is answering this round's pushes: more are in flight.
            const std::int64_t before = served(1, "/api/v1/push");
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
            while (served(1, "/api/v1/push") == before &&
                   std::chrono::steady_clock::now() < deadline)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            servers_[1]->kill9();
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            servers_[1]->restart();
            proxy_->send("targets " + targetList());
        }
        for (auto& t : threads)
            t.join();
    }

    fs::path dir_;
    EmptyPostgres db_;
    std::vector<std::unique_ptr<ServerProcess>> servers_;
    std::vector<std::thread> holders_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool released_ = false;
    std::string startErrors_;
    std::unique_ptr<FaultProxy> proxy_;
    std::unique_ptr<Db> reader_;
    std::vector<Laptop> laptops_;
};

TEST_F(MultiProcessTest, ThreeProcessesStartedAtOnceMigrateAndSeedOnce)
{
    ASSERT_EQ(startErrors_, "") << serverLog(0) << serverLog(1) << serverLog(2);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM schema_migrations"),
              server::Migrations::latestVersion());
    EXPECT_EQ(scalar("SELECT COUNT(DISTINCT version) FROM schema_migrations"),
              server::Migrations::latestVersion());
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM server_meta WHERE key = 'instance_id'"), 1);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM users"), 20);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM offices"), 4);
}

TEST_F(MultiProcessTest, TwentyLaptopsThroughABalancerConvergeExactlyOnce)
{
    ASSERT_EQ(startErrors_, "") << serverLog(0) << serverLog(1) << serverLog(2);
    makeLaptops();
    const auto loggedIn = std::chrono::steady_clock::now();
    for (int round = 0; round < rounds(); ++round)
        runRound(round, round == 1);
    // Past the 10 s access tokens: the last syncs refresh through the balancer.
    std::this_thread::sleep_until(loggedIn + std::chrono::seconds(11));
    // Everyone syncs twice more: the last registrations reach every laptop.
    for (int pass = 0; pass < 2; ++pass) {
        std::vector<std::thread> threads;
        for (auto& l : laptops_)
            threads.emplace_back([&l] { l.client->syncUntilOk(); });
        for (auto& t : threads)
            t.join();
    }

    // The balancer spread the work: every process (the restarted one since its restart)
    // answered pushes and pulls, and refreshes were answered.
    std::int64_t refreshes = 0;
    for (int i = 0; i < kServers; ++i) {
        EXPECT_GT(served(i, "/api/v1/push"), 0) << "process " << i;
        EXPECT_GT(served(i, "/api/v1/pull"), 0) << "process " << i;
        refreshes += served(i, "/api/v1/auth/refresh");
    }
    EXPECT_GE(refreshes, static_cast<std::int64_t>(laptops_.size()));

    // Exactly once: every declared record exists once, with one revision per action.
    const auto server = serverRecords();
    std::set<std::string> declared, registered;
    for (const auto& l : laptops_) {
        declared.insert(l.declared.begin(), l.declared.end());
        registered.insert(l.registered.begin(), l.registered.end());
    }
    EXPECT_EQ(declared.size(),
              static_cast<std::size_t>(rounds() * kBirthsPerRound * kAgentsPerOffice * 4));
    EXPECT_EQ(server.size(), declared.size());
    for (const auto& id : declared) {
        auto it = server.find(id);
        ASSERT_NE(it, server.end()) << "declared record missing on the server: " << id;
        const bool reg = registered.count(id) > 0;
        EXPECT_EQ(it->second.rev, reg ? 2 : 1) << id;
        EXPECT_EQ(it->second.status, reg ? "registered" : "declared") << id;
    }
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM (SELECT user_id, device_id, mutation_id FROM "
                     "record_history GROUP BY user_id, device_id, mutation_id HAVING COUNT(*) > "
                     "1) d"),
              0);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM record_history"),
              static_cast<std::int64_t>(declared.size() + registered.size()));

    // Registration numbers: unique, and every number the counters handed out accounted for
    // (registrars register from their reserved blocks; see checkNumbersAccountedFor).
    std::set<std::string> numbers;
    for (const auto& [id, row] : server)
        if (!row.registrationNumber.empty()) {
            EXPECT_TRUE(numbers.insert(row.registrationNumber).second) << row.registrationNumber;
        }
    EXPECT_EQ(numbers.size(), registered.size());
    EXPECT_GT(registered.size(), 0u);
    checkNumbersAccountedFor();

    // Gap-free pull: every laptop holds exactly its office's records, at the server's revision.
    for (auto& l : laptops_) {
        const auto local = localRecords(*l.client);
        std::size_t expected = 0;
        for (const auto& [id, row] : server) {
            if (row.officeId != l.client->actor().officeId)
                continue;
            ++expected;
            auto it = local.find(id);
            ASSERT_NE(it, local.end()) << l.username << " never pulled " << id;
            EXPECT_EQ(it->second.serverRevision, row.rev) << l.username << " " << id;
            EXPECT_EQ(it->second.registrationNumber, row.registrationNumber) << id;
        }
        EXPECT_EQ(local.size(), expected) << l.username;
    }
}

// Small blocks, always refilled up to three per device: every pool request reserves one.
class MultiProcessPoolTest : public MultiProcessTest
{
protected:
    QStringList serverArgs() const override
    {
        return MultiProcessTest::serverArgs() +
               QStringList{QStringLiteral("--number-block-size"),        QStringLiteral("10"),
                           QStringLiteral("--number-low-water"),         QStringLiteral("1000"),
                           QStringLiteral("--number-blocks-per-device"), QStringLiteral("3")};
    }
};

// Issue 15, item 5: twenty registrar laptops (five per office) sync at once through the
// balancer, three rounds, registering offline in between: the three processes reserve blocks
// from one counter per office, and no number is reserved or issued twice.
TEST_F(MultiProcessPoolTest, TwentyDevicesGetNumberBlocksConcurrentlyWithoutOverlap)
{
    ASSERT_EQ(startErrors_, "") << serverLog(0) << serverLog(1) << serverLog(2);
    int n = 0;
    for (const auto& office : kOffices)
        for (int i = 0; i < 5; ++i) {
            Laptop l;
            l.number = n;
            l.username = "registrar." + office;
            l.client = std::make_unique<TestClient>(dir_ / ("laptop" + std::to_string(n++)),
                                                    proxy_->url());
            l.client->login(l.username);
            laptops_.push_back(std::move(l));
        }
    constexpr int kRounds = 3;
    for (int round = 0; round < kRounds; ++round) {
        std::vector<std::thread> threads;
        for (auto& l : laptops_)
            threads.emplace_back([&l, round] {
                l.client->syncUntilOk();
                const Record d = l.client->declare(birthDeclaration(
                    serverClock(), "P" + std::to_string(round) + "L" + std::to_string(l.number)));
                const Record r = l.client->act(d.id, RecordAction::Register);
                EXPECT_FALSE(r.registrationNumber.empty()) << "registered from the pool";
                l.registered.insert(r.id);
            });
        for (auto& t : threads)
            t.join();
    }
    std::vector<std::thread> threads;
    for (auto& l : laptops_)
        threads.emplace_back([&l] { l.client->syncUntilOk(); });
    for (auto& t : threads)
        t.join();

    // One block per pool request until the cap: 3 per laptop, each of 10 numbers.
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM number_blocks"), 3 * 20);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM number_blocks WHERE last_seq - first_seq <> 9"), 0);
    EXPECT_EQ(scalar("SELECT COUNT(DISTINCT device_id) FROM number_blocks"), 20);
    // Every registration kept the number its laptop took offline; none voided.
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM number_voids"), 0);
    const auto server = serverRecords();
    std::set<std::string> numbers;
    for (auto& l : laptops_)
        for (const auto& id : l.registered) {
            const auto it = server.find(id);
            ASSERT_NE(it, server.end()) << id;
            EXPECT_EQ(it->second.registrationNumber, l.client->record(id).registrationNumber);
            EXPECT_TRUE(numbers.insert(it->second.registrationNumber).second)
                << it->second.registrationNumber;
        }
    EXPECT_EQ(numbers.size(), static_cast<std::size_t>(kRounds * 20));
    checkNumbersAccountedFor();
}

TEST_F(MultiProcessTest, RefreshAnsweredByAnotherProcessAndLockoutShared)
{
    ASSERT_EQ(startErrors_, "") << serverLog(0) << serverLog(1) << serverLog(2);
    auto url = [&](int i, const std::string& path) { return servers_[i]->url() + path; };
    auto post = [&](int i, const std::string& path, const json& body) {
        return test::httpRequest("POST", url(i, path), body.dump(),
                                 {{"Content-Type", "application/json"}});
    };
    const json login = {
        {"username", "regagent.ald"}, {"password", "vitalis-demo"}, {"device_id", "dev-refresh"}};
    const auto first = post(0, "/api/v1/auth/login", login);
    ASSERT_EQ(first.status, 200) << first.raw;
    const std::string refresh1 = first.body["refresh_token"];
    const auto second = post(1, "/api/v1/auth/refresh",
                             {{"refresh_token", refresh1}, {"device_id", "dev-refresh"}});
    ASSERT_EQ(second.status, 200) << second.raw;
    const auto me = test::httpRequest(
        "GET", url(2, "/api/v1/auth/me"), {},
        {{"Authorization", "Bearer " + second.body["access_token"].get<std::string>()}});
    EXPECT_EQ(me.status, 200) << me.raw;
    // The rotated-away token, replayed on the third process, is known there as reused.
    const auto replay = post(2, "/api/v1/auth/refresh",
                             {{"refresh_token", refresh1}, {"device_id", "dev-refresh"}});
    EXPECT_EQ(replay.status, 401);
    EXPECT_EQ(replay.body["error"]["reason"], "refresh_token_reused") << replay.raw;

    // Five failures in a row, spread over the processes, lock the account everywhere.
    json wrong = {{"username", "clerk.bre"}, {"password", "nope"}, {"device_id", "dev-lock"}};
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(post(i % kServers, "/api/v1/auth/login", wrong).status, 401) << i;
    EXPECT_EQ(post(1, "/api/v1/auth/login", wrong).status, 423);
    wrong["password"] = "vitalis-demo";
    EXPECT_EQ(post(2, "/api/v1/auth/login", wrong).status, 423);
}

} // namespace
} // namespace vitalis::test
