// The server process itself: starts on an empty data dir, answers health and version, and
// refuses every kind of bad input with a 4xx JSON error that names the problem while it
// keeps serving and nothing is applied.
#include "sync/server/http/Gzip.h"
#include "tests/support/ServerTest.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace vitalis::test;

namespace
{

void expectError(const HttpResponse& r, long status, const std::string& code,
                 const std::string& path = {})
{
    EXPECT_EQ(r.status, status) << r.raw;
    ASSERT_TRUE(r.body.is_object()) << r.raw;
    EXPECT_EQ(r.body["error"]["code"], code) << r.raw;
    EXPECT_FALSE(r.body["error"]["message"].get<std::string>().empty());
    if (!path.empty()) {
        EXPECT_EQ(r.body["error"]["path"], path) << r.raw;
    }
}

} // namespace

TEST(ServerCommandLine, HelpDocumentsEveryOptionAndVersionPrintsIt)
{
    std::string out;
    ASSERT_EQ(runServerCommand({QStringLiteral("--help")}, &out), 0);
    for (const char* option : {"--listen",
                               "--port",
                               "--data",
                               "--database",
                               "--tls-cert",
                               "--tls-key",
                               "--access-token-ttl",
                               "--refresh-token-ttl",
                               "--max-body-bytes",
                               "--max-batch-ops",
                               "--max-pull-limit",
                               "--lockout-threshold",
                               "--lockout-seconds",
                               "--totp-required-roles",
                               "--seed",
                               "--workers",
                               "--config",
                               "seed FILE",
                               "user add",
                               "--number-block-size",
                               "--number-low-water",
                               "--number-expiry-days",
                               "--max-offline-days",
                               "--number-blocks-per-device",
                               "carry-numbers",
                               "--accept-lost-number-blocks",
                               "--certificate-templates"})
        EXPECT_NE(out.find(option), std::string::npos) << option << " missing from --help";
    ASSERT_EQ(runServerCommand({QStringLiteral("--version")}, &out), 0);
    EXPECT_NE(out.find(VITALIS_VERSION), std::string::npos) << out;
}

TEST(ServerCommandLine, BadConfigurationIsNamed)
{
    std::string out;
    EXPECT_EQ(runServerCommand({QStringLiteral("--port"), QStringLiteral("99999"),
                                QStringLiteral("--data"), QStringLiteral("/tmp/x")},
                               &out),
              2);
    EXPECT_NE(out.find("--port"), std::string::npos) << out;
    EXPECT_EQ(runServerCommand({}, &out), 2);
    EXPECT_NE(out.find("--data"), std::string::npos) << out;
    EXPECT_EQ(runServerCommand({QStringLiteral("--database"), QStringLiteral("mysql://x/y")}, &out),
              2);
    EXPECT_NE(out.find("sqlite: or postgres://"), std::string::npos) << out;

    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("server.ini"));
    QFile f(ini);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("[server]\ndata = d\nmax-bodybytes = 5\n");
    f.close();
    EXPECT_EQ(runServerCommand({QStringLiteral("--config"), ini}, &out), 2);
    EXPECT_NE(out.find("unknown configuration key 'max-bodybytes'"), std::string::npos) << out;
}

TEST(ServerCommandLine, DataDirJustWorksAndSeedErrorsNameThePath)
{
    QTemporaryDir dir;
    const std::string data = dir.filePath(QStringLiteral("data")).toStdString();
    std::string out;
    QProcess p;
    p.start(QStringLiteral(VITALIS_SERVER_BIN),
            {QStringLiteral("--data"), QString::fromStdString(data), QStringLiteral("--port"),
             QStringLiteral("0")});
    ASSERT_TRUE(p.waitForStarted());
    ASSERT_TRUE(p.waitForReadyRead(20000));
    out = p.readAllStandardOutput().toStdString();
    EXPECT_NE(out.find("listening on http://127.0.0.1:"), std::string::npos) << out;
    p.terminate();
    p.waitForFinished();
    EXPECT_TRUE(QFileInfo::exists(QString::fromStdString(data + "/vitalis-server.db")));

    const QString bad = dir.filePath(QStringLiteral("bad-seed.json"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"locations": [{"id": "C", "type": "country", "name": "C"}],
               "offices": [{"id": "O", "code": "O", "name": "O", "location": "X"}],
               "users": [{"username": "u", "role": "wizard", "office": "O", "password": "p"}]})");
    f.close();
    EXPECT_EQ(runServerCommand({QStringLiteral("seed"), bad, QStringLiteral("--data"),
                                QString::fromStdString(data)},
                               &out),
              3);
    EXPECT_NE(out.find("/offices/0/location: unknown location 'X'"), std::string::npos) << out;
    EXPECT_NE(out.find("/users/0/role: unknown role 'wizard'"), std::string::npos) << out;
    EXPECT_NE(out.find("/users/0/password: must be at least 8 characters"), std::string::npos)
        << out;
}

class ServerBasics : public ServerTest
{
protected:
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--max-batch-ops"), QStringLiteral("50"),
                QStringLiteral("--max-body-bytes"), QStringLiteral("262144")};
    }
};

TEST_P(ServerBasics, HealthVersionAndMetrics)
{
    auto r = server->get("/healthz");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body["status"], "ok");
    r = server->get("/readyz");
    EXPECT_EQ(r.status, 200) << r.raw;
    r = server->get("/api/v1/version");
    EXPECT_EQ(r.body["protocol"]["max"], 1);
    r = server->get("/metrics");
    EXPECT_EQ(r.status, 200);
    EXPECT_NE(r.raw.find("vitalis_http_requests_total{route=\"/healthz\",status=\"200\"} 1"),
              std::string::npos)
        << r.raw;
    EXPECT_NE(r.raw.find("vitalis_sync_ops_total{outcome=\"applied\"} 0"), std::string::npos);
    EXPECT_NE(r.raw.find("vitalis_db_transaction_seconds_count"), std::string::npos);
}

TEST_P(ServerBasics, EveryEndpointNeedsAValidToken)
{
    for (const char* path : {"/api/v1/push", "/api/v1/pull", "/api/v1/auth/logout"})
        expectError(server->post(path, {{"protocol", 1}}), 401, "unauthorized");
    for (const char* path :
         {"/api/v1/reference", "/api/v1/conflicts", "/api/v1/auth/me", "/api/v1/forms/tbirth/1",
          "/api/v1/records/0b7c6f1e-2d4a-4c3b-9a8e-1f2e3d4c5b6a/history"})
        expectError(server->get(path), 401, "unauthorized");
    expectError(server->get("/api/v1/reference", "not-a-token"), 401, "unauthorized");
    expectError(server->get("/nowhere"), 404, "not_found");
    expectError(httpRequest("GET", server->url("/api/v1/push")), 405, "method_not_allowed");
}

TEST_P(ServerBasics, BadInputIsRefusedNamingTheProblemAndNothingIsApplied)
{
    auto s = login("agent1");
    const std::string rec = newRecordId();
    const json good = createOp(1, rec, "O1", birthFields());
    std::map<std::string, std::string> auth{{"Authorization", "Bearer " + s->token()}};
    auto post = [&](const std::string& body) {
        return httpRequest("POST", server->url("/api/v1/push"), body, auth);
    };

    expectError(post("{\"protocol\": 1, \"ops\": [}"), 400, "invalid_json");
    expectError(post(""), 400, "invalid_json");
    expectError(post(std::string(200, '[') + std::string(200, ']')), 400, "invalid_json");
    json wrongType = good;
    wrongType["base_rev"] = "0";
    expectError(s->push(json::array({wrongType})), 400, "invalid_request", "/ops/0/base_rev");
    json unknownAction = good;
    unknownAction["action"] = "teleport";
    expectError(s->push(json::array({good, unknownAction})), 400, "invalid_request",
                "/ops/1/action");
    expectError(
        server->post("/api/v1/push", {{"protocol", 9}, {"ops", json::array({good})}}, s->token()),
        400, "unsupported_protocol_version", "/protocol");
    expectError(server->post("/api/v1/push",
                             {{"protocol", 1}, {"schema_version", 5}, {"ops", json::array({good})}},
                             s->token()),
                400, "unsupported_schema_version", "/schema_version");

    // Oversized batch (limit 1000 ops by default; this server runs with 50).
    json many = json::array();
    for (int i = 1; i <= 51; ++i)
        many.push_back(createOp(i, newRecordId(), "O1", birthFields()));
    expectError(s->push(many), 413, "batch_too_large", "/ops");

    // Oversized body: refused from its Content-Length, before it is read.
    const std::string huge(300 * 1024, ' ');
    expectError(post("{\"protocol\":1,\"ops\":[]}" + huge), 413, "payload_too_large");
    // Gzip that inflates beyond the limit is refused as well.
    const QByteArray bomb = vitalis::server::gzipCompress(QByteArray(600 * 1024, ' '));
    auto gz = auth;
    gz["Content-Encoding"] = "gzip";
    expectError(httpRequest("POST", server->url("/api/v1/push"), bomb.toStdString(), gz), 413,
                "payload_too_large");
    expectError(httpRequest("POST", server->url("/api/v1/push"), "not gzip", gz), 400,
                "invalid_request");

    // The server is still serving and nothing was applied: mutation 1 is still expected.
    EXPECT_EQ(server->get("/healthz").status, 200);
    const auto r = s->push(json::array({good}));
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["results"][0]["status"], "applied");
    EXPECT_EQ(r.body["last_mutation_id"], 1);
    EXPECT_EQ(s->pullAll().size(), 1u);
}

TEST_P(ServerBasics, GzipBothWays)
{
    auto s = login("agent1");
    json ops = json::array();
    for (int i = 1; i <= 20; ++i)
        ops.push_back(createOp(i, newRecordId(), "O1", birthFields()));
    const QByteArray body = QByteArray::fromStdString(json{{"protocol", 1}, {"ops", ops}}.dump());
    auto r = httpRequest("POST", server->url("/api/v1/push"),
                         vitalis::server::gzipCompress(body).toStdString(),
                         {{"Authorization", "Bearer " + s->token()}, {"Content-Encoding", "gzip"}});
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body["last_mutation_id"], 20);

    r = httpRequest("POST", server->url("/api/v1/pull"), json{{"protocol", 1}}.dump(),
                    {{"Authorization", "Bearer " + s->token()}, {"Accept-Encoding", "gzip"}});
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.headers["content-encoding"], "gzip");
    const auto plain = vitalis::server::gzipDecompress(QByteArray::fromStdString(r.raw), 1 << 24);
    ASSERT_TRUE(plain.has_value());
    EXPECT_EQ(json::parse(plain->toStdString())["changes"].size(), 20u);
}

VITALIS_SERVER_BACKENDS(ServerBasics);
