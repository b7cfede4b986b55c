// Printing certificates, as the server sees the synced certify ops (real server, SQLite and
// PostgreSQL): the server counts copies itself, refuses a reprint without a reason and a role
// without the certify scope, applies a re-sent op once, and the history shows the print.
#include "tests/support/ServerTest.h"

using namespace vitalis;
using namespace vitalis::test;

namespace
{

json printMember(std::int64_t deviceCopy, bool certifiedCopy = false)
{
    return {{"template_id", certifiedCopy ? "birth-extract" : "birth-certificate"},
            {"language", "fr"},
            {"collector",
             {{"relation", "other"},
              {"name", "Jeanne Martin"},
              {"id_type", "passport"},
              {"id_number", "P1234567"},
              {"id_checked", true}}},
            {"fee", 500},
            {"currency", "VDR"},
            {"receipt_number", "R-2026-0042"},
            {"copy_number", deviceCopy},
            {"certified_copy", certifiedCopy}};
}

} // namespace

class Print : public ServerTest
{
protected:
    // A birth registered in O1 by the registrar; returns {id, rev}.
    std::pair<std::string, std::int64_t> registered(Session& s)
    {
        const std::string id = declare(s, "O1");
        const auto r =
            s.push(json::array({changeOp(s.nextMutationId(), id, "register", 1, json::object())}));
        EXPECT_EQ(r.body["results"][0]["status"], "applied") << r.raw;
        return {id, r.body["results"][0]["rev"].get<std::int64_t>()};
    }
    json certify(Session& s, const std::string& id, std::int64_t rev, const json& print,
                 const std::string& reason = {}, std::int64_t mutationId = 0)
    {
        json op = changeOp(mutationId ? mutationId : s.nextMutationId(), id, "certify", rev,
                           json::object());
        op["print"] = print;
        if (!reason.empty())
            op["reason"] = reason;
        const auto r = s.push(json::array({op}));
        EXPECT_EQ(r.status, 200) << r.raw;
        return r.body["results"][0];
    }
};

TEST_P(Print, ServerCountsCopiesAndHistoryShowsEachPrint)
{
    auto registrar = login("registrar1");
    auto [id, rev] = registered(*registrar);
    const json first = certify(*registrar, id, rev, printMember(1));
    ASSERT_EQ(first["status"], "applied") << first;
    // The device claims copy 1 again (it printed offline without knowing): the server says 2.
    const json second =
        certify(*registrar, id, first["rev"], printMember(1), "torn at the counter");
    ASSERT_EQ(second["status"], "applied") << second;
    const auto h = login("regagent1")->get("/api/v1/records/" + id + "/history");
    ASSERT_EQ(h.status, 200) << h.raw;
    std::vector<json> prints;
    for (const auto& e : h.body["history"])
        if (e["action"] == "certify")
            prints.push_back(e);
    ASSERT_EQ(prints.size(), 2u) << h.raw;
    EXPECT_EQ(prints[0]["print"]["copy_number"], 1);
    EXPECT_EQ(prints[1]["print"]["copy_number"], 2);
    EXPECT_EQ(prints[1]["print"]["device_copy_number"], 1);
    EXPECT_EQ(prints[1]["reason"], "torn at the counter");
    EXPECT_EQ(prints[0]["print"]["collector"]["name"], "Jeanne Martin");
    EXPECT_EQ(prints[0]["print"]["fee"], 500);
    EXPECT_EQ(prints[0]["print"]["template_id"], "birth-certificate");
    EXPECT_EQ(prints[0]["status_to"], "certified");
}

TEST_P(Print, ReprintOrCertifiedCopyWithoutReasonIsRefused)
{
    auto registrar = login("registrar1");
    auto [id, rev] = registered(*registrar);
    const json extract = certify(*registrar, id, rev, printMember(1, true));
    EXPECT_EQ(extract["status"], "rejected") << extract;
    EXPECT_EQ(extract["errors"][0]["code"], "reason_required") << extract;
    const json first = certify(*registrar, id, rev, printMember(1));
    ASSERT_EQ(first["status"], "applied") << first;
    const json reprint = certify(*registrar, id, first["rev"], printMember(2));
    EXPECT_EQ(reprint["status"], "rejected") << reprint;
    EXPECT_EQ(reprint["errors"][0]["field"], "/reason") << reprint;
    EXPECT_EQ(reprint["errors"][0]["code"], "reason_required") << reprint;
}

TEST_P(Print, CertifyWithoutPrintOrUncheckedIdIsRefused)
{
    auto registrar = login("registrar1");
    auto [id, rev] = registered(*registrar);
    const auto bare = registrar->push(
        json::array({changeOp(registrar->nextMutationId(), id, "certify", rev, json::object())}));
    EXPECT_EQ(bare.body["results"][0]["errors"][0]["field"], "/print") << bare.raw;
    json unchecked = printMember(1);
    unchecked["collector"]["id_checked"] = false;
    const json r = certify(*registrar, id, rev, unchecked);
    EXPECT_EQ(r["status"], "rejected");
    EXPECT_EQ(r["errors"][0]["field"], "/print/collector/id_checked") << r;
}

TEST_P(Print, FieldAgentAndHospitalClerkAreRefused)
{
    auto registrar = login("registrar1");
    auto [id, rev] = registered(*registrar);
    for (const char* user : {"agent1", "clerk1"}) {
        auto s = login(user);
        const json r = certify(*s, id, rev, printMember(1));
        EXPECT_EQ(r["status"], "rejected") << user << r;
        if (r["status"] == "rejected" && std::string(user) == "agent1") {
            EXPECT_EQ(r["errors"][0]["code"], "permission_denied") << r;
        }
    }
    const auto h = registrar->get("/api/v1/records/" + id + "/history");
    for (const auto& e : h.body["history"])
        EXPECT_NE(e["action"], "certify") << h.raw;
}

TEST_P(Print, ResentOpIsAppliedOnce)
{
    auto registrar = login("registrar1");
    auto [id, rev] = registered(*registrar);
    const std::int64_t mutation = registrar->nextMutationId();
    const json first = certify(*registrar, id, rev, printMember(1), {}, mutation);
    const json again = certify(*registrar, id, rev, printMember(1), {}, mutation);
    EXPECT_EQ(first, again);
    const auto h = registrar->get("/api/v1/records/" + id + "/history");
    int prints = 0;
    for (const auto& e : h.body["history"])
        prints += e["action"] == "certify" ? 1 : 0;
    EXPECT_EQ(prints, 1) << h.raw;
}

VITALIS_SERVER_BACKENDS(Print);
