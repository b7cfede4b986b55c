// Push against the real server on both backends: exactly-once application per device
// mutation id, gaps, poison ops, three-way merge and conflicts kept on the server,
// registration numbers and the audit trail.
#include "sync/server/db/Db.h"
#include "tests/support/ServerTest.h"

#include <chrono>
#include <regex>
#include <thread>

using namespace vitalis::test;

namespace
{

json result0(const HttpResponse& r)
{
    return r.body["results"][0];
}

std::int64_t historyLength(Session& s, const std::string& id)
{
    const auto h = s.get("/api/v1/records/" + id + "/history");
    EXPECT_EQ(h.status, 200) << h.raw;
    return static_cast<std::int64_t>(h.body["history"].size());
}

} // namespace

class Push : public ServerTest
{
protected:
    // A record `a` declared, whose weight `b` then changed (revision 2).
    std::string declaredThenWeighedByAnother(Session& a, Session& b)
    {
        const std::string id = declare(a, "O1");
        EXPECT_EQ(result0(b.push(json::array({changeOp(b.nextMutationId(), id, "edit", 1,
                                                       changes({{"weight", 3.1}}))})))["status"],
                  "applied");
        return id;
    }
};

TEST_P(Push, SameBatchTwiceAppliesOnce)
{
    auto s = login("agent1");
    const std::string a = newRecordId(), b = newRecordId();
    const json batch =
        json::array({createOp(1, a, "O1", birthFields("A")), createOp(2, b, "O1", birthFields("B")),
                     changeOp(3, a, "edit", 1, changes({{"notes", "x"}}))});
    const auto first = s->push(batch);
    ASSERT_EQ(first.status, 200) << first.raw;
    const auto second = s->push(batch);
    ASSERT_EQ(second.status, 200) << second.raw;
    EXPECT_EQ(first.body["results"], second.body["results"]) << "stored results replayed";
    EXPECT_EQ(second.body["last_mutation_id"], 3);
    EXPECT_EQ(historyLength(*s, a), 2); // declare + edit, not twice
    EXPECT_EQ(historyLength(*s, b), 1);
    const auto all = s->pullAll();
    EXPECT_EQ(all.at(a)["rev"], 2);
    EXPECT_EQ(all.at(a)["fields"]["notes"], "x");
}

TEST_P(Push, LostResponseRetriedWithMoreOpsAppliesEachOnce)
{
    auto s = login("agent1");
    const std::string a = newRecordId();
    // The device sent 1..2, the response was lost; it retries with 1..3.
    ASSERT_EQ(s->push(json::array({createOp(1, a, "O1", birthFields()),
                                   changeOp(2, a, "edit", 1, changes({{"notes", "one"}}))}))
                  .status,
              200);
    const auto retry =
        s->push(json::array({createOp(1, a, "O1", birthFields()),
                             changeOp(2, a, "edit", 1, changes({{"notes", "one"}})),
                             changeOp(3, a, "edit", 2, changes({{"weight", 3.2}}))}));
    ASSERT_EQ(retry.status, 200) << retry.raw;
    EXPECT_EQ(retry.body["results"][0]["status"], "applied");
    EXPECT_EQ(retry.body["results"][0]["rev"], 1);
    EXPECT_EQ(retry.body["results"][2]["rev"], 3);
    EXPECT_EQ(historyLength(*s, a), 3);
    // The same record created twice would have been refused as a duplicate tracking ID:
    // the ledger answered instead.
    EXPECT_FALSE(retry.body["results"][0].contains("errors"));
}

TEST_P(Push, GapIsRefusedWithTheExpectedId)
{
    auto s = login("agent1");
    ASSERT_EQ(s->push(json::array({createOp(1, newRecordId(), "O1", birthFields())})).status, 200);
    const auto gap = s->push(json::array({createOp(3, newRecordId(), "O1", birthFields())}));
    EXPECT_EQ(gap.status, 409) << gap.raw;
    EXPECT_EQ(gap.body["error"]["code"], "mutation_gap");
    EXPECT_EQ(gap.body["error"]["expected_mutation_id"], 2);
    EXPECT_EQ(s->pullAll().size(), 1u);
}

// A device keeps two pushes on the server at once (SyncOptions::pushesInFlight). When the
// later batch reaches the watermark check first, it waits for the one before it instead of
// answering mutation_gap, and both are applied in mutation order.
TEST_P(Push, LaterBatchCheckedFirstWaitsForTheOneBeforeIt)
{
    auto s = login("agent1");
    json first = json::array(), later = json::array();
    for (int m = 1; m <= 30; ++m)
        (m <= 20 ? first : later)
            .push_back(createOp(m, newRecordId(), "O1", birthFields("C" + std::to_string(m))));
    HttpResponse laterAnswer;
    std::thread sender([&] { laterAnswer = s->push(later); });
    std::this_thread::sleep_for(std::chrono::milliseconds(100)); // within the server's grace
    const auto firstAnswer = s->push(first);
    sender.join();
    ASSERT_EQ(firstAnswer.status, 200) << firstAnswer.raw;
    ASSERT_EQ(laterAnswer.status, 200) << laterAnswer.raw;
    EXPECT_EQ(firstAnswer.body["last_mutation_id"], 20);
    EXPECT_EQ(laterAnswer.body["last_mutation_id"], 30);
    for (const auto& r : laterAnswer.body["results"])
        EXPECT_EQ(r["status"], "applied") << r;
    EXPECT_EQ(s->pullAll().size(), 30u);
}

TEST_P(Push, RejectedOpAdvancesTheWatermarkAndDoesNotBlockTheQueue)
{
    auto s = login("agent1");
    json incomplete = birthFields();
    incomplete.erase("mother_name");
    const std::string bad = newRecordId(), good = newRecordId();
    const auto r = s->push(
        json::array({createOp(1, bad, "O1", incomplete), createOp(2, good, "O1", birthFields())}));
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["results"][0]["status"], "rejected");
    EXPECT_EQ(r.body["results"][0]["errors"][0]["field"], "mother_name");
    EXPECT_EQ(r.body["results"][0]["errors"][0]["code"], "required");
    EXPECT_EQ(r.body["results"][1]["status"], "applied");
    EXPECT_EQ(r.body["last_mutation_id"], 2);
    const auto all = s->pullAll();
    EXPECT_EQ(all.size(), 1u);
    EXPECT_TRUE(all.count(good));
    // The incomplete record may still be *notified* (required fields are for declaring).
    const auto n = s->push(json::array({createOp(3, bad, "O1", incomplete, "notify")}));
    EXPECT_EQ(result0(n)["status"], "applied") << n.raw;
    EXPECT_EQ(result0(n)["record_status"], "notified");
}

TEST_P(Push, OpLevelRejectionsNameTheirCause)
{
    auto s = login("agent1");
    const std::string id = declare(*s, "O1");
    json unknownField = birthFields();
    unknownField["shoe_size"] = 42;
    json badDate = birthFields();
    badDate["birth_date"] = "2999-01-01";
    json wrongEvent = createOp(0, newRecordId(), "O1", birthFields());
    wrongEvent["record"]["event_type"] = "death";
    json unknownForm = createOp(0, newRecordId(), "O1", birthFields());
    unknownForm["form_version"] = 7;
    json dupTracking = createOp(0, newRecordId(), "O1", birthFields());
    struct Case {
        json op;
        std::string code;
    };
    std::vector<Case> cases = {
        {createOp(0, newRecordId(), "O1", unknownField), "unknown_field"},
        {createOp(0, newRecordId(), "O1", badDate), "notInFuture"},
        {createOp(0, newRecordId(), "O9", birthFields()), "unknown_office"},
        {createOp(0, newRecordId(), "O2", birthFields()), "out_of_jurisdiction"},
        {wrongEvent, "event_mismatch"},
        {unknownForm, "unsupported_form_version"},
        {changeOp(0, newRecordId(), "edit", 3, changes({{"notes", "x"}})), "unknown_record"},
        {changeOp(0, id, "edit", 9, changes({{"notes", "x"}})), "base_rev_ahead"},
        {changeOp(0, id, "register", 1, json::object()), "permission_denied"},
        {changeOp(0, id, "certify", 1, json::object()), "invalid_transition"},
        {createOp(0, newRecordId(), "O1", birthFields(), "edit"), "invalid_transition"},
    };
    for (auto& c : cases) {
        SCOPED_TRACE(c.code);
        c.op["mutation_id"] = s->nextMutationId();
        const auto r = s->push(json::array({c.op}));
        ASSERT_EQ(r.status, 200) << r.raw;
        EXPECT_EQ(result0(r)["status"], "rejected") << r.raw;
        ASSERT_FALSE(result0(r)["errors"].empty()) << r.raw;
        EXPECT_EQ(result0(r)["errors"][0]["code"], c.code) << r.raw;
    }
    // A tracking ID can only belong to one record.
    dupTracking["mutation_id"] = s->nextMutationId();
    const auto first = s->push(json::array({dupTracking}));
    EXPECT_EQ(result0(first)["status"], "applied");
    dupTracking["mutation_id"] = s->nextMutationId();
    dupTracking["record_id"] = newRecordId();
    const auto second = s->push(json::array({dupTracking}));
    EXPECT_EQ(result0(second)["errors"][0]["code"], "duplicate_tracking_id") << second.raw;
}

TEST_P(Push, DisjointFieldsMerge)
{
    auto a = login("agent1");
    auto b = login("regagent1");
    const std::string id = declaredThenWeighedByAnother(*a, *b);
    // a still has base 1 and edits another field.
    const auto r = a->push(json::array(
        {changeOp(a->nextMutationId(), id, "edit", 1, changes({{"notes", "twins?"}}))}));
    EXPECT_EQ(result0(r)["status"], "merged") << r.raw;
    EXPECT_EQ(result0(r)["rev"], 3);
    EXPECT_EQ(result0(r)["merged"]["weight"], 3.1);
    const auto rec = a->get("/api/v1/records/" + id).body;
    EXPECT_EQ(rec["fields"]["weight"], 3.1);
    EXPECT_EQ(rec["fields"]["notes"], "twins?");
    EXPECT_EQ(rec["field_revs"]["weight"], 2);
    EXPECT_EQ(rec["field_revs"]["notes"], 3);
}

// field_meta is stored grouped by entry (one entry for the ~50 fields a declaration sets); a
// row an older server wrote as {field: entry} is read the same and merged as before.
TEST_P(Push, FieldRevisionsAreStoredGroupedAndOlderRowsStillMerge)
{
    auto a = login("agent1");
    auto b = login("regagent1");
    const std::string id = declaredThenWeighedByAnother(*a, *b);
    vitalis::server::DbSettings settings;
    settings.url = vitalis::server::DatabaseUrl::parse(QString::fromStdString(db->url()));
    vitalis::server::Db direct(settings, QStringLiteral("field-meta-check"));
    auto storedMeta = [&] {
        vitalis::server::Rows r =
            direct.query(QStringLiteral("SELECT field_meta FROM records WHERE id = ?"),
                         {QString::fromStdString(id)});
        EXPECT_TRUE(r.next());
        return json::parse(r.text(0));
    };
    const json grouped = storedMeta();
    ASSERT_TRUE(grouped.is_array()) << grouped.dump();
    ASSERT_EQ(grouped.size(), 2u) << "one entry per revision: " << grouped.dump();
    json older = json::object();
    for (const json& entry : grouped) {
        json bare = entry;
        bare.erase("fields");
        for (const auto& f : entry["fields"])
            older[f.get<std::string>()] = bare;
        if (entry["rev"] == 2) {
            EXPECT_EQ(entry["fields"], json::array({"weight"}));
        }
    }
    EXPECT_TRUE(older.contains("child_first"));
    direct.execute(QStringLiteral("UPDATE records SET field_meta = ? WHERE id = ?"),
                   {QString::fromStdString(older.dump()), QString::fromStdString(id)});

    const auto r = a->push(json::array(
        {changeOp(a->nextMutationId(), id, "edit", 1, changes({{"notes", "twins?"}}))}));
    EXPECT_EQ(result0(r)["status"], "merged") << r.raw;
    const auto rec = a->get("/api/v1/records/" + id).body;
    EXPECT_EQ(rec["field_revs"]["weight"], 2);
    EXPECT_EQ(rec["field_revs"]["notes"], 3);
    EXPECT_EQ(rec["field_revs"]["child_first"], 1);
    EXPECT_EQ(storedMeta().size(), 3u) << "written grouped again: " << storedMeta().dump();
}

TEST_P(Push, SameFieldSameValueApplies)
{
    auto a = login("agent1");
    auto b = login("regagent1");
    const std::string id = declare(*a, "O1");
    b->push(json::array(
        {changeOp(b->nextMutationId(), id, "edit", 1, changes({{"child_first", "Anna"}}))}));
    const auto r = a->push(
        json::array({changeOp(a->nextMutationId(), id, "edit", 1,
                              changes({{"child_first", "Anna"}}, {{"child_first", "Ana"}}))}));
    EXPECT_EQ(result0(r)["status"], "applied") << r.raw;
    EXPECT_EQ(result0(r)["rev"], 2) << "nothing changed, so no new revision";
    const auto c = a->get("/api/v1/records/" + id + "/conflicts");
    EXPECT_TRUE(c.body["conflicts"].empty()) << c.raw;
}

TEST_P(Push, SameFieldDifferentValuesConflictWithBothValuesUntilResolved)
{
    auto a = login("agent1");
    auto b = login("regagent1");
    const std::string id = declare(*a, "O1");
    b->push(
        json::array({changeOp(b->nextMutationId(), id, "edit", 1,
                              changes({{"child_first", "Hannah"}}, {{"child_first", "Ana"}}))}));
    const auto r = a->push(json::array(
        {changeOp(a->nextMutationId(), id, "edit", 1,
                  changes({{"child_first", "Anna"}, {"notes", "n"}}, {{"child_first", "Ana"}}))}));
    ASSERT_EQ(result0(r)["status"], "conflict") << r.raw;
    const json c = result0(r);
    ASSERT_EQ(c["conflicts"].size(), 1u);
    EXPECT_EQ(c["conflicts"][0]["field"], "child_first");
    EXPECT_EQ(c["conflicts"][0]["base"], "Ana");
    EXPECT_EQ(c["conflicts"][0]["mine"], "Anna");
    EXPECT_EQ(c["conflicts"][0]["theirs"], "Hannah");
    EXPECT_EQ(c["conflicts"][0]["changed_by"], b->userId());
    EXPECT_GT(c["conflicts"][0]["changed_at"].get<std::int64_t>(), 0);
    EXPECT_EQ(c["rev"], 2);
    EXPECT_EQ(c["current"]["fields"]["child_first"], "Hannah");
    EXPECT_EQ(c["current"]["field_meta"]["child_first"]["by"], b->userId());
    // Nothing of the conflicting op was applied (not even its other field).
    auto rec = a->get("/api/v1/records/" + id).body;
    EXPECT_FALSE(rec["fields"].contains("notes"));
    EXPECT_EQ(rec["rev"], 2);

    // Kept on the server for a person to resolve.
    auto open = a->get("/api/v1/conflicts");
    ASSERT_EQ(open.body["conflicts"].size(), 1u) << open.raw;
    EXPECT_EQ(open.body["conflicts"][0]["id"], c["conflict_id"]);

    // A stale resolution (someone changed the field again) is itself a conflict...
    b->push(json::array(
        {changeOp(b->nextMutationId(), id, "edit", 2, changes({{"child_first", "Johanna"}}))}));
    json resolve = changeOp(a->nextMutationId(), id, "resolve_conflict", 2,
                            changes({{"child_first", "Anna"}}, {{"child_first", "Hannah"}}));
    resolve["conflict_id"] = c["conflict_id"];
    const auto stale = a->push(json::array({resolve}));
    ASSERT_EQ(result0(stale)["status"], "conflict") << stale.raw;
    open = a->get("/api/v1/records/" + id + "/conflicts");
    ASSERT_EQ(open.body["conflicts"].size(), 1u) << "the old conflict is superseded";
    // ...and an up-to-date resolution closes it.
    resolve = changeOp(a->nextMutationId(), id, "resolve_conflict", 3,
                       changes({{"child_first", "Anna"}}, {{"child_first", "Johanna"}}));
    resolve["conflict_id"] = result0(stale)["conflict_id"];
    const auto ok = a->push(json::array({resolve}));
    EXPECT_EQ(result0(ok)["status"], "applied") << ok.raw;
    EXPECT_TRUE(a->get("/api/v1/conflicts").body["conflicts"].empty());
    rec = a->get("/api/v1/records/" + id).body;
    EXPECT_EQ(rec["fields"]["child_first"], "Anna");
}

TEST_P(Push, ApproveOnAChangedRecordIsAConflict)
{
    auto agent = login("agent1");
    auto registrar = login("registrar1");
    const std::string id = declare(*agent, "O1");
    // The registrar saw rev 1; the agent then changes the weight.
    agent->push(json::array(
        {changeOp(agent->nextMutationId(), id, "edit", 1, changes({{"weight", 4.0}}))}));
    const auto r = registrar->push(
        json::array({changeOp(registrar->nextMutationId(), id, "register", 1, json::object())}));
    ASSERT_EQ(result0(r)["status"], "conflict") << r.raw;
    EXPECT_EQ(result0(r)["conflicts"][0]["field"], "weight");
    EXPECT_EQ(result0(r)["conflicts"][0]["theirs"], 4.0);
    auto rec = registrar->get("/api/v1/records/" + id).body;
    EXPECT_EQ(rec["status"], "declared") << "not registered";
    EXPECT_EQ(rec["registration_number"], "");
    // Having seen rev 2, the registrar registers; the number is assigned in that transaction.
    const auto ok = registrar->push(
        json::array({changeOp(registrar->nextMutationId(), id, "register", 2, json::object())}));
    ASSERT_EQ(result0(ok)["status"], "applied") << ok.raw;
    EXPECT_EQ(result0(ok)["record_status"], "registered");
    EXPECT_TRUE(std::regex_match(result0(ok)["registration_number"].get<std::string>(),
                                 std::regex("ONE-20[0-9]{2}-000001")))
        << ok.raw;
}

TEST_P(Push, OwnEarlierOpsAreNotTheirs)
{
    // A registrar validates and registers offline, both ops based on rev 1: the second must
    // not conflict with the revision the first one produced.
    auto registrar = login("registrar1");
    auto agent = login("agent1");
    const std::string id = declare(*agent, "O1");
    const auto r = registrar->push(
        json::array({changeOp(registrar->nextMutationId(), id, "validate", 1, json::object()),
                     changeOp(registrar->nextMutationId(), id, "register", 1, json::object())}));
    EXPECT_EQ(r.body["results"][0]["status"], "applied") << r.raw;
    EXPECT_EQ(r.body["results"][1]["status"], "applied") << r.raw;
    EXPECT_EQ(r.body["results"][1]["record_status"], "registered");
}

TEST_P(Push, RegistrationNumbersAreUniquePerOfficeAndSequential)
{
    auto agent1 = login("agent1");
    auto agent2 = login("agent2");
    auto reg1 = login("registrar1");
    auto reg2 = login("registrar2");
    std::set<std::string> numbers;
    for (int i = 0; i < 3; ++i) {
        const std::string a = declare(*agent1, "O1");
        const std::string b = declare(*agent2, "O2");
        const auto ra = reg1->push(
            json::array({changeOp(reg1->nextMutationId(), a, "register", 1, json::object())}));
        const auto rb = reg2->push(
            json::array({changeOp(reg2->nextMutationId(), b, "register", 1, json::object())}));
        const std::string na = result0(ra)["registration_number"],
                          nb = result0(rb)["registration_number"];
        EXPECT_EQ(na.substr(0, 4), "ONE-");
        EXPECT_EQ(nb.substr(0, 4), "TWO-");
        EXPECT_EQ(na.substr(na.size() - 6), "00000" + std::to_string(i + 1));
        EXPECT_EQ(nb.substr(nb.size() - 6), "00000" + std::to_string(i + 1));
        numbers.insert(na);
        numbers.insert(nb);
    }
    EXPECT_EQ(numbers.size(), 6u);
}

TEST_P(Push, HistoryKeepsEveryChangeWithWhoWhenAndOldNewValues)
{
    auto agent = login("agent1");
    auto regagent = login("regagent1");
    const std::string id = declare(*agent, "O1");
    agent->push(
        json::array({changeOp(agent->nextMutationId(), id, "edit", 1,
                              changes({{"child_first", "Anna"}}, {{"child_first", "Ana"}}))}));
    json reject = changeOp(regagent->nextMutationId(), id, "reject", 2, json::object());
    const auto noReason = regagent->push(json::array({reject}));
    EXPECT_EQ(result0(noReason)["errors"][0]["code"], "reason_required") << noReason.raw;
    reject["mutation_id"] = regagent->nextMutationId();
    reject["reason"] = "mother's ID missing";
    EXPECT_EQ(result0(regagent->push(json::array({reject})))["status"], "applied");

    const auto h = agent->get("/api/v1/records/" + id + "/history");
    ASSERT_EQ(h.status, 200) << h.raw;
    const json& e = h.body["history"];
    ASSERT_EQ(e.size(), 3u);
    EXPECT_EQ(e[0]["action"], "declare");
    EXPECT_EQ(e[0]["status_from"], "draft");
    EXPECT_EQ(e[0]["changes"]["child_first"]["new"], "Ana");
    EXPECT_EQ(e[1]["rev"], 2);
    EXPECT_EQ(e[1]["user_id"], agent->userId());
    EXPECT_EQ(e[1]["device_id"], agent->deviceId());
    EXPECT_EQ(e[1]["mutation_id"], 2);
    EXPECT_EQ(e[1]["changes"]["child_first"]["old"], "Ana");
    EXPECT_EQ(e[1]["changes"]["child_first"]["new"], "Anna");
    EXPECT_EQ(e[2]["status_to"], "requires_updates");
    EXPECT_EQ(e[2]["reason"], "mother's ID missing");
    EXPECT_GT(e[2]["server_time"].get<std::int64_t>(), 0);
    // People by name and devices by their short code, so no client shows a user UUID.
    EXPECT_EQ(e[1]["user_name"], "agent1") << "the seed's display name (defaults to the username)";
    EXPECT_EQ(e[2]["user_name"], "regagent1");
    EXPECT_FALSE(e[1]["device_code"].get<std::string>().empty()) << h.raw;
    EXPECT_NE(e[1]["device_code"], e[2]["device_code"]) << "two devices, two codes";
    // Out of jurisdiction: not found, whoever asks.
    auto other = login("agent2");
    EXPECT_EQ(other->get("/api/v1/records/" + id + "/history").status, 404);
}

VITALIS_SERVER_BACKENDS(Push);
