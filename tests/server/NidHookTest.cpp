// The national ID hook (issue 19) against the real server on SQLite and PostgreSQL and a
// national ID system on loopback (tests/tools/nid-receiver/receiver.py) in each of its modes:
// accept with a number, pending then the callback, reject, down then up, and the answer lost.
#include "certificates/templates/CertificateFill.h"
#include "core/RegistrationNumber.h"
#include "forms/FieldDisplay.h"
#include "forms/FormRegistry.h"
#include "tests/server/InteropFixture.h"
#include "tests/support/ChildProcess.h"
#include "tests/support/CommandRun.h"
#include "tests/support/ServerTest.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestClient.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <set>
#include <thread>
#include <tuple>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

constexpr const char* kBearer = "nid-static-token";
constexpr std::int64_t kLateFee = 500; // the test certificates' fee 31 to 365 days after birth

// The national ID system: what it was sent, one JSON object per request, from its log.
class NidSystem
{
public:
    NidSystem(const std::filesystem::path& dir, std::vector<std::string> options, bool https)
        : log_(dir / "nid.jsonl"), https_(https)
    {
        std::vector<std::string> argv{"/usr/bin/python3",
                                      VITALIS_SOURCE_DIR "/tests/tools/nid-receiver/receiver.py",
                                      "--log", log_.string()};
        argv.insert(argv.end(), options.begin(), options.end());
        const std::string line = process_.start(argv, "listening on", dir / "nid.err");
        port_ = std::stoi(line.substr(line.rfind(' ') + 1));
    }
    std::string url() const { return base() + "/registrations"; }
    std::string base() const
    {
        return (https_ ? "https://127.0.0.1:" : "http://127.0.0.1:") + std::to_string(port_);
    }
    std::vector<json> calls() const
    {
        std::vector<json> out;
        std::ifstream in(log_);
        std::string line;
        while (std::getline(in, line))
            if (const json j = json::parse(line); j["kind"] == "call")
                out.push_back(j);
        return out;
    }
    // The calls it answered `status` (and registered: 503 and 401 register nothing).
    std::vector<json> answered(int status) const
    {
        std::vector<json> out;
        for (const json& c : calls())
            if (c["answered"] == status)
                out.push_back(c);
        return out;
    }

private:
    std::filesystem::path log_;
    bool https_ = false;
    ChildProcess process_;
    int port_ = 0;
};

class NidHook : public ServerTest
{
protected:
    void SetUp() override
    {
        dir_ = freshDir(::testing::UnitTest::GetInstance()->current_test_info()->name());
        beforeStart();
        if (HasFatalFailure())
            return;
        const std::vector<std::string> options = receiverOptions();
        nid_ = std::make_unique<NidSystem>(
            dir_, options,
            std::find(options.begin(), options.end(), "--tls-cert") != options.end());
        json hook = {{"url", nid_->url()},
                     {"auth", {{"type", "bearer"}, {"token", kBearer}}},
                     {"national_id_field", "child_national_id"},
                     {"timeout_ms", 2000},
                     {"retry_base_ms", 200},
                     {"retry_max_ms", 1000}};
        hook.update(hookChanges());
        std::ofstream(dir_ / "nid-hooks.json") << json{{"hooks", {{"birth.register", hook}}}};
        ServerTest::SetUp();
    }
    virtual void beforeStart() {}
    virtual std::vector<std::string> receiverOptions() const { return {"--mode", "accept"}; }
    virtual json hookChanges() const { return json::object(); }
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--national-id-hook"),
                QString::fromStdString((dir_ / "nid-hooks.json").string()),
                QStringLiteral("--certificate-templates"),
                QStringLiteral(VITALIS_SOURCE_DIR "/tests/server/data/certificates")};
    }

    // A birth 45 days ago declared in O1 and registered by `s` (offering `number`, as a laptop
    // registering offline does, when not empty; `print`: certified in the same push, offline).
    std::string registered(Session& s, const std::string& number = {}, bool print = false)
    {
        json fields = birthFields();
        fields["birth_date"] = isoDaysBefore(serverClock(), 45);
        const std::string id = declare(s, "O1", fields);
        json op = changeOp(s.nextMutationId(), id, "register", 1, json::object());
        if (!number.empty())
            op["registration_number"] = number;
        json ops = json::array({op});
        if (print) {
            json certify = changeOp(s.nextMutationId(), id, "certify", 2, json::object());
            certify["print"] = printMember(1, kLateFee);
            ops.push_back(certify);
        }
        const auto r = s.push(ops);
        EXPECT_EQ(r.status, 200) << r.raw;
        for (const json& res : r.body["results"])
            EXPECT_EQ(res["status"], "applied") << r.raw;
        return id;
    }
    // The record as the district's devices get it at a pull from scratch.
    json pulled(const std::string& id)
    {
        const auto all = login("agent1")->pullAll();
        const auto it = all.find(id);
        return it == all.end() ? json() : it->second;
    }
    json history(Session& s, const std::string& id)
    {
        return s.get("/api/v1/records/" + id + "/history").body;
    }
    static bool hasEntry(const json& history, const std::string& kind)
    {
        for (const json& e : history["history"])
            if (e["action"] == kind)
                return true;
        return false;
    }
    std::string callback(const json& body, int expected)
    {
        const auto r = httpRequest("POST", server->url("/api/v1/national-id/callback"), body.dump(),
                                   {{"Content-Type", "application/json"}});
        EXPECT_EQ(r.status, expected) << r.raw;
        return r.raw;
    }

    std::filesystem::path dir_;
    std::unique_ptr<NidSystem> nid_;
};

using NidAccept = NidHook;

TEST_P(NidAccept, TheNumberReachesEveryDeviceAndTheCertificate)
{
    auto registrar = login("registrar1");
    const std::string id = registered(*registrar);
    ASSERT_TRUE(eventually([&] {
        return !pulled(id)["fields"].value("child_national_id", "").empty();
    })) << pulled(id);
    const json rec = pulled(id);
    ASSERT_EQ(nid_->calls().size(), 1u);
    const json call = nid_->calls()[0];
    EXPECT_EQ(rec["fields"]["child_national_id"], call["answer"]["national_id"]);
    EXPECT_FALSE(rec.contains("national_id_state")) << "no longer waiting: " << rec;
    EXPECT_EQ(call["authorization"], std::string("Bearer ") + kBearer);
    EXPECT_EQ(call["body"]["record_id"], id);
    EXPECT_EQ(call["body"]["event"], "birth");
    EXPECT_EQ(call["body"]["registration_number"], rec["registration_number"]);
    EXPECT_EQ(call["body"]["tracking_id"], rec["tracking_id"]);
    EXPECT_EQ(call["body"]["fields"]["child_first"], "Ana");
    EXPECT_EQ(call["key"], call["body"]["call_id"]);
    EXPECT_TRUE(hasEntry(history(*registrar, id), "national_id"));

    // A laptop's sync stores it; the certificate it prints shows it.
    TestClient laptop(dir_ / "laptop", server->url());
    laptop.login("agent1", kPassword);
    ASSERT_TRUE(laptop.syncUntilOk().ok);
    const Record local = laptop.record(id);
    EXPECT_EQ(local.fields["child_national_id"], call["answer"]["national_id"]);
    forms::FormRegistry registry;
    ASSERT_TRUE(registry.loadFile(VITALIS_SOURCE_DIR "/tests/server/data/tbirth.json").empty());
    const forms::FieldDisplay display(registry, nullptr, "en");
    const json values = certificates::certificateValues(local, display, {});
    EXPECT_EQ(values["child_national_id"], call["answer"]["national_id"]) << values;

    // Other systems find the child by the new number (the search index follows the answer).
    std::string out;
    ASSERT_EQ(runServerCommand({QStringLiteral("client"), QStringLiteral("create"),
                                QStringLiteral("--name"), QStringLiteral("Social protection"),
                                QStringLiteral("--scopes"), QStringLiteral("search"),
                                QStringLiteral("--jurisdiction"), QStringLiteral("D1"),
                                QStringLiteral("--events"), QStringLiteral("birth"),
                                QStringLiteral("--database"), QString::fromStdString(db->url())},
                               &out),
              0)
        << out;
    const json client = json::parse(out.substr(out.rfind('{')));
    const auto token = httpRequest(
        "POST", server->url("/oauth/token"), "grant_type=client_credentials",
        {{"Content-Type", "application/x-www-form-urlencoded"},
         {"Authorization",
          "Basic " + QByteArray::fromStdString(client["client_id"].get<std::string>() + ":" +
                                               client["client_secret"].get<std::string>())
                         .toBase64()
                         .toStdString()}});
    ASSERT_EQ(token.status, 200) << token.raw;
    const auto found =
        httpRequest("POST", server->url("/api/v1/search"),
                    json{{"national_id", call["answer"]["national_id"]}}.dump(),
                    {{"Content-Type", "application/json"},
                     {"Authorization", "Bearer " + token.body["access_token"].get<std::string>()}});
    ASSERT_EQ(found.body["results"].size(), 1u) << found.raw;
    EXPECT_EQ(found.body["results"][0]["id"], id);

    const std::string metrics = server->get("/metrics").raw;
    EXPECT_NE(metrics.find("vitalis_nid_hook_outcomes_total{hook=\"birth.register\",outcome="
                           "\"accept\"} 1"),
              std::string::npos)
        << metrics;
    EXPECT_NE(metrics.find("vitalis_nid_hook_seconds_count{hook=\"birth.register\"} 1"),
              std::string::npos)
        << metrics;
}

class NidPending : public NidHook
{
    std::vector<std::string> receiverOptions() const override { return {"--mode", "pending"}; }
};

TEST_P(NidPending, TheCallbackDecidesOnceWithItsOwnToken)
{
    auto registrar = login("registrar1");
    const std::string a = registered(*registrar);
    const std::string b = registered(*registrar);
    ASSERT_TRUE(eventually([&] { return nid_->answered(202).size() == 2; }));
    EXPECT_EQ(pulled(a)["national_id_state"], "waiting") << pulled(a);
    EXPECT_EQ(pulled(b)["national_id_state"], "waiting");
    // A laptop keeps the state (its screens show it) until the answer's revision arrives.
    TestClient laptop(dir_ / "laptop", server->url());
    laptop.login("agent1", kPassword);
    ASSERT_TRUE(laptop.syncUntilOk().ok);
    EXPECT_EQ(laptop.record(a).nationalIdState, "waiting");
    std::map<std::string, std::string> tokens;
    for (const json& c : nid_->answered(202))
        tokens[c["body"]["record_id"]] = c["body"]["callback_token"];
    ASSERT_EQ(tokens.size(), 2u);

    callback({{"token", tokens[a]}, {"decision", "maybe"}}, 400);
    callback({{"token", "not-a-token"}, {"decision", "accept"}}, 401);
    callback({{"token", tokens[a]}, {"decision", "accept"}, {"national_id", "7000000016"}}, 200);
    callback({{"token", tokens[a]}, {"decision", "reject"}, {"reason", "again"}}, 401);
    callback({{"token", tokens[b]},
              {"decision", "reject"},
              {"reason", "mother unknown to the ID "
                         "register"}},
             200);
    callback({{"token", tokens[b]}, {"decision", "accept"}}, 401);

    const json ra = pulled(a);
    EXPECT_EQ(ra["fields"]["child_national_id"], "7000000016") << ra;
    EXPECT_FALSE(ra.contains("national_id_state")) << ra;
    EXPECT_EQ(ra["status"], "registered");
    const json rb = pulled(b);
    EXPECT_EQ(rb["status"], "validated") << rb;
    EXPECT_EQ(rb["status_reason"], "mother unknown to the ID register");
    EXPECT_EQ(rb.value("registration_number", ""), "") << rb;
    EXPECT_FALSE(rb.contains("national_id_state"));
    EXPECT_TRUE(hasEntry(history(*registrar, b), "refuse_registration"));
    ASSERT_TRUE(laptop.syncUntilOk().ok);
    EXPECT_EQ(laptop.record(a).nationalIdState, "");
    EXPECT_EQ(laptop.record(a).fields["child_national_id"], "7000000016");
    EXPECT_EQ(laptop.record(b).status, RecordStatus::Validated);
}

class NidReject : public NidHook
{
    std::vector<std::string> receiverOptions() const override
    {
        return {"--mode", "reject", "--reason", "this child already has a national ID"};
    }
};

TEST_P(NidReject, TheRecordGoesBackAndItsOfflineCertificateIsVoided)
{
    auto registrar = login("registrar1");
    const auto pools =
        registrar->post("/api/v1/number-pools", {{"protocol", 1}, {"held", json::array()}});
    ASSERT_EQ(pools.status, 200) << pools.raw;
    const json block = pools.body["offices"][0]["blocks"][0];
    const std::string number = registration_number::format("ONE", block["year"].get<int>(),
                                                           block["first_seq"].get<std::int64_t>());
    // Registered and printed offline with a number of the laptop's own block, synced later.
    const std::string id = registered(*registrar, number, true);
    ASSERT_TRUE(eventually([&] { return pulled(id)["status"] == "validated"; })) << pulled(id);
    const json rec = pulled(id);
    EXPECT_EQ(rec["status_reason"], "this child already has a national ID");
    EXPECT_EQ(rec.value("registration_number", ""), "") << rec;
    const json h = history(*registrar, id);
    EXPECT_TRUE(hasEntry(h, "refuse_registration")) << h;
    ASSERT_EQ(h["voided_numbers"].size(), 1u) << h;
    EXPECT_EQ(h["voided_numbers"][0]["number"], number);
    const auto voided = registrar->get("/api/v1/registration-numbers/voided");
    ASSERT_EQ(voided.status, 200) << voided.raw;
    bool listed = false;
    for (const json& v : voided.body["voided"])
        listed = listed || (v["number"] == number && v["record_id"] == id);
    EXPECT_TRUE(listed) << "the printed certificate's number is on the revocation list: "
                        << voided.raw;
    EXPECT_EQ(nid_->calls().size(), 1u);
}

class NidDown : public NidHook
{
    std::vector<std::string> receiverOptions() const override
    {
        return {"--mode", "accept", "--down-seconds", "3"};
    }
};

TEST_P(NidDown, TheRecordWaitsThroughAnOutageThenCompletes)
{
    auto registrar = login("registrar1");
    const std::string id = registered(*registrar);
    ASSERT_TRUE(eventually([&] { return !nid_->answered(503).empty(); }));
    EXPECT_EQ(pulled(id)["national_id_state"], "waiting");
    ASSERT_TRUE(eventually([&] { return !nid_->answered(200).empty(); }, 30));
    ASSERT_TRUE(eventually([&] { return !pulled(id).contains("national_id_state"); }));
    const json rec = pulled(id);
    EXPECT_EQ(rec["fields"]["child_national_id"], nid_->answered(200)[0]["answer"]["national_id"]);
    std::set<std::string> keys;
    for (const json& c : nid_->calls())
        keys.insert(c["key"]);
    EXPECT_EQ(keys.size(), 1u) << "every retry carries the call's idempotency key";
    EXPECT_GE(nid_->answered(503).size(), 2u) << "retried with backoff during the outage";
    const std::string metrics = server->get("/metrics").raw;
    EXPECT_NE(metrics.find("outcome=\"retry\""), std::string::npos) << metrics;
}

class NidLost : public NidHook
{
    std::vector<std::string> receiverOptions() const override
    {
        return {"--mode", "accept", "--drop-first", "1"};
    }
};

TEST_P(NidLost, ALostAnswerRegistersTheChildOnce)
{
    auto registrar = login("registrar1");
    const std::string id = registered(*registrar);
    ASSERT_TRUE(eventually([&] {
        return !pulled(id).contains("national_id_state") &&
               pulled(id)["fields"].contains("child_national_id");
    })) << pulled(id);
    const auto calls = nid_->calls();
    ASSERT_EQ(calls.size(), 2u);
    EXPECT_EQ(calls[0]["dropped"], true);
    EXPECT_EQ(calls[0]["repeat"], false);
    EXPECT_EQ(calls[1]["repeat"], true) << "the retry is recognised as the same registration";
    EXPECT_EQ(calls[0]["key"], calls[1]["key"]);
    EXPECT_EQ(pulled(id)["fields"]["child_national_id"], calls[0]["answer"]["national_id"]);
    const json h = history(*registrar, id);
    int numbered = 0;
    for (const json& e : h["history"])
        numbered += e["action"] == "national_id" ? 1 : 0;
    EXPECT_EQ(numbered, 1) << h;
}

// `vitalis-server serve --national-id-hook BAD` stops before listening, naming file and path.
TEST_P(NidAccept, ABadHookFileStopsTheServerNamingFileAndPath)
{
    const auto bad = dir_ / "bad-hooks.json";
    std::ofstream(bad) << R"({"hooks": {"birth.register": {"url": "ftp://x", "timeout_ms": -1,
        "auth": {"type": "kerberos"}}, "marriage.register": {}}})";
    std::string out;
    const int code = runServerCommand({QStringLiteral("serve"), QStringLiteral("--database"),
                                       QString::fromStdString(db->url()), QStringLiteral("--port"),
                                       QStringLiteral("0"), QStringLiteral("--national-id-hook"),
                                       QString::fromStdString(bad.string())},
                                      &out);
    EXPECT_NE(code, 0);
    for (const char* path : {"/hooks/birth.register/url", "/hooks/birth.register/timeout_ms",
                             "/hooks/birth.register/auth/type", "/hooks/marriage.register"})
        EXPECT_NE(out.find(bad.string() + ": " + path), std::string::npos) << path << "\n" << out;
}

class NidGivesUp : public NidHook
{
    std::vector<std::string> receiverOptions() const override
    {
        return {"--mode", "accept", "--down-seconds", "6"};
    }
    json hookChanges() const override { return {{"give_up_after_seconds", 1}}; }

protected:
    json nidList(const std::string& state)
    {
        std::string out;
        EXPECT_EQ(
            runServerCommand({QStringLiteral("nid"), QStringLiteral("list"),
                              QStringLiteral("--state"), QString::fromStdString(state),
                              QStringLiteral("--database"), QString::fromStdString(db->url())},
                             &out),
            0)
            << out;
        return json::parse(out.substr(out.rfind('[')));
    }
};

// After its horizon a call is dead (the record keeps waiting); the admin sees it and replays
// it under the same idempotency key once the national ID system is back.
TEST_P(NidGivesUp, ADeadCallIsListedAndReplayedUnderItsKey)
{
    auto registrar = login("registrar1");
    const std::string id = registered(*registrar);
    ASSERT_TRUE(eventually([&] { return nidList("dead").size() == 1; }, 20));
    const json dead = nidList("dead")[0];
    EXPECT_EQ(dead["record_id"], id);
    EXPECT_EQ(dead["last_status"], 503);
    EXPECT_EQ(pulled(id)["national_id_state"], "waiting");
    EXPECT_NE(server->get("/metrics").raw.find("outcome=\"dead\"} 1"), std::string::npos);
    const std::size_t tried = nid_->calls().size();
    std::this_thread::sleep_for(std::chrono::milliseconds(800));
    EXPECT_EQ(nid_->calls().size(), tried) << "a dead call is not retried by itself";

    std::this_thread::sleep_for(std::chrono::seconds(6)); // the ID system comes back
    std::string out;
    ASSERT_EQ(
        runServerCommand({QStringLiteral("nid"), QStringLiteral("replay"), QStringLiteral("--id"),
                          QString::fromStdString(dead["call_id"].get<std::string>()),
                          QStringLiteral("--database"), QString::fromStdString(db->url())},
                         &out),
        0)
        << out;
    ASSERT_TRUE(eventually([&] { return !pulled(id).contains("national_id_state"); })) << out;
    EXPECT_EQ(nid_->calls().back()["key"], dead["call_id"]);
    EXPECT_EQ(nid_->calls().back()["answered"], 200);
    EXPECT_TRUE(nidList("dead").empty());
}

class NidOAuth : public NidHook
{
    std::vector<std::string> receiverOptions() const override
    {
        return {"--mode", "accept", "--oauth", "vitalis:oauth-secret"};
    }
    json hookChanges() const override
    {
        return {{"auth",
                 {{"type", "oauth"},
                  {"token_url", nid_->base() + "/token"},
                  {"client_id", "vitalis"},
                  {"client_secret", "oauth-secret"}}}};
    }
};

TEST_P(NidOAuth, CallsCarryATokenFromTheIdSystemsTokenEndpoint)
{
    auto registrar = login("registrar1");
    const std::string a = registered(*registrar);
    const std::string b = registered(*registrar);
    ASSERT_TRUE(eventually([&] { return nid_->answered(200).size() == 2; })) << server->output();
    EXPECT_TRUE(nid_->answered(401).empty());
    EXPECT_NE(nid_->calls()[0]["authorization"].get<std::string>().rfind("Bearer ", 0),
              std::string::npos);
    EXPECT_FALSE(pulled(a).contains("national_id_state"));
    EXPECT_FALSE(pulled(b).contains("national_id_state"));
}

class NidMutualTls : public NidHook
{
    void beforeStart() override
    {
        // The ID system's certificate (for 127.0.0.1) and the registry's client certificate.
        for (const auto& [name, subject, ext] :
             {std::tuple<std::string, std::string, std::string>{"nid", "/CN=nid.test",
                                                                "subjectAltName=IP:127.0.0.1"},
              {"registry", "/CN=vitalis-registry", "basicConstraints=CA:FALSE"}}) {
            const CommandRun r = runCommand(
                {"/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                 "-subj", subject, "-addext", ext, "-keyout", (dir_ / (name + ".key")).string(),
                 "-out", (dir_ / (name + ".pem")).string()},
                "", true);
            ASSERT_EQ(r.code, 0) << r.out;
        }
    }
    std::vector<std::string> receiverOptions() const override
    {
        return {"--mode",      "accept",
                "--tls-cert",  (dir_ / "nid.pem").string(),
                "--tls-key",   (dir_ / "nid.key").string(),
                "--client-ca", (dir_ / "registry.pem").string()};
    }
    json hookChanges() const override
    {
        return {{"tls",
                 {{"client_cert", (dir_ / "registry.pem").string()},
                  {"client_key", (dir_ / "registry.key").string()},
                  {"ca", (dir_ / "nid.pem").string()}}}};
    }
};

TEST_P(NidMutualTls, TheRegistryShowsItsClientCertificate)
{
    auto registrar = login("registrar1");
    const std::string id = registered(*registrar);
    ASSERT_TRUE(eventually([&] { return !pulled(id).contains("national_id_state"); }))
        << server->output();
    ASSERT_EQ(nid_->answered(200).size(), 1u);
    EXPECT_EQ(nid_->answered(200)[0]["client_cn"], "vitalis-registry");
    EXPECT_FALSE(pulled(id)["fields"].value("child_national_id", "").empty());
}

VITALIS_SERVER_BACKENDS(NidGivesUp);
VITALIS_SERVER_BACKENDS(NidOAuth);
VITALIS_SERVER_BACKENDS(NidMutualTls);
VITALIS_SERVER_BACKENDS(NidAccept);
VITALIS_SERVER_BACKENDS(NidPending);
VITALIS_SERVER_BACKENDS(NidReject);
VITALIS_SERVER_BACKENDS(NidDown);
VITALIS_SERVER_BACKENDS(NidLost);

} // namespace
