// Certificate revocation end to end against the real vitalis-server (SQLite and PostgreSQL):
// keys made by `vitalis-server keys`, a device key revoked at time T with `keys revoke-device`
// (certificates issued before T stay valid, from T on they are refused), a voided registration
// number's certificate, the signed list with its ETag, the public check's rate limit, and the
// device storing the list at sync.
#include "certificates/CertificateIssuer.h"
#include "certificates/KeyFile.h"
#include "certificates/RevocationList.h"
#include "certificates/Verifier.h"
#include "core/RegistrationNumber.h"
#include "core/store/RevocationListRepository.h"
#include "tests/support/CliDevice.h"
#include "tests/support/CommandRun.h"
#include "tests/support/ServerTest.h"
#include "tests/support/TempDir.h"
#include "tests/support/TestClient.h"

using namespace vitalis;
using namespace vitalis::test;
using namespace vitalis::certificates;
namespace fs = std::filesystem;

namespace
{

std::int64_t nowSeconds()
{
    return serverClock().nowMillis() / 1000;
}

CertificateClaims claims(const std::string& number, std::int64_t issuedAt)
{
    CertificateClaims c;
    c.registrationNumber = number;
    c.eventType = "birth";
    c.givenNames = "Amina";
    c.familyName = "Otieno";
    c.sex = "female";
    c.dateOfEvent = "2026-02-14";
    c.issuingOffice = "Office One";
    c.issuedAt = issuedAt;
    return c;
}

Bytes bytesOf(const std::string& s)
{
    return Bytes(s.begin(), s.end());
}

class Revocation : public ServerTest
{
protected:
    void SetUp() override
    {
        for (const auto& argv :
             std::vector<QStringList>{args({"keys", "init-root", "--out", root.string()}),
                                      args({"keys", "certify-server", "--root", root.string(),
                                            "--out", serverKey.string()})}) {
            std::string out;
            ASSERT_EQ(runServerCommand(argv, &out), 0) << out;
        }
        ServerTest::SetUp();
        const SigningKey server = keyfile::readPrivate(serverKey);
        deviceCertificate =
            KeyCertificate::certifyDevice(device.publicKey(), server, nowSeconds() - 10 * 86400);
    }
    void TearDown() override
    {
        ServerTest::TearDown();
        if (!HasFailure())
            fs::remove_all(dir);
    }
    QStringList serverArgs() const override
    {
        return args({"--certificate-key", serverKey.string(), "--root-public-key",
                     root.string() + ".pub", "--verify-requests-per-minute", "30"});
    }
    static QStringList args(std::initializer_list<std::string> words)
    {
        QStringList out;
        for (const std::string& w : words)
            out.append(QString::fromStdString(w));
        return out;
    }

    std::string issue(const std::string& number, std::int64_t issuedAt) const
    {
        return CertificateIssuer(device, deviceCertificate,
                                 keyfile::readCertificate(serverKey.string() + ".cert"))
            .sign(claims(number, issuedAt));
    }
    json check(const std::string& qr)
    {
        const auto r = server->post("/api/v1/verify", {{"qr", qr}});
        EXPECT_EQ(r.status, 200) << r.raw;
        return r.body;
    }
    RevocationList published()
    {
        const auto r = server->get("/api/v1/revocations");
        EXPECT_EQ(r.status, 200) << r.raw;
        return RevocationList::open(bytesOf(r.raw), keyfile::readPublic(root.string() + ".pub"));
    }
    int revoke(std::int64_t at)
    {
        std::string out;
        const int code = runServerCommand(
            args({"keys", "revoke-device", hex(device.keyId()), "--reason", "laptop stolen", "--at",
                  std::to_string(at), "--database", db->url()}),
            &out);
        EXPECT_EQ(code, 0) << out;
        return code;
    }

    fs::path dir = freshDir("revocation");
    fs::path root = dir / "root.key";
    fs::path serverKey = dir / "server.key";
    SigningKey device = SigningKey::generate();
    KeyCertificate deviceCertificate;
};

TEST_P(Revocation, ARevokedKeysCertificatesBeforeTheRevocationStayValidAfterAreRefused)
{
    // After the server key's certificate (made just now) and within the verifier's clock skew.
    const std::int64_t t = nowSeconds() + 3600;
    const std::string before = issue("ONE-2026-000001", t - 60);
    const std::string atT = issue("ONE-2026-000002", t);
    const std::string after = issue("ONE-2026-000003", t + 60);
    EXPECT_EQ(check(after)["verdict"], "valid");
    EXPECT_TRUE(published().revokedKeys.empty());

    revoke(t);
    const RevocationList list = published();
    ASSERT_EQ(list.revokedKeys.size(), 1u);
    EXPECT_EQ(list.revokedKeys[0].keyId, device.keyId());
    EXPECT_EQ(list.revokedKeys[0].revokedAt, t);

    const json ok = check(before);
    EXPECT_EQ(ok["verdict"], "valid") << ok.dump();
    EXPECT_EQ(ok["claims"]["registrationNumber"], "ONE-2026-000001");
    for (const std::string& refused : {atT, after}) {
        const json v = check(refused);
        EXPECT_EQ(v["verdict"], "key_revoked") << v.dump();
        EXPECT_NE(v["reason"].get<std::string>().find("revoked"), std::string::npos);
        EXPECT_EQ(v["claims"]["familyName"], "Otieno"); // shown so it can be compared
    }
    // An offline verifier holding the downloaded list reaches the same verdicts.
    const Bytes rootKey = keyfile::readPublic(root.string() + ".pub");
    EXPECT_EQ(Verifier::verify(before, rootKey, &list, nowSeconds()).verdict, Verdict::Valid);
    EXPECT_EQ(Verifier::verify(after, rootKey, &list, nowSeconds()).verdict, Verdict::KeyRevoked);

    // Revoking again later never makes the refused certificates valid again.
    revoke(t + 7200);
    EXPECT_EQ(published().revokedKeys[0].revokedAt, t);
}

TEST_P(Revocation, AVoidedNumbersCertificateIsCancelled)
{
    auto registrar = login("registrar1");
    ASSERT_EQ(
        registrar->post("/api/v1/number-pools", {{"protocol", 1}, {"held", json::array()}}).status,
        200);
    const std::string id = declare(*registrar, "O1");
    // A number this device never reserved: the record gets another one, the offered is voided.
    const int year = registration_number::yearOf(serverClock().nowMillis());
    const std::string offered = registration_number::format("ONE", year, 5000);
    json op = changeOp(registrar->nextMutationId(), id, "register", 1, json::object());
    op["registration_number"] = offered;
    const auto pushed = registrar->push(json::array({op}));
    ASSERT_EQ(pushed.body["results"][0]["voided_number"], offered) << pushed.raw;
    const std::string kept = pushed.body["results"][0]["registration_number"];

    const RevocationList list = published();
    EXPECT_EQ(list.voided, std::vector<std::string>{offered});
    const json voided = check(issue(offered, nowSeconds() + 60));
    EXPECT_EQ(voided["verdict"], "voided") << voided.dump();
    EXPECT_EQ(voided["claims"]["registrationNumber"], offered);
    EXPECT_EQ(check(issue(kept, nowSeconds() + 60))["verdict"], "valid");
}

TEST_P(Revocation, TheListIsCheapToRefreshAndChangesWithItsContent)
{
    const auto first = server->get("/api/v1/revocations");
    ASSERT_EQ(first.status, 200) << first.raw;
    const std::string etag = first.headers.at("etag");
    EXPECT_NE(first.headers.at("cache-control").find("public"), std::string::npos);
    EXPECT_EQ(first.headers.at("content-type").rfind("application/cose", 0), 0u);
    const auto again =
        httpRequest("GET", server->url("/api/v1/revocations"), {}, {{"If-None-Match", etag}});
    EXPECT_EQ(again.status, 304);
    EXPECT_TRUE(again.raw.empty());

    revoke(nowSeconds());
    const auto changed =
        httpRequest("GET", server->url("/api/v1/revocations"), {}, {{"If-None-Match", etag}});
    EXPECT_EQ(changed.status, 200);
    EXPECT_NE(changed.headers.at("etag"), etag);
}

TEST_P(Revocation, ThePublicCheckRefusesBadInputAndThrottlesOneAddress)
{
    auto r = server->post("/api/v1/verify", {{"text", "VC1:"}});
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.body["error"]["path"], "qr") << r.raw;
    r = server->post("/api/v1/verify", {{"qr", std::string(5000, 'A')}});
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(check("hello")["verdict"], "malformed");
    // Forged: signed by a key the root never certified.
    const SigningKey stranger = SigningKey::generate();
    const KeyCertificate strangerServer = KeyCertificate::issue(
        stranger.publicKey(), KeyRole::Server, nowSeconds() - 60, 30, stranger);
    const std::string forged =
        CertificateIssuer(
            device, KeyCertificate::certifyDevice(device.publicKey(), stranger, nowSeconds() - 60),
            strangerServer)
            .sign(claims("ONE-2026-000009", nowSeconds() - 30));
    EXPECT_EQ(check(forged)["verdict"], "unknown_or_untrusted_key");

    // 30 a minute in this server's configuration: 4 counted above (refused bodies too), 26
    // more pass, then 429.
    for (int i = 0; i < 26; ++i)
        ASSERT_EQ(server->post("/api/v1/verify", {{"qr", "x"}}).status, 200) << i;
    r = server->post("/api/v1/verify", {{"qr", "x"}});
    EXPECT_EQ(r.status, 429) << r.raw;
    EXPECT_EQ(r.body["error"]["code"], "too_many_requests");
    const long retry = std::stol(r.headers.at("retry-after"));
    EXPECT_GE(retry, 1);
    EXPECT_LE(retry, 60);
    // The list and the page are not counted.
    EXPECT_EQ(server->get("/api/v1/revocations").status, 200);
    EXPECT_EQ(server->get("/verify").status, 200);
}

TEST_P(Revocation, TheDeviceKeepsTheListFromEverySync)
{
    TestClient laptop(dir / "laptop", server->url());
    laptop.login("registrar1", kPassword);
    ASSERT_TRUE(laptop.syncUntilOk().ok);
    auto stored = RevocationListRepository(laptop.store().db()).current();
    ASSERT_TRUE(stored.has_value());
    const Bytes rootKey = keyfile::readPublic(root.string() + ".pub");
    EXPECT_TRUE(RevocationList::open(stored->signedList, rootKey).revokedKeys.empty());

    revoke(nowSeconds() - 60);
    const auto report = laptop.syncUntilOk();
    EXPECT_TRUE(report.revocationsRefreshed);
    stored = RevocationListRepository(laptop.store().db()).current();
    ASSERT_TRUE(stored.has_value());
    const RevocationList list = RevocationList::open(stored->signedList, rootKey);
    ASSERT_EQ(list.revokedKeys.size(), 1u);
    EXPECT_EQ(list.revokedKeys[0].keyId, device.keyId());
    EXPECT_EQ(Verifier::verify(issue("ONE-2026-000004", nowSeconds()), rootKey, &list, nowSeconds())
                  .verdict,
              Verdict::KeyRevoked);
}

TEST_P(Revocation, TheCliChecksWithTheListOfItsProfilesLastSync)
{
    CliDevice laptop("laptop", dir / "cli");
    laptop.enrol(server->url(), "registrar1", kPassword);
    revoke(nowSeconds() - 60);
    laptop.sync();
    const std::string qr = issue("ONE-2026-000005", nowSeconds());
    const std::string rootPub = root.string() + ".pub";
    const CommandRun withProfile = laptop.run({"verify", "--root", rootPub, "--qr", qr, "--json"});
    EXPECT_EQ(withProfile.code, 4) << withProfile.describe();
    EXPECT_EQ(withProfile.asJson()["verdict"], "key_revoked");
    EXPECT_EQ(withProfile.asJson()["revocationsChecked"], true);
    EXPECT_EQ(withProfile.asJson()["signingKeyId"], hex(device.keyId())); // what was revoked
    // No profile and no --revocations: the key's withdrawal is unknown, and it says so.
    const CommandRun plain = runCommand({VITALIS_CLI_BIN, "verify", "--root", rootPub, "--qr", qr});
    EXPECT_EQ(plain.code, 0) << plain.describe();
    EXPECT_NE(plain.out.find("Not checked against the registry's list"), std::string::npos)
        << plain.out;
}

VITALIS_SERVER_BACKENDS(Revocation);

// A server whose certificate keys cannot be used refuses to start and names the option, rather
// than publishing nothing or a list no verifier accepts.
TEST(RevocationKeys, AServerWithUnusableKeysRefusesToStartNamingTheOption)
{
    const fs::path dir = freshDir("revocation-keys");
    TestDatabase db(Backend::Sqlite);
    auto serve = [&](std::initializer_list<std::string> extra) {
        QStringList argv = {QStringLiteral("--database"), QString::fromStdString(db.url()),
                            QStringLiteral("--port"), QStringLiteral("0")};
        for (const std::string& a : extra)
            argv.append(QString::fromStdString(a));
        std::string out;
        const int code = runServerCommand(argv, &out);
        return std::make_pair(code, out);
    };
    auto [code, out] = serve({"--certificate-key", (dir / "missing.key").string()});
    EXPECT_EQ(code, 2) << out;
    EXPECT_NE(out.find("--certificate-key"), std::string::npos) << out;

    // A server key certified by one root, a root public key of another.
    for (const auto& argv : std::vector<std::vector<std::string>>{
             {"keys", "init-root", "--out", (dir / "root-a.key").string()},
             {"keys", "init-root", "--out", (dir / "root-b.key").string()},
             {"keys", "certify-server", "--root", (dir / "root-a.key").string(), "--out",
              (dir / "server.key").string()}}) {
        QStringList q;
        for (const std::string& a : argv)
            q.append(QString::fromStdString(a));
        std::string o;
        ASSERT_EQ(runServerCommand(q, &o), 0) << o;
    }
    std::tie(code, out) = serve({"--certificate-key", (dir / "server.key").string(),
                                 "--root-public-key", (dir / "root-b.key.pub").string()});
    EXPECT_EQ(code, 2) << out;
    EXPECT_NE(out.find("not signed by the root key"), std::string::npos) << out;
    fs::remove_all(dir);
}

} // namespace
