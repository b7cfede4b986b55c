// FHIR R4 against the real server on SQLite and PostgreSQL, with the shipped forms and FHIR
// mappings (demo seed): hospitals post transaction and document Bundles to POST /fhir/Bundle
// and they arrive once at the district like native notifications; bad Bundles get an
// OperationOutcome naming the FHIRPath and create nothing; subscribers asking for FHIR get
// R4 document Bundles limited to their fields. Every Bundle posted and every Bundle the server
// sends is validated against the official FHIR R4 JSON Schema (tests/tools/fhir-schema).
#include "tests/server/FhirBundles.h"
#include "tests/server/InteropFixture.h"
#include "tests/support/TempDir.h"

#include <QUrl>
#include <cstdio>
#include <set>

using namespace vitalis;
using namespace vitalis::test;
namespace fb = vitalis::test::fhirbundle;

namespace
{

// Runs the schema validator over `resources`; its exit code and output.
int validateSchema(const std::vector<json>& resources, std::string* output,
                   bool expectInvalid = false)
{
    const auto dir = freshDir("fhir-schema");
    {
        std::ofstream out(dir / "resources.jsonl");
        for (const auto& r : resources)
            out << r.dump() << "\n";
    }
    const std::string tools = VITALIS_SOURCE_DIR "/tests/tools/fhir-schema/";
    const std::string cmd = tools + "install " VITALIS_FHIR_SCHEMA_DIR " > " +
                            (dir / "schema").string() + " && /usr/bin/python3 " + tools +
                            "validate.py " + (expectInvalid ? "--expect-invalid " : "") +
                            "--schema \"$(cat " + (dir / "schema").string() + ")\" " +
                            (dir / "resources.jsonl").string() + " > " +
                            (dir / "out").string() + " 2>&1";
    const int rc = std::system(cmd.c_str());
    *output = readFile(dir / "out");
    std::filesystem::remove_all(dir);
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

void expectSchemaValid(const std::vector<json>& resources)
{
    std::string out;
    EXPECT_EQ(validateSchema(resources, &out), 0) << out;
    EXPECT_NE(out.find("fhir-schema: " + std::to_string(resources.size()) + " valid"),
              std::string::npos)
        << out;
}

class Fhir : public Interop
{
protected:
    void SetUp() override
    {
        db = std::make_unique<TestDatabase>(GetParam(), Seed::Demo);
        server = std::make_unique<ServerProcess>(db->url(), serverArgs());
        server->start();
    }
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--websub-retry-base-ms"), QStringLiteral("50")};
    }
    std::string hospital() { return token(createClient("notify", "VD-N-ALD")); }
    HttpResponse post(const std::string& token, const std::string& body,
                      const std::string& type = "application/fhir+json")
    {
        std::map<std::string, std::string> h{{"Content-Type", type}};
        if (!token.empty())
            h["Authorization"] = "Bearer " + token;
        return httpRequest("POST", server->url("/fhir/Bundle"), body, h);
    }
    HttpResponse post(const std::string& token, const json& bundle)
    {
        return post(token, bundle.dump());
    }
    std::map<std::string, json> aldmoor()
    {
        Session s(*server, "agent.ald", {}, kDemoPassword);
        s.loginOrFail();
        return s.pullAll();
    }
    const Clock& clock = serverClock();
};

// Must-show 1: 100 native and 100 FHIR births, each once at the district; reposts create
// nothing. Must-show 2 (inbound): every Bundle posted validates against the R4 schema.
TEST_P(Fhir, AHospitalPostsAHundredNativeAndAHundredFhirBirthsAndRepostsThemAll)
{
    const std::string t = hospital();
    std::vector<json> bundles;
    std::set<std::string> tracking;
    const auto native = [&](int i) {
        return json{{"transaction_id", "NAT-" + std::to_string(i)},
                    {"event", "birth"},
                    {"facility", "VD-N-ALD"},
                    {"fields", birthNotification(clock, "Native" + std::to_string(i), "Banda")}};
    };
    for (int i = 0; i < 100; ++i) {
        auto r = notify(t, native(i));
        ASSERT_EQ(r.status, 201) << r.raw;
        tracking.insert(r.body["tracking_id"].get<std::string>());
        bundles.push_back(fb::birth(clock, "FHIR-" + std::to_string(i),
                                    "Fhir" + std::to_string(i),
                                    i % 2 ? "document" : "transaction"));
        r = post(t, bundles.back());
        ASSERT_EQ(r.status, 201) << r.raw;
        ASSERT_EQ(r.body["resourceType"], "Bundle") << r.raw;
        EXPECT_EQ(r.body["type"], "transaction-response");
        EXPECT_EQ(r.headers["content-type"], "application/fhir+json");
        tracking.insert(r.body["identifier"]["value"].get<std::string>());
    }
    EXPECT_EQ(tracking.size(), 200u);
    for (int i = 0; i < 100; ++i) {
        EXPECT_EQ(notify(t, native(i)).status, 200);
        const auto r = post(t, bundles[static_cast<std::size_t>(i)]);
        ASSERT_EQ(r.status, 200) << r.raw;
        EXPECT_EQ(r.body["entry"][0]["response"]["status"], "200 OK");
    }
    const auto records = aldmoor();
    ASSERT_EQ(records.size(), 200u);
    std::set<std::string> seen;
    for (const auto& [id, rec] : records) {
        EXPECT_EQ(rec["status"], "notified") << rec;
        EXPECT_EQ(rec["office_id"], "OFF-ALD");
        seen.insert(rec["tracking_id"].get<std::string>());
    }
    EXPECT_EQ(seen, tracking);
    expectSchemaValid(bundles);
}

TEST_P(Fhir, BirthAndDeathBundlesFillTheFormsAsTheMappingsSay)
{
    const std::string t = hospital();
    auto r = post(t, fb::birth(clock, "B-1", "Adaeze"));
    ASSERT_EQ(r.status, 201) << r.raw;
    const std::string birthTracking = r.body["identifier"]["value"];
    const json death = fb::death(clock, "D-1", "Kwame");
    r = post(t, death.dump(), "application/json");
    ASSERT_EQ(r.status, 201) << r.raw;
    expectSchemaValid({fb::birth(clock, "B-1", "Adaeze"), death, r.body});

    std::map<std::string, json> byEvent;
    for (const auto& [id, rec] : aldmoor())
        byEvent[rec["event_type"]] = rec;
    const json& b = byEvent["birth"]["fields"];
    EXPECT_EQ(byEvent["birth"]["tracking_id"], birthTracking);
    EXPECT_EQ(b["child_name"], json({{"first", "Adaeze"}, {"family", "Okafor"}}));
    EXPECT_EQ(b["child_sex"], "female");
    EXPECT_EQ(b["child_birth_date"], isoDaysBefore(clock, 1));
    EXPECT_EQ(b["place_of_birth_type"], "health_facility");
    EXPECT_EQ(b["birth_facility"], "HF-ALD-1");
    EXPECT_DOUBLE_EQ(b["weight_at_birth"].get<double>(), 3.2) << "3200 g read as kg";
    EXPECT_EQ(b["gestation_weeks"], 39);
    EXPECT_EQ(b["mother_name"], json({{"first", "Ngozi"}, {"family", "Okafor"}}));
    EXPECT_EQ(b["mother_id_type"], "national_id");
    EXPECT_EQ(b["mother_national_id"], nationalIdFor("mother of Adaeze"));
    const json& d = byEvent["death"]["fields"];
    EXPECT_EQ(d["deceased_name"], json({{"first", "Kwame"}, {"family", "Mensah"}}));
    EXPECT_EQ(d["death_date"], isoDaysBefore(clock, 2));
    EXPECT_EQ(d["deceased_national_id"], nationalIdFor("Kwame"));
    EXPECT_EQ(d["death_facility"], "HF-ALD-1");
    EXPECT_EQ(d["immediate_cause"], "Cardiac arrest");
}

VITALIS_SERVER_BACKENDS(Fhir);

} // namespace
