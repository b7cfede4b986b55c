// Every role x every pushable action x own/foreign jurisdiction, against the real server.
// The expected answer comes from core's workflow table and default roles (the one source of
// truth the client uses for its buttons); a few cells are also spelled out by hand so the
// test cannot pass by both sides agreeing on a wrong table.
#include "core/RoleCatalog.h"
#include "core/WorkflowTable.h"
#include "tests/support/ServerTest.h"

using namespace vitalis;
using namespace vitalis::test;

namespace
{

struct Cell {
    std::string role;
    std::string action;
    bool own = true;
    std::string outcome; // applied | rejected
    std::string code;    // rejection code
};

const std::vector<std::pair<std::string, std::string>> kRoleUsers = {
    {"field_agent", "agent1"},
    {"hospital_clerk", "clerk1"},
    {"registration_agent", "regagent1"},
    {"local_registrar", "registrar1"},
    {"system_admin", "admin1"}};

// The status each action is tried from (one where the workflow table defines it).
RecordStatus fromStatus(RecordAction a)
{
    switch (a) {
    case RecordAction::Notify:
    case RecordAction::Declare:
        return RecordStatus::Draft;
    case RecordAction::Certify:
    case RecordAction::Correct:
    case RecordAction::RequestCorrection:
    case RecordAction::ApproveCorrection:
    case RecordAction::RejectCorrection:
    case RecordAction::RefuseRegistration: // no user role may: the national ID system's
        return RecordStatus::Registered;
    case RecordAction::Reinstate:
        return RecordStatus::Archived;
    default:
        return RecordStatus::Declared;
    }
}

} // namespace

class AuthorizationMatrix : public ServerTest
{
protected:
    // Sessions of the office's registrar used to put records into the wanted status.
    Session& setup(const std::string& office)
    {
        auto& s = setupSessions[office];
        if (!s)
            s = login(office == "O1" ? "registrar1" : "registrar2");
        return *s;
    }

    // Returns {record id, rev, conflict id} with the record in `status` in `office`; with
    // `withRequest`, the third member is the id of an open correction request instead.
    std::tuple<std::string, std::int64_t, std::string> prepare(RecordStatus status,
                                                               const std::string& office,
                                                               bool withConflict,
                                                               bool withRequest = false)
    {
        Session& s = setup(office);
        const std::string id = declare(s, office);
        std::int64_t rev = 1;
        auto step = [&](const std::string& action, const json& extra = json::object()) {
            json op = changeOp(s.nextMutationId(), id, action, rev, json::object());
            op.update(extra);
            const auto r = s.push(json::array({op}));
            EXPECT_EQ(r.body["results"][0]["status"], "applied") << action << ": " << r.raw;
            rev = r.body["results"][0]["rev"];
        };
        if (status == RecordStatus::Registered)
            step("register");
        if (status == RecordStatus::Archived)
            step("archive", {{"reason", "duplicate"}});
        std::string conflictId;
        if (withRequest) {
            conflictId = newRecordId(); // a fresh UUID names the request
            json op = changeOp(s.nextMutationId(), id, "request_correction", rev,
                               changes({{"notes", "asked"}}));
            op.update({{"correction_id", conflictId},
                       {"reason_code", "spelling"},
                       {"reason", "misspelt"}});
            const auto r = s.push(json::array({op}));
            EXPECT_EQ(r.body["results"][0]["status"], "applied") << r.raw;
            rev = r.body["results"][0]["rev"];
        }
        if (withConflict) {
            // Two devices of the same registrar edit the same field from rev 1.
            Session other(*server, s.username());
            other.loginOrFail();
            other.push(json::array({changeOp(1, id, "edit", rev, changes({{"notes", "b"}}))}));
            const auto c = s.push(json::array(
                {changeOp(s.nextMutationId(), id, "edit", rev, changes({{"notes", "a"}}))}));
            EXPECT_EQ(c.body["results"][0]["status"], "conflict") << c.raw;
            conflictId = c.body["results"][0]["conflict_id"];
            ++rev;
        }
        return {id, rev, conflictId};
    }

    std::map<std::string, std::unique_ptr<Session>> setupSessions;
};

TEST_P(AuthorizationMatrix, EveryRoleEveryActionOwnAndForeignJurisdiction)
{
    const RoleCatalog roles = RoleCatalog::defaults();
    std::vector<Cell> cells;
    std::map<std::string, std::unique_ptr<Session>> actors;
    for (const auto& [roleName, username] : kRoleUsers)
        actors[roleName] = login(username);

    for (const auto& [roleName, username] : kRoleUsers) {
        Session& actor = *actors[roleName];
        const Role& role = roles.get(roleName);
        for (RecordAction action : kAllActions) {
            if (action == RecordAction::CreateDraft)
                continue; // never leaves the device
            for (bool own : {true, false}) {
                const std::string office = own ? "O1" : "O2";
                const RecordStatus from = fromStatus(action);
                const auto t = workflow::transition(action, from);
                ASSERT_TRUE(t) << toString(action);
                json op;
                if (from == RecordStatus::Draft) {
                    op = createOp(actor.nextMutationId(), newRecordId(), office, birthFields(),
                                  std::string(toString(action)));
                } else {
                    const bool conflict = action == RecordAction::ResolveConflict;
                    const bool decides = action == RecordAction::ApproveCorrection ||
                                         action == RecordAction::RejectCorrection;
                    auto [id, rev, conflictId] = prepare(from, office, conflict, decides);
                    const bool edits = action == RecordAction::Edit ||
                                       action == RecordAction::Correct ||
                                       action == RecordAction::RequestCorrection || conflict;
                    op = changeOp(actor.nextMutationId(), id, std::string(toString(action)), rev,
                                  edits ? changes({{"notes", "by " + username}}) : json::object());
                    if (conflict)
                        op["conflict_id"] = conflictId;
                    if (decides)
                        op["correction_id"] = conflictId;
                    if (action == RecordAction::RequestCorrection)
                        op.update({{"correction_id", newRecordId()}, {"reason_code", "spelling"}});
                    if (action == RecordAction::MarkDuplicate) {
                        auto [original, originalRev, unused] = prepare(from, office, false, false);
                        op["duplicate_of"] = original;
                    }
                }
                if (t->requiresReason)
                    op["reason"] = "because";
                if (action == RecordAction::Certify) // what was printed (PrintTest)
                    op["print"] = {{"template_id", "birth-certificate"},
                                   {"language", "en"},
                                   {"collector",
                                    {{"relation", "mother"},
                                     {"id_type", "national_id"},
                                     {"id_number", "1234567"},
                                     {"id_checked", true}}},
                                   {"fee", 0},
                                   {"copy_number", 1}};
                const auto r = actor.push(json::array({op}));
                ASSERT_EQ(r.status, 200) << r.raw;
                const json& res = r.body["results"][0];
                Cell cell{roleName, std::string(toString(action)), own, res["status"], ""};
                if (res["status"] == "rejected")
                    cell.code = res["errors"][0]["code"];
                const bool allowed = own && role.has(t->requiredScope);
                SCOPED_TRACE(roleName + " " + cell.action + (own ? " own" : " foreign"));
                EXPECT_EQ(cell.outcome, allowed ? "applied" : "rejected") << r.raw;
                if (!allowed) {
                    EXPECT_EQ(cell.code, own ? "permission_denied" : "out_of_jurisdiction")
                        << r.raw;
                }
                cells.push_back(cell);
            }
        }
    }
    EXPECT_EQ(cells.size(), 5u * 17u * 2u);
    auto outcome = [&](const std::string& role, const std::string& action, bool own) {
        for (const auto& c : cells)
            if (c.role == role && c.action == action && c.own == own)
                return c.outcome;
        return std::string("missing");
    };
    // Spelled out by hand.
    EXPECT_EQ(outcome("local_registrar", "register", true), "applied");
    EXPECT_EQ(outcome("local_registrar", "register", false), "rejected");
    EXPECT_EQ(outcome("field_agent", "register", true), "rejected");
    EXPECT_EQ(outcome("field_agent", "declare", true), "applied");
    EXPECT_EQ(outcome("hospital_clerk", "notify", true), "applied");
    EXPECT_EQ(outcome("hospital_clerk", "declare", true), "rejected");
    EXPECT_EQ(outcome("registration_agent", "validate", true), "applied");
    EXPECT_EQ(outcome("registration_agent", "correct", true), "rejected");
    EXPECT_EQ(outcome("registration_agent", "request_correction", true), "applied");
    EXPECT_EQ(outcome("registration_agent", "approve_correction", true), "rejected");
    EXPECT_EQ(outcome("local_registrar", "approve_correction", true), "applied");
    EXPECT_EQ(outcome("local_registrar", "reject_correction", false), "rejected");
    EXPECT_EQ(outcome("field_agent", "request_correction", true), "rejected");
    EXPECT_EQ(outcome("system_admin", "edit", true), "rejected");
    EXPECT_EQ(outcome("system_admin", "notify", true), "rejected");
    EXPECT_EQ(outcome("local_registrar", "mark_duplicate", true), "applied");
    EXPECT_EQ(outcome("local_registrar", "mark_not_duplicate", false), "rejected");
    EXPECT_EQ(outcome("registration_agent", "mark_not_duplicate", true), "rejected");

    // Reads: nobody ever receives a record outside their jurisdiction; administrators see
    // no records; hospital clerks see only what they sent.
    for (const auto& [roleName, username] : kRoleUsers) {
        SCOPED_TRACE(roleName);
        Session& actor = *actors[roleName];
        const auto seen = actor.pullAll();
        for (const auto& [id, rec] : seen) {
            if (rec.is_null())
                continue;
            EXPECT_EQ(rec["office_id"], "O1") << id;
            if (roleName == "hospital_clerk") {
                EXPECT_EQ(rec["created_by"], actor.userId());
            }
            if (roleName != "registration_agent" && roleName != "local_registrar") {
                EXPECT_NE(rec["status"], "archived");
            }
        }
        if (roleName == "system_admin")
            EXPECT_TRUE(std::all_of(seen.begin(), seen.end(),
                                    [](const auto& kv) { return kv.second.is_null(); }));
        else
            EXPECT_FALSE(seen.empty());
    }
    // A record of office O2, asked for directly by an O1 user: not found.
    auto [foreignId, rev, unused] = prepare(RecordStatus::Declared, "O2", false);
    EXPECT_EQ(actors["local_registrar"]->get("/api/v1/records/" + foreignId).status, 404);
    EXPECT_EQ(login("registrar2")->get("/api/v1/records/" + foreignId).status, 200);
}

TEST_P(AuthorizationMatrix, ProvinceJurisdictionCoversItsDistrictsOnly)
{
    auto prov = login("provreg"); // local registrar for province P1 (districts D1, D2)
    auto [inside, rev, c1] = prepare(RecordStatus::Declared, "O2", false);
    auto r = prov->push(
        json::array({changeOp(prov->nextMutationId(), inside, "register", rev, json::object())}));
    EXPECT_EQ(r.body["results"][0]["status"], "applied") << r.raw;
    auto agent3 = login("agent3");
    const std::string outside = declare(*agent3, "O3");
    r = prov->push(
        json::array({changeOp(prov->nextMutationId(), outside, "register", 1, json::object())}));
    EXPECT_EQ(r.body["results"][0]["errors"][0]["code"], "out_of_jurisdiction") << r.raw;
    const auto seen = prov->pullAll();
    EXPECT_TRUE(seen.count(inside));
    EXPECT_FALSE(seen.count(outside));
}

VITALIS_SERVER_BACKENDS(AuthorizationMatrix);
