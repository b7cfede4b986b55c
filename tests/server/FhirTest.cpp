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
#include <chrono>
#include <cstdio>
#include <fstream>
#include <set>
#include <thread>

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
                            (dir / "resources.jsonl").string() + " > " + (dir / "out").string() +
                            " 2>&1";
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
        bundles.push_back(fb::birth(clock, "FHIR-" + std::to_string(i), "Fhir" + std::to_string(i),
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

    // Without a Location the client's jurisdiction routes it.
    json noPlace = fb::birth(clock, "B-2", "Chidi");
    noPlace["entry"].erase(3);
    noPlace["entry"].erase(2);
    r = post(t, noPlace);
    ASSERT_EQ(r.status, 201) << r.raw;
    expectSchemaValid({noPlace});

    std::map<std::string, json> byEvent;
    const auto records = aldmoor();
    ASSERT_EQ(records.size(), 3u);
    for (const auto& [id, rec] : records) {
        EXPECT_EQ(rec["office_id"], "OFF-ALD");
        const json& fields = rec["fields"];
        if (rec["event_type"] != "birth" ||
            fields.value("child_name", json::object()).value("first", "") != "Chidi")
            byEvent[rec["event_type"]] = rec;
        else
            EXPECT_FALSE(rec["fields"].contains("birth_facility")) << rec;
    }
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

// Must-show 6: bad input gets 4xx and an OperationOutcome naming the FHIRPath; nothing is
// created. The OperationOutcomes (and the bad Bundles that are still valid FHIR) validate.
TEST_P(Fhir, BadBundlesGetAnOperationOutcomeNamingThePathAndCreateNothing)
{
    const std::string t = hospital();
    std::vector<json> emitted, posted;
    const auto expectRefused = [&](const HttpResponse& r, long status, const std::string& code,
                                   const std::string& expression) {
        EXPECT_EQ(r.status, status) << r.raw;
        ASSERT_EQ(r.body.value("resourceType", ""), "OperationOutcome") << r.raw;
        EXPECT_EQ(r.headers.at("content-type"), "application/fhir+json");
        const json& issue = r.body["issue"][0];
        EXPECT_EQ(issue["severity"], "error");
        EXPECT_EQ(issue["code"], code) << r.raw;
        if (!expression.empty()) {
            EXPECT_EQ(issue["expression"][0], expression) << r.raw;
        }
        EXPECT_FALSE(issue.value("diagnostics", "").empty());
        emitted.push_back(r.body);
    };
    const auto bad = [&](const std::string& txn, const auto& change) {
        json b = fb::birth(clock, txn, "Bad");
        change(b);
        posted.push_back(b);
        return post(t, b);
    };
    expectRefused(post(t, std::string("{\"resourceType\": \"Bundle\", ")), 400, "structure", "");
    expectRefused(post(t, json{{"resourceType", "Patient"}, {"gender", "male"}}), 400, "structure",
                  "Bundle.resourceType");
    expectRefused(bad("X-1", [](json& b) { b["type"] = "collection"; }), 400, "value",
                  "Bundle.type");
    expectRefused(bad("X-2", [](json& b) { b.erase("identifier"); }), 400, "required",
                  "Bundle.identifier.value");
    expectRefused(bad("X-3",
                      [](json& b) {
                          json only = json::array({b["entry"][3]});
                          b["entry"] = only;
                      }),
                  422, "required", "Bundle.entry");
    expectRefused(bad("X-4", [](json& b) { b["entry"][0]["resource"].erase("birthDate"); }), 422,
                  "required", "Bundle.entry[0].resource.birthDate");
    expectRefused(bad("X-5", [](json& b) { b["entry"][0]["resource"]["gender"] = "other"; }), 422,
                  "code-invalid", "Bundle.entry[0].resource.gender");
    expectRefused(bad("X-6",
                      [](json& b) {
                          b["entry"][4]["resource"]["valueQuantity"] = fb::quantity(7, "[lb_av]");
                      }),
                  422, "code-invalid", "Bundle.entry[4].resource.valueQuantity.code");
    expectRefused(
        bad("X-7",
            [](json& b) { b["entry"][4]["resource"]["valueQuantity"] = fb::quantity(12000, "g"); }),
        422, "business-rule", "Bundle.entry[4].resource.valueQuantity");
    expectRefused(
        bad("X-8",
            [](json& b) { b["entry"][3]["resource"]["identifier"][0]["value"] = "HF-DUN-1"; }),
        403, "forbidden", "Bundle.entry[3].resource.identifier[0].value");
    expectRefused(
        bad("X-9",
            [](json& b) { b["entry"][3]["resource"]["description"] = std::string(1100000, 'x'); }),
        413, "too-costly", "");
    posted.pop_back(); // a megabyte of description is valid FHIR, but not worth validating
    expectRefused(post(t, fb::birth(clock, "X-10", "Bad").dump(), "text/plain"), 415,
                  "not-supported", "");
    expectRefused(post("", fb::birth(clock, "X-11", "Bad")), 401, "login", "");
    EXPECT_TRUE(aldmoor().empty()) << "nothing created";

    // The refused transaction ids stay free; a reused one with other content is a conflict.
    posted.push_back(fb::birth(clock, "X-7", "Good"));
    ASSERT_EQ(post(t, posted.back()).status, 201);
    posted.push_back(fb::birth(clock, "X-7", "Other"));
    expectRefused(post(t, posted.back()), 409, "conflict", "Bundle.identifier");
    EXPECT_EQ(aldmoor().size(), 1u);
    expectSchemaValid(posted);
    expectSchemaValid(emitted);
    // The validator itself refuses what R4 forbids (its negative control).
    std::string out;
    EXPECT_EQ(validateSchema({json{{"resourceType", "Patient"}, {"gender", "dragon"}},
                              json{{"resourceType", "Bundle"}, {"type", "teleport"}},
                              json{{"resourceType", "Bundle"},
                                   {"type", "document"},
                                   {"entry", json::array({json::array({"fullUrl", "x"})})}}},
                             &out, true),
              0)
        << out;
}

// FHIR payloads: an R4 document Bundle written by the mapping in reverse, limited to the
// client's allowed fields, signed like every delivery; native subscribers are unchanged.
TEST_P(Fhir, AFhirSubscriberGetsADocumentBundleWithOnlyItsAllowedFields)
{
    const auto client = [&](const char* fields, const char* events) {
        QStringList args{QStringLiteral("create"),    QStringLiteral("--name"),
                         QStringLiteral("Health ID"), QStringLiteral("--scopes"),
                         QStringLiteral("subscribe"), QStringLiteral("--jurisdiction"),
                         QStringLiteral("VD-N-ALD"),  QStringLiteral("--events"),
                         QString::fromLatin1(events)};
        if (*fields)
            args << QStringLiteral("--fields") << QString::fromLatin1(fields);
        const json j = json::parse(clientCommand(args));
        return token({j["client_id"], j["client_secret"]});
    };
    const std::string limited = client("child_name,child_birth_date,child_sex", "birth"),
                      all = client("", "birth,death");
    const auto dir = freshDir("fhir-websub");
    Receiver fhirLimited(dir, "limited", "s-limited"), fhirAll(dir, "all", "s-all"),
        native(dir, "native", "s-native");
    const auto subscribe = [&](const std::string& t, const Receiver& r, const std::string& payload,
                               const std::string& topic = "birth.declared") {
        const auto enc = [](const std::string& v) {
            return QUrl::toPercentEncoding(QString::fromStdString(v)).toStdString();
        };
        return httpRequest("POST", server->url("/websub"),
                           "hub.mode=subscribe&hub.topic=" + topic +
                               "&hub.callback=" + enc(r.callback()) +
                               "&hub.secret=" + enc(r.secret()) + "&hub.payload=" + payload,
                           {{"Content-Type", "application/x-www-form-urlencoded"},
                            {"Authorization", "Bearer " + t}});
    };
    EXPECT_EQ(subscribe(limited, native, "xml").status, 400);
    ASSERT_EQ(subscribe(limited, fhirLimited, "fhir").status, 202);
    ASSERT_EQ(subscribe(all, fhirAll, "fhir").status, 202);
    ASSERT_EQ(subscribe(all, fhirAll, "fhir", "death.declared").status, 202);
    ASSERT_EQ(subscribe(limited, native, "native").status, 202);
    ASSERT_TRUE(eventually([&] {
        return fhirLimited.entries("verify").size() == 1 && fhirAll.entries("verify").size() == 2 &&
               native.entries("verify").size() == 1;
    }));
    std::this_thread::sleep_for(std::chrono::milliseconds(600)); // the worker marks them active
    Session agent(*server, "agent.ald", {}, kDemoPassword);
    agent.loginOrFail();
    const std::string id = newRecordId();
    const auto pushed =
        agent.push(json::array({createOp(agent.nextMutationId(), id, "OFF-ALD",
                                         birthDeclaration(clock), "declare", "birth", "birth")}));
    ASSERT_EQ(pushed.body["results"][0]["status"], "applied") << pushed.raw;
    ASSERT_TRUE(eventually([&] {
        return fhirLimited.entries("delivery").size() == 1 &&
               fhirAll.entries("delivery").size() == 1 && native.entries("delivery").size() == 1;
    }));
    const json l = fhirLimited.entries("delivery")[0], a = fhirAll.entries("delivery")[0];
    for (const json* d : {&l, &a}) {
        EXPECT_EQ((*d)["content_type"], "application/fhir+json");
        EXPECT_TRUE((*d)["verified"].get<bool>()) << "signed over the exact FHIR bytes";
    }
    const json limitedDoc = json::parse(l["body"].get<std::string>());
    const json allDoc = json::parse(a["body"].get<std::string>());
    expectSchemaValid({limitedDoc, allDoc});
    EXPECT_EQ(limitedDoc["type"], "document");
    EXPECT_EQ(limitedDoc["entry"][0]["resource"]["resourceType"], "Composition");
    const json& child = limitedDoc["entry"][1]["resource"];
    EXPECT_EQ(child["resourceType"], "Patient");
    EXPECT_EQ(child["name"][0]["given"][0], "Amina");
    EXPECT_EQ(child["gender"], "female");
    EXPECT_EQ(limitedDoc["entry"].size(), 2u) << "no mother, place or weight: " << limitedDoc;
    const std::string limitedText = l["body"];
    EXPECT_EQ(limitedText.find("Ruth"), std::string::npos);
    EXPECT_EQ(limitedText.find("1234567897"), std::string::npos);
    EXPECT_EQ(limitedText.find("HF-ALD-1"), std::string::npos);

    std::set<std::string> types;
    std::string weight, mother;
    for (const auto& e : allDoc["entry"]) {
        const json& r = e["resource"];
        types.insert(r["resourceType"].get<std::string>());
        if (r["resourceType"] == "Observation" && r["code"]["coding"][0]["code"] == "8339-4")
            weight = r["valueQuantity"].dump();
        if (r["resourceType"] == "RelatedPerson")
            mother = r.dump();
    }
    EXPECT_EQ(types, (std::set<std::string>{"Composition", "Patient", "RelatedPerson", "Encounter",
                                            "Location", "Observation"}));
    EXPECT_NE(weight.find("\"value\":3.2"), std::string::npos) << weight;
    EXPECT_NE(mother.find("MTH"), std::string::npos) << mother;
    EXPECT_NE(mother.find("1234567897"), std::string::npos) << mother;
    EXPECT_NE(a["body"].get<std::string>().find("HF-ALD-1"), std::string::npos);

    // A death goes out as a document about the deceased (deceasedDateTime), valid R4 too.
    const auto pushedDeath = agent.push(json::array(
        {createOp(agent.nextMutationId(), newRecordId(), "OFF-ALD",
                  deathDeclaration(clock, "Yaw", "Boateng"), "declare", "death", "death")}));
    ASSERT_EQ(pushedDeath.body["results"][0]["status"], "applied") << pushedDeath.raw;
    ASSERT_TRUE(eventually([&] { return fhirAll.entries("delivery").size() == 2; }));
    const json deathDoc = json::parse(fhirAll.entries("delivery")[1]["body"].get<std::string>());
    expectSchemaValid({deathDoc});
    EXPECT_EQ(deathDoc["entry"][1]["resource"]["deceasedDateTime"], isoDaysBefore(clock, 2))
        << deathDoc;

    const json nativeBody = json::parse(native.entries("delivery")[0]["body"].get<std::string>());
    EXPECT_EQ(native.entries("delivery")[0]["content_type"], "application/json");
    EXPECT_EQ(nativeBody["record"]["id"], id);
    EXPECT_EQ(nativeBody["record"]["fields"].size(), 3u) << nativeBody;
}

// A mapping the server cannot use stops it at start, naming the file and the JSON path, as
// `vitalis-forms fhir-check` would.
TEST(FhirStart, AMappingThatCannotBeReadOrDoesNotSuitItsFormStopsTheServer)
{
    TestDatabase database(Backend::Sqlite, Seed::Demo);
    const auto dir = freshDir("fhir-mappings");
    const auto serve = [&](const std::string& text, std::string* out) {
        std::ofstream(dir / "birth.json") << text;
        return runServerCommand({QStringLiteral("--database"),
                                 QString::fromStdString(database.url()), QStringLiteral("--port"),
                                 QStringLiteral("0"), QStringLiteral("--fhir-mappings"),
                                 QString::fromStdString(dir.string())},
                                out);
    };
    std::string out;
    EXPECT_EQ(serve(R"({"form": "birth", "event": "birth", "subject": "child",
        "resources": {"child": {"select": [{"resourceType": "Patient"}]}},
        "fields": [{"field": "child_sex", "from": "child", "path": "gender..x", "as": "code"}]})",
                    &out),
              2);
    EXPECT_NE(out.find((dir / "birth.json").string() + ": /fields/0/path:"), std::string::npos)
        << out;
    EXPECT_EQ(serve(R"({"form": "birth", "event": "birth", "subject": "child",
        "resources": {"child": {"select": [{"resourceType": "Patient"}]}},
        "fields": [{"field": "child_sex", "from": "child", "path": "gender", "as": "date"}]})",
                    &out),
              2);
    EXPECT_NE(out.find((dir / "birth.json").string() +
                       ": /fields/0/as: \"date\" cannot fill 'child_sex', a radio field"),
              std::string::npos)
        << out;
    std::filesystem::remove_all(dir);
}

TEST_P(Fhir, AClientOverItsRateLimitGetsAnOperationOutcomeAndRetryAfter)
{
    const json j = json::parse(clientCommand(
        {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Busy"),
         QStringLiteral("--scopes"), QStringLiteral("notify"), QStringLiteral("--jurisdiction"),
         QStringLiteral("VD-N-ALD"), QStringLiteral("--events"), QStringLiteral("birth"),
         QStringLiteral("--rate-limit"), QStringLiteral("2")}));
    const std::string t = token({j["client_id"], j["client_secret"]});
    EXPECT_EQ(post(t, fb::birth(clock, "R-1", "Ama")).status, 201);
    EXPECT_EQ(post(t, fb::birth(clock, "R-2", "Abena")).status, 201);
    const auto r = post(t, fb::birth(clock, "R-3", "Akua"));
    EXPECT_EQ(r.status, 429) << r.raw;
    EXPECT_EQ(r.body["resourceType"], "OperationOutcome");
    EXPECT_EQ(r.body["issue"][0]["code"], "throttled");
    EXPECT_TRUE(r.headers.count("retry-after"));
    EXPECT_EQ(aldmoor().size(), 2u);
}

// The Bundle of the integration guide's curl example is valid R4 and accepted as it stands; the
// CapabilityStatement a FHIR client reads first is public and valid R4.
TEST_P(Fhir, TheIntegrationGuidesExampleIsValidAndAccepted)
{
    const std::string guide = readFile(VITALIS_SOURCE_DIR "/docs/integration-guide.md");
    const std::string open = "cat > birth.json <<'JSON'\n";
    const auto start = guide.find(open);
    ASSERT_NE(start, std::string::npos);
    const auto end = guide.find("\nJSON\n", start);
    ASSERT_NE(end, std::string::npos);
    const json example = json::parse(guide.substr(start + open.size(), end - start - open.size()));
    expectSchemaValid({example});
    const auto metadata = server->get("/fhir/metadata");
    ASSERT_EQ(metadata.status, 200) << metadata.raw;
    EXPECT_EQ(metadata.body["resourceType"], "CapabilityStatement");
    EXPECT_EQ(metadata.body["fhirVersion"], "4.0.1");
    expectSchemaValid({metadata.body});
    const auto r = post(hospital(), example);
    ASSERT_EQ(r.status, 201) << r.raw;
    const auto records = aldmoor();
    ASSERT_EQ(records.size(), 1u);
    EXPECT_DOUBLE_EQ(records.begin()->second["fields"]["weight_at_birth"].get<double>(), 3.2);
}

VITALIS_SERVER_BACKENDS(Fhir);

} // namespace
