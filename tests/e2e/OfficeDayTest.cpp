// Issue 7's six stories of a day in a registration office, end to end: the real vitalis-server
// (SQLite and PostgreSQL), one vitalis-cli laptop per person with its key in the real OS
// keychain. Each test replays the day up to its story (see OfficeDay.h for the cast).
#include "tests/e2e/OfficeDay.h"

#include "tests/support/TempDir.h"

#include <gtest/gtest.h>
#include <regex>
#include <set>

using namespace vitalis;
using namespace vitalis::test;
namespace fs = std::filesystem;

namespace
{

bool isRegistrationNumber(const json& v)
{
    static const std::regex re("ALD-[0-9]{4}-[0-9]{6}");
    return v.is_string() && std::regex_match(v.get<std::string>(), re);
}

std::set<std::string> idsOf(const json& records)
{
    std::set<std::string> out;
    for (const auto& r : records)
        out.insert(r["id"].get<std::string>());
    return out;
}

class Story : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        dir = freshDir(::testing::UnitTest::GetInstance()->current_test_info()->name());
        day = std::make_unique<OfficeDay>(GetParam(), dir);
    }
    void TearDown() override
    {
        if (HasFailure() && day)
            std::fprintf(stderr, "server log:\n%s\n(files kept in %s)\n",
                         day->server().log().c_str(), dir.c_str());
        day.reset();
        if (!HasFailure())
            fs::remove_all(dir);
    }
    fs::path dir;
    std::unique_ptr<OfficeDay> day;
};

// 1. A field agent, offline all morning, declares 5 births and 2 deaths; one birth is an
// incomplete notification. At noon the connection returns; everything syncs.
TEST_P(Story, S1_OfflineMorningThenEverythingSyncsAtNoon)
{
    day->morningOffline();
    ASSERT_FALSE(HasFailure());
    auto& agent = day->agent();
    const json mine = agent.list();
    ASSERT_EQ(mine.size(), 7u) << mine.dump();
    int declared = 0, notified = 0;
    for (const auto& r : mine) {
        declared += r["status"] == "declared";
        notified += r["status"] == "notified";
        EXPECT_FALSE(r["trackingId"].get<std::string>().empty()) << "made offline: " << r.dump();
    }
    EXPECT_EQ(declared, 6);
    EXPECT_EQ(notified, 1);
    const json outbox = agent.outbox();
    ASSERT_EQ(outbox.size(), 7u) << outbox.dump();
    for (const auto& e : outbox)
        EXPECT_EQ(e["state"], "queued") << e.dump();
    for (const auto& id : day->allIds())
        EXPECT_TRUE(day->view().record(id).is_null()) << "the server knows " << id << " already";

    day->noonSync();
    for (const auto& e : agent.outbox())
        EXPECT_EQ(e["state"], "applied") << e.dump();
    for (const auto& local : agent.list()) {
        const json server = day->view().record(local["id"]);
        ASSERT_FALSE(server.is_null()) << local.dump();
        EXPECT_EQ(server["status"], local["status"]);
        EXPECT_EQ(server["tracking_id"], local["trackingId"]);
        EXPECT_EQ(server["fields"], local["fields"]);
        EXPECT_EQ(server["rev"], local["serverRevision"]);
        EXPECT_EQ(server["created_by"], agent.userId());
    }
    const json incomplete = day->view().record(day->id("notified"));
    EXPECT_EQ(incomplete["status"], "notified");
    EXPECT_FALSE(incomplete["fields"].contains("mother_name")) << incomplete.dump();
}

// 2. The registration agent validates 4; the registrar registers 3 in bulk and sends 1 back with
// a reason. Registration numbers appear on every device holding those records after its sync.
TEST_P(Story, S2_ValidateRegisterInBulkAndSendBack)
{
    day->morningOffline();
    day->noonSync();
    day->officeReview();
    ASSERT_FALSE(HasFailure());

    std::set<std::string> numbers;
    for (const char* name : {"birth1", "birth2", "death1"}) {
        const json r = day->view().record(day->id(name));
        EXPECT_EQ(r["status"], "registered") << name;
        EXPECT_TRUE(isRegistrationNumber(r["registration_number"])) << r.dump();
        numbers.insert(r["registration_number"].get<std::string>());
    }
    EXPECT_EQ(numbers.size(), 3u) << "registration numbers are unique";
    const json back = day->view().record(day->id("birth3"));
    EXPECT_EQ(back["status"], "requires_updates");
    EXPECT_EQ(back["status_reason"], OfficeDay::kReturnReason);
    EXPECT_EQ(day->view().record(day->id("birth4"))["status"], "declared");
    EXPECT_EQ(day->view().record(day->id("death2"))["status"], "declared");
    EXPECT_EQ(day->view().record(day->id("notified"))["status"], "notified");

    for (CliDevice* d : day->officeDevices()) {
        d->sync();
        for (const char* name : {"birth1", "birth2", "death1"}) {
            const json local = d->show(day->id(name));
            const json server = day->view().record(day->id(name));
            EXPECT_EQ(local["status"], "registered") << d->name() << " " << name;
            EXPECT_EQ(local["registrationNumber"], server["registration_number"])
                << d->name() << " " << name;
        }
    }
}

// 3. The field agent sees the returned one under Requires updates with the reason, fixes it
// offline, re-declares; the supervisor registers it.
TEST_P(Story, S3_ReturnedDeclarationFixedOfflineAndRegistered)
{
    day->morningOffline();
    day->noonSync();
    day->officeReview();
    auto& agent = day->agent();
    agent.sync();
    const json queue = agent.list("requires_updates");
    ASSERT_EQ(queue.size(), 1u) << queue.dump();
    EXPECT_EQ(queue[0]["id"], day->id("birth3"));
    EXPECT_EQ(queue[0]["statusReason"], OfficeDay::kReturnReason);

    day->fixReturned();
    ASSERT_FALSE(HasFailure());
    const json server = day->view().record(day->id("birth3"));
    EXPECT_EQ(server["status"], "registered");
    EXPECT_TRUE(isRegistrationNumber(server["registration_number"])) << server.dump();
    EXPECT_EQ(server["fields"]["mother_national_id"], "6109080702");
    agent.sync();
    const json local = agent.show(day->id("birth3"));
    EXPECT_EQ(local["status"], "registered");
    EXPECT_EQ(local["registrationNumber"], server["registration_number"]);

    // The server's trail of the record, in order. The offline fix and the re-declaration
    // travelled as one op (the outbox coalesces an edit run that ends in an action).
    const json trail = day->view().history(day->id("birth3"));
    std::vector<std::string> actions;
    for (const auto& h : trail)
        actions.push_back(h["action"]);
    EXPECT_EQ(actions,
              (std::vector<std::string>{"declare", "validate", "reject", "declare", "register"}))
        << trail.dump(1);
    ASSERT_EQ(trail.size(), 5u);
    EXPECT_EQ(trail[2]["reason"], OfficeDay::kReturnReason);
    EXPECT_EQ(trail[3]["changes"]["mother_national_id"]["old"], "1234567897") << trail[3].dump();
    EXPECT_EQ(trail[3]["changes"]["mother_national_id"]["new"], "6109080702") << trail[3].dump();
}

// 4. The registration agent and the field agent edit the same declaration offline (different
// fields on one: merged silently; the same field on another: a conflict the supervisor
// resolves).
TEST_P(Story, S4_ConcurrentOfflineEditsMergeOrConflict)
{
    day->morningOffline();
    day->noonSync();
    day->concurrentEdits();
    ASSERT_FALSE(HasFailure());
    day->everyoneSyncs();

    const json b4 = day->view().record(day->id("birth4"));
    EXPECT_EQ(b4["fields"]["contact_phone"], "+260971111111") << "the field agent's edit";
    EXPECT_EQ(b4["fields"]["weight_at_birth"], 3.4) << "the registration agent's edit";
    const json d2 = day->view().record(day->id("death2"));
    EXPECT_EQ(d2["fields"]["death_time"], "10:15") << "the registrar's decision";
    for (CliDevice* d : day->officeDevices()) {
        EXPECT_EQ(d->show(day->id("birth4"))["fields"], b4["fields"]) << d->name();
        EXPECT_EQ(d->show(day->id("death2"))["fields"], d2["fields"]) << d->name();
        EXPECT_EQ(d->conflicts().size(), 0u) << d->name() << " still shows a conflict";
    }
    const auto open = day->view().get("/api/v1/conflicts");
    ASSERT_EQ(open.status, 200) << open.raw;
    EXPECT_TRUE(open.body["conflicts"].empty()) << open.raw;
    // The field agent's laptop says what happened to each of its edits.
    std::map<std::string, std::set<std::string>> states;
    for (const auto& e : day->agent().outbox())
        states[e["record"]].insert(e["state"]);
    EXPECT_TRUE(states[day->id("birth4")].count("merged")) << day->agent().outbox().dump(1);
    // Its conflicting edit was decided by the registrar on another laptop: "resolved".
    EXPECT_TRUE(states[day->id("death2")].count("resolved")) << day->agent().outbox().dump(1);
}

// 5. A user of another district never receives any of these records, and a field agent
// cannot register.
TEST_P(Story, S5_OtherDistrictSeesNothingAndFieldAgentCannotRegister)
{
    day->morningOffline();
    day->noonSync();
    day->officeReview();
    ASSERT_FALSE(HasFailure());

    CliDevice outsider("outsider", dir);
    outsider.enrol(day->server().url(), "agent.bre");
    outsider.sync();
    EXPECT_TRUE(outsider.list().empty()) << outsider.list().dump();
    ServerView bre(day->server(), "agent.bre");
    EXPECT_TRUE(bre.everything().empty());
    for (const auto& id : day->allIds())
        EXPECT_TRUE(bre.record(id).is_null()) << "agent.bre can read " << id;

    // The field agent's laptop offers no register button and refuses the command...
    auto& agent = day->agent();
    agent.sync();
    const std::string& d2 = day->id("death2");
    const std::size_t opsBefore = agent.outbox().size();
    const CommandRun refused = agent.run({"action", d2, "register"});
    EXPECT_NE(refused.code, 0) << refused.describe();
    EXPECT_NE(refused.err.find("register"), std::string::npos) << refused.describe();
    EXPECT_EQ(agent.show(d2)["status"], "declared");
    EXPECT_EQ(agent.outbox().size(), opsBefore) << "nothing was queued";

    // ...and the server refuses it too, from a client that tries anyway.
    ServerView rogue(day->server(), "agent.ald");
    const json before = rogue.record(d2);
    const json result = rogue.pushOne({{"record_id", d2},
                                       {"action", "register"},
                                       {"base_rev", before["rev"]},
                                       {"form_id", "death"},
                                       {"form_version", 1}});
    EXPECT_EQ(result["status"], "rejected") << result.dump();
    const json after = day->view().record(d2);
    EXPECT_EQ(after["status"], "declared");
    EXPECT_EQ(after["rev"], before["rev"]);
    EXPECT_TRUE(after.value("registration_number", "").empty());
}

// 6. At the end every device and the server agree on every record, status and registration
// number, and each record's trail shows who did what and when (device time, server time).
TEST_P(Story, S6_EveryoneAgreesAndTheTrailShowsWhoDidWhat)
{
    day->morningOffline();
    day->noonSync();
    day->officeReview();
    day->fixReturned();
    day->concurrentEdits();
    ASSERT_FALSE(HasFailure());
    day->everyoneSyncs();

    const auto server = day->view().everything();
    std::set<std::string> serverIds;
    for (const auto& [id, r] : server)
        serverIds.insert(id);
    const auto all = day->allIds();
    EXPECT_EQ(serverIds, std::set<std::string>(all.begin(), all.end()));

    std::set<std::string> numbers;
    for (const auto& [id, r] : server)
        if (r["status"] == "registered") {
            EXPECT_TRUE(isRegistrationNumber(r["registration_number"])) << r.dump();
            numbers.insert(r["registration_number"].get<std::string>());
        }
    EXPECT_EQ(numbers.size(), 4u) << "birth1, birth2, death1 and birth3, each its own number";

    for (CliDevice* d : day->officeDevices()) {
        EXPECT_EQ(idsOf(d->list()), serverIds) << d->name();
        for (const auto& [id, r] : server) {
            const json local = d->show(id);
            const std::string what = d->name() + " " + day->names[id];
            EXPECT_EQ(local["status"], r["status"]) << what;
            EXPECT_EQ(local["registrationNumber"], r["registration_number"]) << what;
            EXPECT_EQ(local["trackingId"], r["tracking_id"]) << what;
            EXPECT_EQ(local["serverRevision"], r["rev"]) << what;
            EXPECT_EQ(local["fields"], r["fields"]) << what;
            EXPECT_EQ(local["statusReason"], r["status_reason"]) << what;
        }
        EXPECT_TRUE(d->outbox().size() > 0 || d == &day->registrar());
        for (const auto& e : d->outbox())
            EXPECT_TRUE(e["state"] == "applied" || e["state"] == "merged" ||
                        e["state"] == "resolved")
                << d->name() << " has unfinished work: " << e.dump();
        EXPECT_EQ(d->ok({"profile", "verify"}).value("ok", false), true) << d->name();
    }

    // Who did what: every server entry names a user, a device, the device's time when the
    // person acted and the server's time; the laptops' own trails name the user and the device
    // time of each local step.
    const std::map<std::string, std::string> who = {{day->agent().userId(), "agent"},
                                                    {day->regagent().userId(), "regagent"},
                                                    {day->registrar().userId(), "registrar"}};
    std::vector<std::string> b3;
    for (const auto& h : day->view().history(day->id("birth3"))) {
        EXPECT_TRUE(who.count(h["user_id"])) << h.dump();
        EXPECT_FALSE(h["device_id"].get<std::string>().empty()) << h.dump();
        EXPECT_GT(h["server_time"].get<std::int64_t>(), 0) << h.dump();
        EXPECT_GT(h["device_time"].get<std::int64_t>(), 0) << h.dump();
        EXPECT_LE(h["device_time"].get<std::int64_t>(), h["server_time"].get<std::int64_t>())
            << "acted on the device before the server applied it: " << h.dump();
        b3.push_back(who.count(h["user_id"])
                         ? who.at(h["user_id"]) + ":" + h["action"].get<std::string>()
                         : "?");
    }
    EXPECT_EQ(b3,
              (std::vector<std::string>{"agent:declare", "regagent:validate", "registrar:reject",
                                        "agent:declare", "registrar:register"}));
    const json agentTrail = day->agent().history(day->id("birth3"));
    ASSERT_FALSE(agentTrail.empty());
    for (const auto& e : agentTrail) {
        EXPECT_EQ(e["user"], day->agent().userId()) << e.dump();
        EXPECT_FALSE(e["at"].get<std::string>().empty()) << e.dump();
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, Story, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         vitalis::test::BackendName());

} // namespace
