// Printing certificates, as the server sees the synced certify ops (real server, SQLite and
// PostgreSQL): the server counts copies itself, refuses a reprint without a reason and a role
// without the certify scope, applies a re-sent op once, and the history shows the print. It
// checks the print against its certificate configuration (tests/server/data/certificates: fees
// 0 / 500 / 1500 VDR up to 30 / 365 days / after, copies 300): template, language, kind, fee.
#include "tests/support/HttpRequest.h"
#include "tests/support/ServerTest.h"
#include "tests/support/TempDir.h"

#include <fstream>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

constexpr std::int64_t kLateFee = 500; // 31 to 365 days from the birth to the registration
constexpr std::int64_t kCopyFee = 300;

} // namespace

class Print : public ServerTest
{
protected:
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--certificate-templates"),
                QStringLiteral(VITALIS_SOURCE_DIR "/tests/server/data/certificates")};
    }
    // A birth 45 days ago (a late registration) registered in O1 by the registrar, the register
    // op dated `deviceTime` by the registrar's laptop (0: none); returns {id, rev}.
    std::pair<std::string, std::int64_t> registered(Session& s, std::int64_t deviceTime = 0)
    {
        json fields = birthFields();
        fields["birth_date"] = isoDaysBefore(serverClock(), 45);
        const std::string id = declare(s, "O1", fields);
        json op = changeOp(s.nextMutationId(), id, "register", 1, json::object());
        if (deviceTime)
            op["client_time"] = deviceTime;
        const auto r = s.push(json::array({op}));
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
    const json first = certify(*registrar, id, rev, printMember(1, kLateFee));
    ASSERT_EQ(first["status"], "applied") << first;
    // The device claims copy 1 again (it printed offline without knowing): the server says 2.
    const json second =
        certify(*registrar, id, first["rev"], printMember(1, kCopyFee), "torn at the counter");
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
    const json extract = certify(*registrar, id, rev, printMember(1, kLateFee, true));
    EXPECT_EQ(extract["status"], "rejected") << extract;
    EXPECT_EQ(extract["errors"][0]["code"], "reason_required") << extract;
    const json first = certify(*registrar, id, rev, printMember(1, kLateFee));
    ASSERT_EQ(first["status"], "applied") << first;
    const json reprint = certify(*registrar, id, first["rev"], printMember(2, kLateFee));
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
    json unchecked = printMember(1, kLateFee);
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
        const json r = certify(*s, id, rev, printMember(1, kLateFee));
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
    const json first = certify(*registrar, id, rev, printMember(1, kLateFee), {}, mutation);
    const json again = certify(*registrar, id, rev, printMember(1, kLateFee), {}, mutation);
    EXPECT_EQ(first, again);
    const auto h = registrar->get("/api/v1/records/" + id + "/history");
    int prints = 0;
    for (const auto& e : h.body["history"])
        prints += e["action"] == "certify" ? 1 : 0;
    EXPECT_EQ(prints, 1) << h.raw;
}

TEST_P(Print, UnknownTemplateOrLanguageIsRefused)
{
    auto registrar = login("registrar1");
    auto [id, rev] = registered(*registrar);
    json poster = printMember(1, kLateFee);
    poster["template_id"] = "birth-poster";
    const json r = certify(*registrar, id, rev, poster);
    EXPECT_EQ(r["status"], "rejected") << r;
    EXPECT_EQ(r["errors"][0]["code"], "unknown_template") << r;
    EXPECT_EQ(r["errors"][0]["field"], "/print/template_id") << r;
    EXPECT_NE(r["errors"][0]["message"].get<std::string>().find("birth-poster"), std::string::npos)
        << r;
    json arabic = printMember(1, kLateFee);
    arabic["language"] = "ar"; // the test configuration prints in en and fr only
    const json a = certify(*registrar, id, rev, arabic);
    EXPECT_EQ(a["status"], "rejected") << a;
    EXPECT_EQ(a["errors"][0]["code"], "unknown_language") << a;
    EXPECT_EQ(a["errors"][0]["field"], "/print/language") << a;
    json notExtract = printMember(1, kLateFee, true);
    notExtract["certified_copy"] = false; // birth-extract is a certified copy
    const json e = certify(*registrar, id, rev, notExtract, "for the bank");
    EXPECT_EQ(e["status"], "rejected") << e;
    EXPECT_EQ(e["errors"][0]["field"], "/print/certified_copy") << e;
    const auto h = registrar->get("/api/v1/records/" + id + "/history");
    for (const auto& entry : h.body["history"])
        EXPECT_NE(entry["action"], "certify") << h.raw;
}

TEST_P(Print, FeeIsRecomputedFromTheRecordAndTheRegistrationDate)
{
    auto registrar = login("registrar1");
    auto [id, rev] = registered(*registrar);
    const json free = certify(*registrar, id, rev, printMember(1, 0));
    EXPECT_EQ(free["status"], "rejected") << free;
    EXPECT_EQ(free["errors"][0]["code"], "fee_mismatch") << free;
    EXPECT_EQ(free["errors"][0]["field"], "/print/fee") << free;
    EXPECT_EQ(free["errors"][0]["message"],
              "the fee for a late registration (45 days) is 500 VDR, the print says 0")
        << free;
    // The late fee is accepted and recorded.
    const json late = certify(*registrar, id, rev, printMember(1, kLateFee));
    ASSERT_EQ(late["status"], "applied") << late;
    // A reprint costs the copy fee, whatever the timeliness.
    const json full = certify(*registrar, id, late["rev"], printMember(2, kLateFee), "lost");
    EXPECT_EQ(full["errors"][0]["code"], "fee_mismatch") << full;
    EXPECT_EQ(full["errors"][0]["message"],
              "the fee for a reprint (copy 2) is 300 VDR, the print says 500")
        << full;
    const json copy = certify(*registrar, id, late["rev"], printMember(2, kCopyFee), "lost");
    EXPECT_EQ(copy["status"], "applied") << copy;
    const auto h = registrar->get("/api/v1/records/" + id + "/history");
    std::vector<std::int64_t> fees;
    for (const auto& e : h.body["history"])
        if (e["action"] == "certify")
            fees.push_back(e["print"]["fee"]);
    EXPECT_EQ(fees, (std::vector<std::int64_t>{kLateFee, kCopyFee})) << h.raw;
}

TEST_P(Print, AnOfflineRegistrationIsDatedByTheClerksLaptop)
{
    auto registrar = login("registrar1");
    // Registered offline 20 days ago (25 days after the birth: on time), synced today.
    const std::int64_t twentyDaysAgo = serverClock().nowMillis() - 20LL * 86'400'000;
    auto [id, rev] = registered(*registrar, twentyDaysAgo);
    const json late = certify(*registrar, id, rev, printMember(1, kLateFee));
    EXPECT_EQ(late["errors"][0]["message"],
              "the fee for an on-time registration (25 days) is 0 VDR, the print says 500")
        << late;
    EXPECT_EQ(certify(*registrar, id, rev, printMember(1, 0))["status"], "applied");
    // A laptop clock ahead of the server's is not believed: the server's time dates it.
    auto [later, laterRev] = registered(*registrar, serverClock().nowMillis() + 400LL * 86'400'000);
    EXPECT_EQ(certify(*registrar, later, laterRev, printMember(1, kLateFee))["status"], "applied");
}

TEST_P(Print, TheConfigurationsAreServedWithAnETag)
{
    auto agent = login("agent1");
    const std::string url = server->url("/api/v1/certificate-templates");
    const auto bare = httpRequest("GET", url);
    EXPECT_EQ(bare.status, 401) << bare.raw;
    const std::map<std::string, std::string> auth = {{"Authorization", "Bearer " + agent->token()}};
    const auto r = httpRequest("GET", url, {}, auth);
    ASSERT_EQ(r.status, 200) << r.raw;
    ASSERT_EQ(r.body["configurations"].size(), 1u) << r.raw;
    const json& birth = r.body["configurations"][0];
    EXPECT_EQ(birth["file"], "birth.json");
    EXPECT_EQ(birth["configuration"]["fees"]["copy"], kCopyFee);
    EXPECT_NE(birth["svg"]["certificate.svg"].get<std::string>().find("{{child_first}}"),
              std::string::npos);
    const std::string etag = r.headers.count("etag") ? r.headers.at("etag") : "";
    ASSERT_FALSE(etag.empty()) << r.raw;
    auto again = auth;
    again["If-None-Match"] = etag;
    const auto unchanged = httpRequest("GET", url, {}, again);
    EXPECT_EQ(unchanged.status, 304) << unchanged.raw;
    EXPECT_TRUE(unchanged.raw.empty()) << unchanged.raw;
    again["If-None-Match"] = "\"an-older-one\"";
    EXPECT_EQ(httpRequest("GET", url, {}, again).status, 200);
}

VITALIS_SERVER_BACKENDS(Print);

// A configuration the server cannot use stops it before it serves anything: exit 2, every
// problem with its file and JSON path.
TEST(PrintConfiguration, AnUnusableConfigurationStopsTheServer)
{
    const std::filesystem::path dir = freshDir("print-configuration");
    const std::filesystem::path source = VITALIS_SOURCE_DIR "/tests/server/data/certificates";
    std::filesystem::copy(source, dir / "certificates");
    std::ifstream in(source / "birth.json");
    json birth = json::parse(in);
    birth["fees"]["tiers"][1]["upToDays"] = 10; // before the on-time tier's 30
    birth["templates"][1]["file"].erase("fr");
    std::ofstream(dir / "certificates" / "birth.json") << birth.dump(2);
    std::string out;
    const int code =
        runServerCommand({QStringLiteral("serve"), QStringLiteral("--data"),
                          QString::fromStdString((dir / "data").string()), QStringLiteral("--port"),
                          QStringLiteral("0"), QStringLiteral("--certificate-templates"),
                          QString::fromStdString((dir / "certificates").string())},
                         &out);
    EXPECT_EQ(code, 2) << out;
    const std::string file = (dir / "certificates" / "birth.json").string();
    EXPECT_NE(out.find(file + ": /fees/tiers/1/upToDays: tiers overlap"), std::string::npos) << out;
    EXPECT_NE(out.find(file + ": /templates/1/file/fr: missing the SVG file"), std::string::npos)
        << out;
    EXPECT_EQ(out.find("listening on"), std::string::npos) << out;
    std::filesystem::remove_all(dir);
}
