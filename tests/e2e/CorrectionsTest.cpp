// Issue 15, "Must be shown" 6: corrections of a registered record, end to end on the real
// server (SQLite and PostgreSQL) with vitalis-cli laptops. The registration agent asks for a
// correction without a connection; the registrar approves (or refuses) it on another laptop;
// every laptop then shows the same values, status and number, and the server's history keeps
// before and after with the reason. A field someone else changed meanwhile becomes a conflict.
#include "tests/support/Fixtures.h"
#include "tests/support/Office.h"
#include "tests/support/TempDir.h"

#include <fstream>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::test;
namespace fs = std::filesystem;

namespace
{

const json kOldName = {{"first", "Amina"}, {"family", "Banda"}};
const json kNewName = {{"first", "Aminah"}, {"family", "Banda"}};
constexpr const char* kReason = "The mother spells it Aminah on her ID card";

class Corrections : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        dir = freshDir("e2e-corrections-" + test::backendName(GetParam()));
        office = std::make_unique<Office>(GetParam(), dir);
        // Declared by the field agent, registered by the registrar; everyone has it.
        id = agent().declare("birth", birthDeclaration(serverClock(), "Amina", "Banda"));
        agent().sync();
        registrar().sync();
        registrar().ok({"action", id, "register"});
        registrar().sync();
        for (CliDevice* d : devices())
            d->sync();
        registered = view().record(id);
        ASSERT_EQ(registered["status"], "registered") << registered.dump();
        ASSERT_EQ(registered["fields"]["child_name"], kOldName) << registered.dump();
    }
    void TearDown() override
    {
        if (HasFailure() && office)
            std::fprintf(stderr, "server log:\n%s\n(files kept in %s)\n",
                         office->server().log().c_str(), dir.c_str());
        office.reset();
        if (!HasFailure())
            fs::remove_all(dir);
    }

    CliDevice& agent() { return office->laptop("agent", "agent.ald"); }
    CliDevice& regagent() { return office->laptop("regagent", "regagent.ald"); }
    CliDevice& registrar() { return office->laptop("registrar", "registrar.ald"); }
    ServerView& view() { return office->view("registrar.ald"); }
    std::vector<CliDevice*> devices() { return {&agent(), &regagent(), &registrar()}; }

    // The registration agent's request, made without syncing (the outbox keeps it).
    std::string requestOffline(const std::string& field, const json& value)
    {
        const json r = regagent().ok({"correct", "request", id, "--set", field + "=" + value.dump(),
                                      "--reason-code", "spelling", "--reason", kReason});
        return r["correctionId"].get<std::string>();
    }
    json serverCorrection(const std::string& correctionId)
    {
        const auto r = view().get("/api/v1/records/" + id + "/corrections");
        EXPECT_EQ(r.status, 200) << r.raw;
        for (const auto& c : r.body["corrections"])
            if (c["id"] == correctionId)
                return c;
        return json();
    }
    json historyEntry(const json& history, const std::string& action)
    {
        for (const auto& e : history)
            if (e["action"] == action)
                return e;
        return json();
    }

    fs::path dir;
    std::unique_ptr<Office> office;
    std::string id;
    json registered;
};

TEST_P(Corrections, RequestedOfflineApprovedElsewhereEveryDeviceShowsTheCorrection)
{
    const std::string cid = requestOffline("child_name", kNewName);
    // At once on the requesting laptop, before any sync: the request with its values, and the
    // record still as registered.
    const json pending = regagent().ok({"correct", "list"});
    ASSERT_EQ(pending.size(), 1u) << pending.dump();
    EXPECT_EQ(pending[0]["id"], cid);
    EXPECT_EQ(pending[0]["status"], "not_sent");
    EXPECT_EQ(pending[0]["changes"]["child_name"]["old"], kOldName);
    EXPECT_EQ(pending[0]["changes"]["child_name"]["new"], kNewName);
    EXPECT_EQ(regagent().show(id)["fields"]["child_name"], kOldName);
    EXPECT_TRUE(serverCorrection(cid).is_null()) << "the server has not heard of it yet";

    regagent().sync();
    const json open = serverCorrection(cid);
    ASSERT_FALSE(open.is_null());
    EXPECT_EQ(open["status"], "open");
    EXPECT_EQ(open["reason_code"], "spelling");
    EXPECT_EQ(open["requested_by_name"].get<std::string>().empty(), false) << open.dump();
    EXPECT_EQ(view().record(id)["fields"], registered["fields"]) << "a request changes nothing";
    EXPECT_EQ(regagent().show(id)["fields"]["child_name"], kOldName) << "not even on its laptop";

    // The registrar's laptop learns of it and approves; the values arrive with the sync.
    registrar().sync();
    const json listed = registrar().ok({"correct", "list"});
    ASSERT_EQ(listed.size(), 1u) << listed.dump();
    EXPECT_EQ(listed[0]["changes"]["child_name"]["new"], kNewName);
    registrar().ok({"correct", "approve", cid});
    registrar().sync();

    const json corrected = view().record(id);
    EXPECT_EQ(corrected["fields"]["child_name"], kNewName);
    EXPECT_EQ(corrected["status"], "registered");
    EXPECT_EQ(corrected["registration_number"], registered["registration_number"]);
    EXPECT_EQ(serverCorrection(cid)["status"], "approved");

    for (CliDevice* d : devices()) {
        d->sync();
        const json local = d->show(id);
        EXPECT_EQ(local["fields"]["child_name"], kNewName) << d->name();
        EXPECT_EQ(local["status"], "registered") << d->name();
        EXPECT_EQ(local["registrationNumber"], registered["registration_number"]) << d->name();
        // The server's history on every laptop: before and after, the reason, people's names.
        const json history = d->ok({"history", id, "--from-server"});
        const json approved = historyEntry(history, "approve_correction");
        ASSERT_FALSE(approved.is_null()) << d->name() << history.dump();
        EXPECT_EQ(approved["changes"]["child_name"]["old"], kOldName) << d->name();
        EXPECT_EQ(approved["changes"]["child_name"]["new"], kNewName) << d->name();
        EXPECT_EQ(approved["reason"], kReason) << d->name();
        EXPECT_FALSE(approved["userName"].get<std::string>().empty()) << d->name();
        EXPECT_EQ(approved["correction"]["id"], cid) << d->name();
        const json requested = historyEntry(history, "request_correction");
        ASSERT_FALSE(requested.is_null()) << d->name();
        EXPECT_EQ(requested["correction"]["changes"]["child_name"]["new"], kNewName);
        EXPECT_TRUE(requested["changes"].empty()) << "a request changes no value";
    }
    const json serverHistory = view().history(id);
    const json approved = historyEntry(serverHistory, "approve_correction");
    EXPECT_EQ(approved["status_from"], "registered");
    EXPECT_EQ(approved["status_to"], "registered");
}

TEST_P(Corrections, RefusedRequestChangesNothing)
{
    const std::string cid = requestOffline("child_birth_time", json("07:45"));
    regagent().sync();
    registrar().sync();
    // Refusing needs a reason.
    const CommandRun noReason = registrar().run({"correct", "reject", cid});
    EXPECT_NE(noReason.code, 0);
    registrar().ok({"correct", "reject", cid, "--reason", "No supporting document"});
    registrar().sync();

    const json after = view().record(id);
    EXPECT_EQ(after["fields"], registered["fields"]);
    EXPECT_EQ(after["status"], registered["status"]);
    EXPECT_EQ(after["registration_number"], registered["registration_number"]);
    const json c = serverCorrection(cid);
    EXPECT_EQ(c["status"], "rejected");
    EXPECT_EQ(c["decision_reason"], "No supporting document");
    const json refused = historyEntry(view().history(id), "reject_correction");
    ASSERT_FALSE(refused.is_null());
    EXPECT_EQ(refused["reason"], "No supporting document");
    EXPECT_TRUE(refused["changes"].empty());
    for (CliDevice* d : devices()) {
        d->sync();
        const json local = d->show(id);
        EXPECT_EQ(local["fields"], registered["fields"]) << d->name();
        EXPECT_EQ(local["registrationNumber"], registered["registration_number"]) << d->name();
        EXPECT_EQ(local["status"], "registered") << d->name();
    }
    // Closed: it can be decided only once.
    const json again = view().pushOne({{"record_id", id},
                                       {"action", "approve_correction"},
                                       {"base_rev", after["rev"]},
                                       {"form_id", after["form_id"]},
                                       {"form_version", after["form_version"]},
                                       {"correction_id", cid}});
    EXPECT_EQ(again["status"], "rejected") << again.dump();
    EXPECT_EQ(again["errors"][0]["code"], "correction_closed") << again.dump();
}

TEST_P(Corrections, FieldChangedMeanwhileBecomesAConflictForAPerson)
{
    const std::string cid = requestOffline("child_birth_time", json("07:45"));
    regagent().sync();
    // Meanwhile the registrar corrects the same field directly to another value.
    registrar().ok({"correct", "direct", id, "--set", "child_birth_time=\"08:15\"", "--reason",
                    "Court order 12/2026", "--reason-code", "court_order"});
    registrar().sync();
    ASSERT_EQ(view().record(id)["fields"]["child_birth_time"], "08:15");

    registrar().ok({"correct", "approve", cid});
    registrar().sync();
    // Nothing applied: the value stays, the request waits on a conflict for a person.
    const json after = view().record(id);
    EXPECT_EQ(after["fields"]["child_birth_time"], "08:15");
    EXPECT_EQ(after["registration_number"], registered["registration_number"]);
    const json c = serverCorrection(cid);
    EXPECT_EQ(c["status"], "conflict") << c.dump();
    ASSERT_TRUE(c.contains("conflict_id")) << c.dump();
    const auto conflicts = view().get("/api/v1/records/" + id + "/conflicts");
    ASSERT_EQ(conflicts.body["conflicts"].size(), 1u) << conflicts.raw;
    const json& conflict = conflicts.body["conflicts"][0];
    EXPECT_EQ(conflict["id"], c["conflict_id"]);
    EXPECT_EQ(conflict["kind"], "correction");
    EXPECT_EQ(conflict["fields"][0]["field"], "child_birth_time");
    EXPECT_EQ(conflict["fields"][0]["mine"], "07:45");
    EXPECT_EQ(conflict["fields"][0]["theirs"], "08:15");

    // The registrar decides for the requested value: applied, the request approved.
    const json local = registrar().conflicts();
    ASSERT_EQ(local.size(), 1u) << local.dump();
    EXPECT_EQ(local[0]["recordId"], id);
    registrar().ok({"resolve", id, "--keep", "mine"});
    registrar().sync();
    EXPECT_EQ(view().record(id)["fields"]["child_birth_time"], "07:45");
    EXPECT_EQ(view().record(id)["status"], "registered");
    EXPECT_EQ(serverCorrection(cid)["status"], "approved");
}

TEST_P(Corrections, DirectCorrectionKeepsBothValuesAndTheReason)
{
    registrar().ok({"correct", "direct", id, "--set", "child_name=" + kNewName.dump(), "--reason",
                    kReason, "--reason-code", "spelling"});
    registrar().sync();
    const json after = view().record(id);
    EXPECT_EQ(after["fields"]["child_name"], kNewName);
    EXPECT_EQ(after["registration_number"], registered["registration_number"]);
    const json e = historyEntry(view().history(id), "correct");
    ASSERT_FALSE(e.is_null());
    EXPECT_EQ(e["changes"]["child_name"]["old"], kOldName);
    EXPECT_EQ(e["changes"]["child_name"]["new"], kNewName);
    EXPECT_EQ(e["reason"], kReason);
    const json c = serverCorrection(e["correction_id"]);
    EXPECT_EQ(c["status"], "approved");
    EXPECT_EQ(c["reason_code"], "spelling");
    // A registration agent may only ask.
    const CommandRun refused = regagent().run(
        {"correct", "direct", id, "--set", "child_birth_time=\"09:00\"", "--reason", "x"});
    EXPECT_NE(refused.code, 0);
    // An unknown reason code is refused by the server with the member named.
    const json bad = view().pushOne({{"record_id", id},
                                     {"action", "request_correction"},
                                     {"base_rev", after["rev"]},
                                     {"form_id", after["form_id"]},
                                     {"form_version", after["form_version"]},
                                     {"correction_id", "0b8a3f9e-6c1d-4f7a-9d2e-3a4b5c6d7e8f"},
                                     {"reason_code", "bribe"},
                                     {"reason", "x"},
                                     {"changes", {{"child_birth_time", {{"value", "09:00"}}}}}});
    EXPECT_EQ(bad["status"], "rejected") << bad.dump();
    EXPECT_EQ(bad["errors"][0]["field"], "/reason_code") << bad.dump();
}

TEST_P(Corrections, SupportingDocumentTravelsWithTheRequest)
{
    const fs::path scan = dir / "id-card.pdf";
    std::ofstream(scan, std::ios::binary) << "%PDF-1.4 mother's ID card, scanned\n";
    const json r = regagent().ok({"correct", "request", id, "--set",
                                  "child_name=" + kNewName.dump(), "--reason-code", "spelling",
                                  "--reason", kReason, "--attach", scan.string()});
    const std::string cid = r["correctionId"].get<std::string>();
    regagent().sync();
    // The op waited for its document: the request arrived with it, uploaded whole.
    const json c = serverCorrection(cid);
    ASSERT_EQ(c["documents"].size(), 1u) << c.dump();
    EXPECT_EQ(c["documents"][0]["name"], "id-card.pdf");
    const std::string attachmentId = c["documents"][0]["attachmentId"];
    const auto bytes = view().get("/api/v1/attachments/" + attachmentId + "/content");
    EXPECT_EQ(bytes.status, 200) << bytes.raw;
    for (const auto& e : regagent().outbox())
        EXPECT_EQ(e["state"], "applied") << e.dump();
}

INSTANTIATE_TEST_SUITE_P(Backends, Corrections,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         vitalis::test::BackendName());

} // namespace
