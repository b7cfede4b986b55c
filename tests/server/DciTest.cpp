// The DCI (G2P Connect) CRVS registry API against the real server on SQLite and PostgreSQL: a
// social-protection client (this test, on loopback) searches by idtype-value and predicate,
// pages, and gets rjct answers for a repeated message id, a malformed predicate and a bad
// envelope; its jurisdiction limits what it finds.
#include "tests/server/InteropFixture.h"
#include "tests/support/TempDir.h"

#include <QDateTime>
#include <ctime>
#include <set>
#include <sodium.h>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

class Dci : public Interop
{
protected:
    struct Partner {
        std::string id, token;
    };
    Partner partner(const std::string& jurisdiction = "D1", const std::string& scopes = "dci")
    {
        const Credentials c = createClient(scopes, jurisdiction, "birth,death");
        return {c.id, token(c)};
    }
    // `client set-callbacks`: the registry may answer the partner under this callback's path.
    void allowCallbacks(const Partner& p, const std::string& callback)
    {
        clientCommand({QStringLiteral("set-callbacks"), QStringLiteral("--id"),
                       QString::fromStdString(p.id), QStringLiteral("--callbacks"),
                       QString::fromStdString(callback.substr(0, callback.find('?')))});
    }
    static json leaf(const std::string& attribute, const std::string& op, const json& value)
    {
        return {{"attribute_name", attribute}, {"operator", op}, {"attribute_value", value}};
    }
    static json request(const std::string& ref, const std::string& type, const json& query,
                        const json& pagination = nullptr)
    {
        json criteria = {
            {"reg_type", "ns:org:RegistryType:Civil"}, {"query_type", type}, {"query", query}};
        if (!pagination.is_null())
            criteria["pagination"] = pagination;
        return {{"reference_id", ref},
                {"timestamp", "2026-12-04T10:00:00Z"},
                {"search_criteria", criteria}};
    }
    // RFC 3339, `offsetSeconds` from now: the registry accepts message_ts of the last 24 hours.
    static std::string isoNow(int offsetSeconds = 0)
    {
        return QDateTime::currentDateTimeUtc()
            .addSecs(offsetSeconds)
            .toString(Qt::ISODate)
            .toStdString();
    }
    json envelope(const Partner& p, const json& requests, const std::string& messageId = {})
    {
        return {{"header",
                 {{"version", "1.0.0"},
                  {"message_id", messageId.empty() ? "m-" + std::to_string(++sent_) : messageId},
                  {"message_ts", isoNow()},
                  {"action", "search"},
                  {"sender_id", p.id},
                  {"sender_uri", "https://sp.example/dci"},
                  {"receiver_id", "vitalis"},
                  {"total_count", requests.size()},
                  {"is_msg_encrypted", false}}},
                {"message", {{"transaction_id", "T-1"}, {"search_request", requests}}}};
    }
    HttpResponse post(const Partner& p, const json& body)
    {
        return httpRequest(
            "POST", server->url("/registry/sync/search"), body.dump(),
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + p.token}});
    }
    // One request in one fresh message; its search_response item.
    json ask(const Partner& p, const json& req)
    {
        const auto r = post(p, envelope(p, json::array({req})));
        EXPECT_EQ(r.status, 200) << r.raw;
        EXPECT_EQ(r.body["header"]["status"], "succ") << r.raw;
        return r.body["message"]["search_response"][0];
    }
    static std::set<std::string> givenNames(const json& response)
    {
        std::set<std::string> out;
        for (const auto& p : response["data"]["reg_records"])
            out.insert(p["name"]["given_name"].get<std::string>());
        return out;
    }
    static std::string identifier(const json& person, const std::string& type)
    {
        for (const auto& i : person["identifier"])
            if (i["identifier_type"] == type)
                return i["identifier_value"];
        return {};
    }
    // Ana (registered) and Bea in office O1 (district D1), Cleo in O3 (district D3).
    void declareFamilies()
    {
        auto registrar = login("registrar1");
        const std::string ana = declare(*registrar, "O1", birthFields("Ana"));
        json bea = birthFields("Bea");
        bea["birth_date"] = "2025-06-01";
        declare(*registrar, "O1", bea);
        declare(*login("agent3"), "O3", birthFields("Cleo"));
        const auto r = registrar->push(json::array(
            {changeOp(registrar->nextMutationId(), ana, "register", 1, json::object())}));
        ASSERT_EQ(r.body["results"][0]["status"], "applied") << r.raw;
    }
    int sent_ = 0;
};

TEST_P(Dci, ASyncSearchFindsPersonsByIdTypeValueAndPredicate)
{
    declareFamilies();
    const Partner p = partner();
    json res = ask(
        p,
        request("r1", "predicate",
                json::array({{{"seq_num", 1}, {"expression1", leaf("given_name", "eq", "Ana")}}})));
    ASSERT_EQ(res["status"], "succ") << res;
    ASSERT_EQ(res["data"]["reg_records"].size(), 1u) << res;
    const json ana = res["data"]["reg_records"][0];
    EXPECT_EQ(res["reference_id"], "r1");
    EXPECT_EQ(ana["name"]["surname"], "Lopes");
    EXPECT_EQ(ana["sex"], "female");
    EXPECT_EQ(ana["birth_date"], "2026-01-15");
    EXPECT_EQ(ana["registration_status"], "registered");
    const std::string number = identifier(ana, "registration_number");
    ASSERT_FALSE(number.empty()) << ana;
    EXPECT_EQ(ana["registration_number"], number);
    EXPECT_EQ(ana["registration_date"].get<std::string>().size(), 10u) << ana;
    res = ask(p, request("r1b", "predicate", leaf("given_name", "eq", "Bea")));
    EXPECT_TRUE(res["data"]["reg_records"][0]["registration_date"].is_null()) << "not registered";

    res = ask(p, request("r2", "idtype-value", {{"type", "BRN"}, {"value", number}}));
    EXPECT_EQ(givenNames(res), std::set<std::string>{"Ana"}) << res;
    res = ask(p, request("r3", "predicate", leaf("given_name", "eq", "Bea")));
    const std::string bea = identifier(res["data"]["reg_records"][0], "tracking_id");
    res = ask(p, request("r4", "idtype-value", {{"type", "tracking_id"}, {"value", bea}}));
    EXPECT_EQ(givenNames(res), std::set<std::string>{"Bea"}) << res;
    res = ask(p, request("r5", "idtype-value", {{"type", "UIN"}, {"value", "1234567890"}}));
    EXPECT_EQ(res["status"], "succ");
    EXPECT_TRUE(res["data"]["reg_records"].empty()) << "no record carries that national id";

    res = ask(p, request("r6", "predicate",
                         {{"and", json::array({leaf("birth_date", "ge", "2026-01-01"),
                                               {{"not", leaf("sex", "eq", "male")}}})}}));
    EXPECT_EQ(givenNames(res), std::set<std::string>{"Ana"}) << res;
    res = ask(p, request("r7", "predicate",
                         json::array({{{"expression1", leaf("surname", "eq", "Lopes")},
                                       {"condition", "and"},
                                       {"expression2", leaf("birth_date", "lt", "2026-01-01")}}})));
    EXPECT_EQ(givenNames(res), std::set<std::string>{"Bea"}) << res;
    res = ask(p, request("r8", "predicate",
                         {{"or", json::array({leaf("given_name", "eq", "Bea"),
                                              leaf("status", "eq", "registered")})}}));
    EXPECT_EQ(givenNames(res), (std::set<std::string>{"Ana", "Bea"})) << res;
}

TEST_P(Dci, ResultsArePagedAndOneMessageCarriesSeveralRequests)
{
    declareFamilies();
    const Partner p = partner();
    const json lopes = leaf("surname", "eq", "Lopes");
    const auto r = post(
        p, envelope(p, json::array({
                           request("a", "predicate", lopes, {{"page_size", 1}, {"page_number", 1}}),
                           request("b", "predicate", lopes, {{"page_size", 1}, {"page_number", 2}}),
                           request("c", "predicate", lopes, {{"page_size", 1}, {"page_number", 3}}),
                       })));
    ASSERT_EQ(r.status, 200) << r.raw;
    const json& h = r.body["header"];
    EXPECT_EQ(h["action"], "on-search");
    EXPECT_EQ(h["receiver_id"], p.id);
    EXPECT_EQ(h["total_count"], 3);
    EXPECT_EQ(h["completed_count"], 3);
    const json& items = r.body["message"]["search_response"];
    ASSERT_EQ(items.size(), 3u) << r.raw;
    std::set<std::string> names;
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(items[i]["pagination"]["total_count"], 2) << items[i];
        ASSERT_EQ(items[i]["data"]["reg_records"].size(), 1u) << items[i];
        names.insert(items[i]["data"]["reg_records"][0]["name"]["given_name"].get<std::string>());
    }
    EXPECT_EQ(names, (std::set<std::string>{"Ana", "Bea"})) << "two pages, two different people";
    EXPECT_TRUE(items[2]["data"]["reg_records"].empty());
    EXPECT_EQ(r.body["message"]["transaction_id"], "T-1");
    EXPECT_FALSE(r.body["message"]["correlation_id"].get<std::string>().empty());
}

TEST_P(Dci, APartnerFindsOnlyRecordsOfItsJurisdiction)
{
    declareFamilies();
    const Partner d3 = partner("D3");
    const json everyone = leaf("given_name", "in", json::array({"Ana", "Bea", "Cleo"}));
    EXPECT_EQ(givenNames(ask(d3, request("j1", "predicate", everyone))),
              std::set<std::string>{"Cleo"});
    EXPECT_EQ(givenNames(ask(partner("D1"), request("j2", "predicate", everyone))),
              (std::set<std::string>{"Ana", "Bea"}));
    const json ana =
        ask(partner("D1"), request("j3", "predicate", leaf("given_name", "eq", "Ana")));
    const std::string tracking = identifier(ana["data"]["reg_records"][0], "tracking_id");
    EXPECT_TRUE(
        ask(d3, request("j4", "idtype-value",
                        {{"type", "tracking_id"}, {"value", tracking}}))["data"]["reg_records"]
            .empty())
        << "outside its jurisdiction";
    const Partner searchOnly = partner("D1", "search");
    const auto r =
        post(searchOnly, envelope(searchOnly, json::array({request("j5", "predicate", everyone)})));
    EXPECT_EQ(r.status, 403) << "no dci scope: " << r.raw;
    EXPECT_EQ(r.raw.find("Ana"), std::string::npos);
}

TEST_P(Dci, APredicateSeesOnlyTheFieldsThePartnerMayRead)
{
    declareFamilies();
    const json created = json::parse(clientCommand(
        {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Cash transfers"),
         QStringLiteral("--scopes"), QStringLiteral("dci"), QStringLiteral("--jurisdiction"),
         QStringLiteral("D1"), QStringLiteral("--events"), QStringLiteral("birth"),
         QStringLiteral("--fields"), QStringLiteral("child_first,child_family")}));
    const Partner p{created["client_id"], token({created["client_id"], created["client_secret"]})};
    json res = ask(p, request("f1", "predicate", leaf("given_name", "eq", "Ana")));
    ASSERT_EQ(res["data"]["reg_records"].size(), 1u) << res;
    EXPECT_TRUE(res["data"]["reg_records"][0]["birth_date"].is_null()) << "not an allowed field";
    EXPECT_TRUE(res["data"]["reg_records"][0]["sex"].is_null());
    res = ask(p, request("f2", "predicate", leaf("birth_date", "eq", "2026-01-15")));
    EXPECT_TRUE(res["data"]["reg_records"].empty()) << "no probing of a hidden field: " << res;
    res = ask(p, request("f3", "predicate", {{"not", leaf("birth_date", "eq", "2026-01-15")}}));
    EXPECT_EQ(givenNames(res), (std::set<std::string>{"Ana", "Bea"}));
}

TEST_P(Dci, ARepeatedMessageIdIsRejectedEvenAfterARestart)
{
    declareFamilies();
    const Partner p = partner(), other = partner();
    const json body = envelope(
        p, json::array({request("d1", "predicate", leaf("given_name", "eq", "Ana"))}), "msg-0001");
    auto r = post(p, body);
    ASSERT_EQ(r.body["header"]["status"], "succ") << r.raw;
    r = post(p, body);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body["header"]["status"], "rjct") << r.raw;
    EXPECT_EQ(r.body["header"]["status_reason_code"], "rjct.message_id.duplicate");
    EXPECT_EQ(r.body["header"]["completed_count"], 0);
    EXPECT_FALSE(r.body["message"].contains("search_response")) << "nothing answered twice";
    r = post(other, envelope(other, body["message"]["search_request"], "msg-0001"));
    EXPECT_EQ(r.body["header"]["status"], "succ") << "message ids are unique per sender";
    server->restart();
    r = post(p, body);
    EXPECT_EQ(r.body["header"]["status_reason_code"], "rjct.message_id.duplicate") << r.raw;

    // Ids are kept for a day: an older (or far future) message is refused by its time, so a
    // captured message cannot be replayed once its id is forgotten.
    for (const int offset : {-2 * 24 * 3600, 3600}) {
        json stale = envelope(p, body["message"]["search_request"]);
        stale["header"]["message_ts"] = isoNow(offset);
        r = post(p, stale);
        EXPECT_EQ(r.body["header"]["status_reason_code"], "rjct.message_ts.invalid") << r.raw;
    }
}

TEST_P(Dci, AMalformedPredicateOrEnvelopeIsRejectedNamingItsPath)
{
    declareFamilies();
    const Partner p = partner();
    const json bad = {{"and", json::array({leaf("given_name", "eq", "Ana"),
                                           leaf("birth_date", "like", "2026%")})}};
    auto r = post(
        p, envelope(p, json::array({request("m1", "predicate", bad),
                                    request("m2", "predicate", leaf("given_name", "eq", "Ana"))})));
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["header"]["status"], "succ");
    EXPECT_EQ(r.body["header"]["completed_count"], 1) << "the good request is still answered";
    json item = r.body["message"]["search_response"][0];
    EXPECT_EQ(item["status"], "rjct") << item;
    EXPECT_EQ(item["reference_id"], "m1");
    EXPECT_EQ(item["status_reason_code"], "rjct.search_criteria.invalid");
    EXPECT_NE(item["status_reason_message"].get<std::string>().find(
                  "/message/search_request/0/search_criteria/query/and/1/operator"),
              std::string::npos)
        << item;
    EXPECT_EQ(givenNames(r.body["message"]["search_response"][1]), std::set<std::string>{"Ana"});

    item = ask(p, request("m3", "predicate", leaf("mother_name", "eq", "Rosa Lopes")));
    EXPECT_EQ(item["status"], "rjct");
    EXPECT_NE(item["status_reason_message"].get<std::string>().find("/query/attribute_name"),
              std::string::npos)
        << item;
    item = ask(p, request("m4", "expression", json::object()));
    EXPECT_EQ(item["status_reason_code"], "rjct.search_criteria.invalid") << item;
    EXPECT_NE(item["status_reason_message"].get<std::string>().find("/query_type"),
              std::string::npos)
        << item;

    json wrong = envelope(p, json::array({request("m5", "predicate", leaf("sex", "eq", "male"))}));
    wrong["header"]["action"] = "subscribe";
    EXPECT_EQ(post(p, wrong).body["header"]["status_reason_code"], "rjct.action.invalid");
    wrong = envelope(p, json::array({request("m6", "predicate", leaf("sex", "eq", "male"))}));
    wrong["header"]["total_count"] = 5;
    EXPECT_EQ(post(p, wrong).body["header"]["status_reason_code"], "rjct.total_count.invalid");
    wrong = envelope(p, json::array({request("m7", "predicate", leaf("sex", "eq", "male"))}));
    wrong["header"]["sender_id"] = "cl_someone_else";
    r = post(p, wrong);
    EXPECT_EQ(r.body["header"]["status_reason_code"], "rjct.permission.denied") << r.raw;
    EXPECT_NE(
        r.body["header"]["status_reason_message"].get<std::string>().find("/header/sender_id"),
        std::string::npos);
    r = post(p, {{"header", {{"action", "search"}}}, {"message", json::object()}});
    EXPECT_EQ(r.status, 400) << "not a DCI message: " << r.raw;
    EXPECT_EQ(r.body["error"]["path"], "/header/message_id") << r.raw;
}

// A partner's Ed25519 key pair; sign() builds the envelope's signature member the way the
// integration guide tells partners to.
struct SigningKey {
    unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
    SigningKey()
    {
        if (sodium_init() < 0)
            std::abort();
        crypto_sign_keypair(pk, sk);
    }
    std::string publicKey() const { return b64(pk, sizeof pk); }
    void sign(json& body, const std::string& sender, std::int64_t created,
              std::int64_t expires) const
    {
        const std::string canonical =
            json{{"header", body["header"]}, {"message", body["message"]}}.dump();
        unsigned char digest[64];
        crypto_generichash(digest, sizeof digest,
                           reinterpret_cast<const unsigned char*>(canonical.data()),
                           canonical.size(), nullptr, 0);
        const std::string text = "(created): " + std::to_string(created) +
                                 "\n(expires): " + std::to_string(expires) +
                                 "\ndigest: BLAKE-512=" + b64(digest, 64);
        unsigned char sig[crypto_sign_BYTES];
        crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(text.data()),
                             text.size(), sk);
        body["signature"] = "Signature: namespace=\"dci\", kidId=\"" + sender +
                            "|k1|ed25519\", algorithm=\"ed25519\", created=\"" +
                            std::to_string(created) + "\", expires=\"" + std::to_string(expires) +
                            "\", headers=\"(created) (expires) digest\", signature=\"" +
                            b64(sig, sizeof sig) + "\"";
    }
    static std::string b64(const unsigned char* data, std::size_t n)
    {
        std::string out(sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_ORIGINAL), '\0');
        sodium_bin2base64(out.data(), out.size(), data, n, sodium_base64_VARIANT_ORIGINAL);
        out.resize(out.size() - 1);
        return out;
    }
};

TEST_P(Dci, AClientWithAKeyMustSignAndABadSignatureIsRefused)
{
    declareFamilies();
    const Partner p = partner();
    const SigningKey key, stranger;
    clientCommand({QStringLiteral("set-key"), QStringLiteral("--id"), QString::fromStdString(p.id),
                   QStringLiteral("--public-key"), QStringLiteral("bm90IGEga2V5")},
                  2);
    clientCommand({QStringLiteral("set-key"), QStringLiteral("--id"), QString::fromStdString(p.id),
                   QStringLiteral("--public-key"), QString::fromStdString(key.publicKey())});
    const std::int64_t now = std::time(nullptr);
    const json plain = envelope(
        p, json::array({request("s1", "predicate", leaf("given_name", "eq", "Ana"))}), "sig-1");
    const auto refusal = [&](const json& body) {
        const auto r = post(p, body);
        EXPECT_EQ(r.status, 200) << r.raw;
        EXPECT_FALSE(r.body["message"].contains("search_response")) << r.raw;
        return r.body["header"].value("status_reason_code", "") + " " +
               r.body["header"].value("status_reason_message", "");
    };
    EXPECT_EQ(refusal(plain).rfind("rjct.signature.invalid /signature: this client signs", 0), 0u)
        << refusal(plain);
    json body = plain;
    stranger.sign(body, p.id, now, now + 600);
    EXPECT_NE(refusal(body).find("does not verify"), std::string::npos) << "another key";
    body = plain;
    key.sign(body, p.id, now, now + 600);
    json tampered = body;
    tampered["message"]["search_request"][0]["search_criteria"]["query"]["attribute_value"] = "Bea";
    EXPECT_NE(refusal(tampered).find("does not verify"), std::string::npos) << "changed after";
    json old = plain;
    key.sign(old, p.id, now - 7200, now - 3600);
    EXPECT_NE(refusal(old).find("not valid now"), std::string::npos);
    json other = plain;
    key.sign(other, "cl_other", now, now + 600);
    EXPECT_NE(refusal(other).find("kidId"), std::string::npos);

    const auto r = post(p, body);
    ASSERT_EQ(r.body["header"]["status"], "succ") << "refusals spent no message id: " << r.raw;
    EXPECT_EQ(givenNames(r.body["message"]["search_response"][0]), std::set<std::string>{"Ana"});
    const json listed = json::parse(clientCommand({QStringLiteral("list")}));
    EXPECT_EQ(listed[0]["signing_key"], key.publicKey());
}

// RFC 7515 appendix F (detached payload), alg EdDSA: the signing input is the protected
// header and the canonical message, both base64url.
std::string detachedJws(const SigningKey& key, const json& body, const json& header)
{
    const auto url = [](const std::string& bytes) {
        std::string out(
            sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING),
            '\0');
        sodium_bin2base64(out.data(), out.size(),
                          reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING);
        out.resize(out.size() - 1);
        return out;
    };
    const std::string protectedHeader = url(header.dump());
    const std::string input =
        protectedHeader + "." +
        url(json{{"header", body["header"]}, {"message", body["message"]}}.dump());
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(input.data()),
                         input.size(), key.sk);
    return protectedHeader + ".." + url(std::string(reinterpret_cast<char*>(sig), sizeof sig));
}

TEST_P(Dci, ADetachedJwsSignatureIsAcceptedWhenItVerifies)
{
    declareFamilies();
    const Partner p = partner();
    const SigningKey key, stranger;
    clientCommand({QStringLiteral("set-key"), QStringLiteral("--id"), QString::fromStdString(p.id),
                   QStringLiteral("--public-key"), QString::fromStdString(key.publicKey())});
    json body = envelope(
        p, json::array({request("j1", "predicate", leaf("given_name", "eq", "Bea"))}), "jws-1");
    const json header = {{"alg", "EdDSA"}, {"kid", p.id + "|k1"}};
    const auto code = [&](const std::string& signature) {
        json b = body;
        b["signature"] = signature;
        const auto r = post(p, b);
        return r.body["header"].value("status_reason_code", "") + " " +
               r.body["header"].value("status_reason_message", "");
    };
    EXPECT_NE(code(detachedJws(stranger, body, header)).find("does not verify"), std::string::npos);
    EXPECT_NE(code(detachedJws(key, body, {{"alg", "HS256"}, {"kid", p.id + "|k1"}})).find("EdDSA"),
              std::string::npos);
    EXPECT_NE(code(detachedJws(key, body, {{"alg", "EdDSA"}, {"kid", "cl_x|k1"}})).find("kid"),
              std::string::npos);
    json tampered = body;
    tampered["message"]["transaction_id"] = "T-2";
    EXPECT_NE(code(detachedJws(key, tampered, header)).find("does not verify"), std::string::npos);
    body["signature"] = detachedJws(key, body, header);
    const auto r = post(p, body);
    ASSERT_EQ(r.body["header"]["status"], "succ") << r.raw;
    EXPECT_EQ(givenNames(r.body["message"]["search_response"][0]), std::set<std::string>{"Bea"});
}

VITALIS_SERVER_BACKENDS(Dci);

class DciAsync : public Dci
{
protected:
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--websub-retry-base-ms"), QStringLiteral("50")};
    }
    HttpResponse postTo(const char* path, const Partner& p, const json& body)
    {
        return httpRequest(
            "POST", server->url(path), body.dump(),
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + p.token}});
    }
    HttpResponse status(const Partner& p, const std::string& correlationId)
    {
        return postTo("/registry/txn/status", p,
                      {{"header", {{"action", "txn-status"}, {"sender_id", p.id}}},
                       {"message",
                        {{"txnstatus_request",
                          {{"reference_id", "st1"},
                           {"txn_type", "search"},
                           {"attribute_type", "correlation_id"},
                           {"attribute_value", correlationId}}}}}});
    }
    std::filesystem::path dir = freshDir("dci");
};

TEST_P(DciAsync, AnAsyncSearchIsAcknowledgedThenAnsweredAtTheCallback)
{
    declareFamilies();
    const Partner p = partner(), other = partner();
    Receiver sp(dir, "sp", "unused", {"--fail-first", "1"});
    allowCallbacks(p, sp.callback());
    json body = envelope(
        p, json::array({request("a1", "predicate", leaf("given_name", "eq", "Ana"))}), "async-1");
    body["header"]["sender_uri"] = sp.callback();
    auto r = postTo("/registry/search", p, body);
    ASSERT_EQ(r.status, 202) << r.raw;
    EXPECT_EQ(r.body["message"]["ack_status"], "ACK") << r.raw;
    const std::string correlation = r.body["message"]["correlation_id"];
    ASSERT_FALSE(correlation.empty());

    ASSERT_TRUE(eventually([&] {
        const auto got = sp.entries("delivery");
        return got.size() >= 2 && got.back()["answered"] == 200;
    })) << "the first attempt is answered 500 and retried";
    const json onSearch = json::parse(sp.entries("delivery").back()["body"].get<std::string>());
    EXPECT_EQ(onSearch["header"]["action"], "on-search");
    EXPECT_EQ(onSearch["header"]["receiver_id"], p.id);
    EXPECT_EQ(onSearch["message"]["correlation_id"], correlation);
    EXPECT_EQ(givenNames(onSearch["message"]["search_response"][0]), std::set<std::string>{"Ana"});

    r = status(p, correlation);
    ASSERT_EQ(r.status, 200) << r.raw;
    const json& txn = r.body["message"]["txnstatus_response"]["txn_status"];
    EXPECT_EQ(txn["state"], "delivered") << r.raw;
    EXPECT_EQ(txn["attempts"], 2);
    EXPECT_EQ(txn["on_search"]["message"]["correlation_id"], correlation);
    EXPECT_EQ(status(other, correlation).status, 404) << "another client's search is unknown";

    r = postTo("/registry/search", p, body);
    EXPECT_EQ(r.body["message"]["ack_status"], "ERR") << r.raw;
    EXPECT_EQ(r.body["message"]["error"]["code"], "rjct.message_id.duplicate");
    json noCallback = envelope(p, body["message"]["search_request"]);
    noCallback["header"].erase("sender_uri");
    r = postTo("/registry/search", p, noCallback);
    EXPECT_EQ(r.body["message"]["error"]["code"], "rjct.action.not_supported") << r.raw;
    EXPECT_NE(r.body["message"]["error"]["message"].get<std::string>().find("/header/sender_uri"),
              std::string::npos);
    // A callback the client names but the registry never registered for it: a partner must not
    // make the server call hosts of its choosing (the metadata service, the intranet).
    for (const std::string& elsewhere :
         std::vector<std::string>{"http://169.254.169.254/latest/meta-data/",
                                  sp.callback().substr(0, sp.callback().find('?')) + "/../admin",
                                  "http://127.0.0.1.evil.example/dci"}) {
        json foreign = envelope(p, body["message"]["search_request"]);
        foreign["header"]["sender_uri"] = elsewhere;
        r = postTo("/registry/search", p, foreign);
        EXPECT_EQ(r.body["message"]["error"]["code"], "rjct.permission.denied")
            << elsewhere << ": " << r.raw;
    }
    EXPECT_EQ(sp.entries("delivery").size(), 2u) << "refused searches send nothing";
}

TEST_P(DciAsync, ASubscriberIsNotifiedOfRegistrationsUntilItUnsubscribes)
{
    const Partner p = partner();
    Receiver sub(dir, "sub", "unused");
    allowCallbacks(p, sub.callback());
    const auto message = [&](const char* action, const char* list, const json& items) {
        json body = envelope(p, items);
        body["header"]["action"] = action;
        body["header"]["sender_uri"] = sub.callback();
        body["message"].erase("search_request");
        body["message"][list] = items;
        return body;
    };
    const auto follow = [&](const std::string& event) {
        return postTo("/registry/subscribe", p,
                      message("subscribe", "subscribe_request",
                              json::array({{{"reference_id", "s-" + event},
                                            {"timestamp", "2026-12-04T10:00:00Z"},
                                            {"subscribe_criteria",
                                             {{"reg_type", "ns:org:RegistryType:Civil"},
                                              {"reg_event_type", event}}}}})));
    };
    auto r = follow("birth");
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["header"]["action"], "on-subscribe");
    const json& item = r.body["message"]["subscribe_response"][0];
    ASSERT_EQ(item["status"], "succ") << r.raw;
    const std::string code = item["subscription_code"];
    r = follow("birth");
    EXPECT_EQ(r.body["message"]["subscribe_response"][0]["status_reason_code"],
              "rjct.event.already_subscribed")
        << r.raw;
    r = follow("marriage");
    EXPECT_EQ(r.body["message"]["subscribe_response"][0]["status_reason_code"],
              "rjct.notify_types.invalid")
        << r.raw;

    const Partner far = partner("D3");
    Receiver farSub(dir, "far", "unused");
    allowCallbacks(far, farSub.callback());
    json farBody = message("subscribe", "subscribe_request",
                           json::array({{{"reference_id", "f1"},
                                         {"subscribe_criteria", {{"reg_event_type", "birth"}}}}}));
    farBody["header"]["sender_id"] = far.id;
    farBody["header"]["sender_uri"] = farSub.callback();
    r = postTo("/registry/subscribe", far, farBody);
    ASSERT_EQ(r.body["message"]["subscribe_response"][0]["status"], "succ") << r.raw;

    declareFamilies(); // registers Ana in O1
    ASSERT_TRUE(eventually([&] { return sub.entries("delivery").size() == 1; }));
    const json notify = json::parse(sub.entries("delivery")[0]["body"].get<std::string>());
    EXPECT_EQ(notify["header"]["action"], "notify");
    const json& event = notify["message"]["notify_event"][0];
    EXPECT_EQ(event["subscription_code"], code);
    EXPECT_EQ(event["data"]["reg_event_type"], "birth");
    EXPECT_EQ(event["data"]["reg_records"][0]["name"]["given_name"], "Ana") << notify;
    EXPECT_FALSE(event["data"]["reg_records"][0]["registration_number"].is_null());

    r = postTo("/registry/unsubscribe", p,
               message("unsubscribe", "subscription_codes", json::array({code, "nope"})));
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["message"]["subscription_status"][0]["status"], "unsubscribe") << r.raw;
    EXPECT_EQ(r.body["message"]["subscription_status"][1]["status_reason_code"],
              "rjct.subscription_code.invalid");
    auto registrar = login("registrar1");
    const std::string dee = declare(*registrar, "O1", birthFields("Dee"));
    ASSERT_EQ(registrar
                  ->push(json::array(
                      {changeOp(registrar->nextMutationId(), dee, "register", 1, json::object())}))
                  .body["results"][0]["status"],
              "applied");
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    EXPECT_EQ(sub.entries("delivery").size(), 1u) << "no notification after unsubscribing";
    EXPECT_TRUE(farSub.entries("delivery").empty()) << "O1 is outside D3's jurisdiction";
}

VITALIS_SERVER_BACKENDS(DciAsync);

} // namespace
