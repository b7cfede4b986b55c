// Offline registration from reserved number pools (issue 15, "Must be shown" 1-3), end to end:
// the real vitalis-server on SQLite and PostgreSQL, real encrypted device stores and the real
// sync engine. A device is "offline" while the server process is stopped.
#include "core/RegistrationNumber.h"
#include "core/store/NumberPoolRepository.h"
#include "tests/support/SeedFile.h"
#include "tests/support/SyncTest.h"
#include "tests/support/TestDatabase.h"

#include <map>
#include <set>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

constexpr const char* kRegistrar = "registrar.ald";

class NumberPools : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        dir = freshDir(std::string("pools-") +
                       ::testing::UnitTest::GetInstance()->current_test_info()->name() + "-" +
                       backendName(GetParam()));
        db = std::make_unique<TestDatabase>(GetParam(), Seed::Demo);
        startServer();
    }
    void TearDown() override
    {
        if (HasFailure() && server)
            std::cerr << "--- server output ---\n" << server->output() << "\n";
        server.reset();
        db.reset();
        if (!HasFailure())
            fs::remove_all(dir);
    }
    void startServer(QStringList extra = {})
    {
        const int port = server ? server->port() : 0;
        server.reset();
        server = std::make_unique<ServerProcess>(db->url(), std::move(extra));
        server->start(port);
    }
    std::unique_ptr<TestClient> device(const std::string& name, const std::string& user)
    {
        auto c = std::make_unique<TestClient>(dir / name, server->url());
        c->login(user);
        return c;
    }
    // Declares and registers a birth on the device, offline; returns the record.
    Record registerOffline(TestClient& c, int i)
    {
        const Record declared =
            c.declare(birthDeclaration(serverClock(), "Child" + std::to_string(i)));
        return c.act(declared.id, RecordAction::Register);
    }
    // Every registration number of the records on the device.
    static std::vector<std::string> numbersOn(TestClient& c)
    {
        return c.store().db().queryColumn(
            "SELECT registration_number FROM records WHERE registration_number <> ''");
    }
    json voided(TestClient& c, const std::string& kind = "voided")
    {
        return c.api().get("/api/v1/registration-numbers/voided?kind=" + kind)["voided"];
    }

    fs::path dir;
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<ServerProcess> server;
};

// 1. A registrar's device syncs, goes offline, registers 30 declarations with numbers from
//    its pool, syncs: all 30 accepted with the same numbers, exactly once.
TEST_P(NumberPools, ThirtyOfflineRegistrationsKeepTheirNumbers)
{
    auto a = device("a", kRegistrar);
    const auto first = a->sync();
    ASSERT_TRUE(first.ok) << first.error;
    EXPECT_EQ(first.poolBlocks, 1);
    EXPECT_EQ(first.poolNumbers, 100);

    server->stop();                              // offline from here
    std::map<std::string, std::string> numberOf; // record id -> number shown on the device
    for (int i = 0; i < 30; ++i) {
        const Record r = registerOffline(*a, i);
        EXPECT_EQ(r.status, RecordStatus::Registered);
        ASSERT_TRUE(registration_number::parse(r.registrationNumber)) << r.registrationNumber;
        EXPECT_EQ(a->record(r.id).registrationNumber, r.registrationNumber); // shown at once
        numberOf[r.id] = r.registrationNumber;
    }
    std::set<std::string> distinct;
    for (const auto& [id, n] : numberOf)
        distinct.insert(n);
    EXPECT_EQ(distinct.size(), 30u);
    EXPECT_FALSE(a->sync().ok); // really offline

    startServer();
    const auto report = a->syncUntilOk();
    ASSERT_TRUE(report.ok) << report.error;
    EXPECT_EQ(report.numbersVoided, 0);
    EXPECT_EQ(report.rejected, 0);
    EXPECT_EQ(report.conflicts, 0);
    for (const auto& [id, number] : numberOf) {
        const json rec = a->serverRecord(id);
        EXPECT_EQ(rec["registration_number"], number) << id;
        EXPECT_EQ(rec["status"], "registered");
        const json history = a->api().get("/api/v1/records/" + id + "/history");
        EXPECT_EQ(history["history"].size(), 2u) << history.dump(); // declare, register: once
        EXPECT_TRUE(history["voided_numbers"].empty()) << history.dump();
        EXPECT_EQ(a->record(id).registrationNumber, number);
    }
    EXPECT_TRUE(voided(*a).empty());
    // A second device of the office sees exactly these 30 numbers.
    auto b = device("b", "regagent.ald");
    ASSERT_TRUE(b->sync().ok);
    std::set<std::string> seen;
    for (const auto& [id, number] : numberOf)
        seen.insert(b->record(id).registrationNumber);
    EXPECT_EQ(seen, distinct);
    EXPECT_EQ(b->store().records().count(), 30);
}

// The registration's date travels: the server keeps the registrar's offline time, and a laptop
// that did not register the record gets it at its pull (fees and the certificate's "registered
// on" count from it; before, such a laptop fell back to the record's last change).
TEST_P(NumberPools, EveryLaptopKnowsWhenARecordWasRegistered)
{
    auto a = device("a", kRegistrar);
    ASSERT_TRUE(a->sync().ok);
    server->stop();
    const Record r = registerOffline(*a, 1);
    ASSERT_GT(r.registeredAt, 0);
    startServer();
    ASSERT_TRUE(a->syncUntilOk().ok);
    EXPECT_EQ(a->serverRecord(r.id)["registered_at"], r.registeredAt) << "the offline time kept";
    // A later change (a correction of a field, a print) must not move it.
    auto b = device("b", "regagent.ald");
    ASSERT_TRUE(b->sync().ok);
    EXPECT_EQ(b->record(r.id).registeredAt, r.registeredAt);
    EXPECT_EQ(b->record(r.id).registrationNumber, r.registrationNumber);
    // A declared record is not registered anywhere.
    const Record declared = a->declare(birthDeclaration(serverClock(), "Waiting"));
    ASSERT_TRUE(a->syncUntilOk().ok);
    ASSERT_TRUE(b->sync().ok);
    EXPECT_EQ(b->record(declared.id).registeredAt, 0);
    EXPECT_FALSE(a->serverRecord(declared.id).contains("registered_at"));
}

// 2. Two registrar laptops register the same record offline: one number stands, the other is
//    voided, recorded and reported; no number names two records.
TEST_P(NumberPools, SameRecordRegisteredOfflineTwiceVoidsOneNumber)
{
    auto a = device("a", kRegistrar);
    auto b = device("b", kRegistrar);
    const Record declared = a->declare(birthDeclaration(serverClock(), "Twice"));
    ASSERT_TRUE(a->sync().ok);
    ASSERT_TRUE(b->sync().ok);
    ASSERT_EQ(b->record(declared.id).status, RecordStatus::Declared);

    server->stop();
    const std::string numberA = a->act(declared.id, RecordAction::Register).registrationNumber;
    const std::string numberB = b->act(declared.id, RecordAction::Register).registrationNumber;
    ASSERT_FALSE(numberA.empty());
    ASSERT_FALSE(numberB.empty());
    ASSERT_NE(numberA, numberB); // blocks never overlap

    startServer();
    ASSERT_TRUE(a->syncUntilOk().ok);
    const auto reportB = b->syncUntilOk();
    ASSERT_TRUE(reportB.ok) << reportB.error;
    EXPECT_EQ(reportB.numbersVoided, 1);

    EXPECT_EQ(a->serverRecord(declared.id)["registration_number"], numberA);
    EXPECT_EQ(b->record(declared.id).registrationNumber, numberA); // B now shows the winner
    // Reported on B: the outbox says which number was voided and why; the trail keeps it.
    bool told = false;
    for (const auto& e : b->store().outbox().forRecord(declared.id))
        told = told || e.lastError.find(numberB + " was voided") != std::string::npos;
    EXPECT_TRUE(told);
    int trail = 0;
    for (const auto& e : b->store().audit().forRecord(declared.id))
        trail += e.action == "number_voided" ? 1 : 0;
    EXPECT_EQ(trail, 1);
    // Recorded on the server: the record's history and the revocation list.
    const json history = a->api().get("/api/v1/records/" + declared.id + "/history");
    ASSERT_EQ(history["voided_numbers"].size(), 1u) << history.dump();
    EXPECT_EQ(history["voided_numbers"][0]["number"], numberB);
    const json list = voided(*a);
    ASSERT_EQ(list.size(), 1u) << list.dump();
    EXPECT_EQ(list[0]["number"], numberB);
    EXPECT_EQ(list[0]["record_id"], declared.id);
    // B's register met A's registration: a conflict (the merge rules), and the number goes.
    const std::string reason = list[0]["reason"];
    EXPECT_TRUE(reason.find("changed on the server meanwhile") != std::string::npos ||
                reason.find("registration was refused") != std::string::npos)
        << reason;
    // No duplicate anywhere: a fresh device's copy of every record of the office.
    auto c = device("c", "regagent.ald");
    ASSERT_TRUE(c->sync().ok);
    std::set<std::string> numbers;
    const auto all = numbersOn(*c);
    for (const auto& n : all)
        EXPECT_TRUE(numbers.insert(n).second) << n;
    EXPECT_EQ(all.size(), 1u);
    EXPECT_EQ(numbers.count(numberB), 0u);
}

// 3. Refill below the low-water mark; expiry closes blocks and records their unused numbers as
//    gaps; a device whose last sync is too old cannot register offline and says why.
TEST_P(NumberPools, RefillExpiryAndTheOfflineLimit)
{
    auto a = device("a", kRegistrar);
    ASSERT_TRUE(a->sync().ok);
    for (int i = 0; i < 60; ++i)
        registerOffline(*a, i);
    const auto refilled = a->sync();
    ASSERT_TRUE(refilled.ok) << refilled.error;
    EXPECT_EQ(refilled.poolBlocks, 2); // 40 left < 50: a second block
    EXPECT_EQ(refilled.poolNumbers, 140);
    const auto again = a->sync();
    EXPECT_EQ(again.poolBlocks, 2); // 140 left: nothing more
    EXPECT_EQ(again.poolNumbers, 140);

    // The device's last sync is 15 days old: registering offline is refused, with the reason.
    const Record waiting = a->declare(birthDeclaration(serverClock(), "Late"));
    const std::int64_t now = a->clock().nowMillis();
    a->store().settings().setInt(NumberPoolRepository::kLastSyncSetting, now - 15 * kDayMillis);
    try {
        a->act(waiting.id, RecordAction::Register);
        ADD_FAILURE() << "registered offline with a 15-day-old sync";
    } catch (const WorkflowError& e) {
        const std::string why = e.what();
        EXPECT_NE(why.find("15 days ago"), std::string::npos) << why;
        EXPECT_NE(why.find("14 days"), std::string::npos) << why;
        EXPECT_NE(why.find("sync"), std::string::npos) << why;
    }
    EXPECT_EQ(a->record(waiting.id).status, RecordStatus::Declared); // nothing saved
    std::int64_t left = 0;
    for (const auto& b : NumberPoolRepository(a->store().db()).blocks())
        left += b.remaining();
    EXPECT_EQ(left, 140); // no number taken

    // 75 days later (60 days' expiry + 14 offline): both blocks close; their 140 unused numbers
    // become gaps, the 60 used ones do not.
    startServer({QStringLiteral("--number-pool-clock-offset"), QString::number(75LL * 24 * 3600)});
    const auto expired = a->syncUntilOk();
    ASSERT_TRUE(expired.ok) << expired.error;
    const json gaps = voided(*a, "expired");
    EXPECT_EQ(gaps.size(), 140u);
    const auto numbers = numbersOn(*a);
    const std::set<std::string> used(numbers.begin(), numbers.end());
    EXPECT_EQ(used.size(), 60u);
    for (const auto& g : gaps)
        EXPECT_EQ(used.count(g["number"].get<std::string>()), 0u) << g.dump();
    EXPECT_EQ(expired.poolBlocks, 1); // a fresh block replaces the closed ones
    // Registering is possible again after the sync (the old blocks are gone from the device).
    for (const auto& b : NumberPoolRepository(a->store().db()).blocks())
        EXPECT_EQ(b.remaining(), 100);
}

// An office that registers online only: its registrar's laptop gets no numbers, registers as
// before (numbered by the server at sync), and `pool` would say why.
TEST_P(NumberPools, OfficeWithOfflineRegistrationOffRegistersAsBefore)
{
    json seed = json::parse(std::ifstream(seedFile(Seed::Demo)));
    for (auto& o : seed["offices"])
        if (o["id"] == "OFF-ALD")
            o["offline_registration"] = false;
    const fs::path file = dir / "seed-online-only.json";
    std::ofstream(file) << seed.dump();
    std::string out;
    ASSERT_EQ(runServerCommand({QStringLiteral("seed"), QString::fromStdString(file.string()),
                                QStringLiteral("--database"), QString::fromStdString(db->url())},
                               &out),
              0)
        << out;

    auto a = device("a", kRegistrar);
    const auto first = a->sync();
    ASSERT_TRUE(first.ok) << first.error;
    EXPECT_EQ(first.poolBlocks, 0);
    LocalRecordService records(a->store(), a->clock());
    const auto state = records.offlineCheck(a->actor().officeId);
    EXPECT_EQ(number_pool::offlineState(state, a->clock().nowMillis()),
              number_pool::OfflineState::Disabled);
    const Record r = registerOffline(*a, 1);
    EXPECT_EQ(r.status, RecordStatus::Registered);
    EXPECT_TRUE(r.registrationNumber.empty()) << "numbered by the server at sync";
    ASSERT_TRUE(a->sync().ok);
    const std::string number = a->record(r.id).registrationNumber;
    EXPECT_EQ(number.rfind("ALD-", 0), 0u) << number;
    EXPECT_EQ(a->serverRecord(r.id)["registration_number"], number);
}

INSTANTIATE_TEST_SUITE_P(Backends, NumberPools,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres), BackendName());

} // namespace
