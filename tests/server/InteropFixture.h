// The integration-client test fixture (issue 18): creates clients with the real
// `vitalis-server client` command and buys their tokens at POST /oauth/token; a loopback
// receiver for the server's outgoing calls (WebSub deliveries, DCI on-search callbacks).
#pragma once

#include "tests/support/ChildProcess.h"
#include "tests/support/ServerTest.h"

#include <QByteArray>
#include <QStringList>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <vector>

namespace vitalis::test
{

struct Credentials {
    std::string id, secret;
};

class Interop : public ServerTest
{
protected:
    // `vitalis-server client ARGS...` on the test database; its last output line.
    std::string clientCommand(QStringList args, int expectedCode = 0)
    {
        args.prepend(QStringLiteral("client"));
        args << QStringLiteral("--database") << QString::fromStdString(db->url());
        std::string out;
        EXPECT_EQ(runServerCommand(args, &out), expectedCode) << out;
        while (!out.empty() && out.back() == '\n')
            out.pop_back();
        const auto nl = out.rfind('\n');
        return nl == std::string::npos ? out : out.substr(nl + 1);
    }
    Credentials createClient(const std::string& scopes = "notify",
                             const std::string& jurisdiction = "D1",
                             const std::string& events = "birth,death")
    {
        const json j = json::parse(clientCommand(
            {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("General Hospital"),
             QStringLiteral("--scopes"), QString::fromStdString(scopes),
             QStringLiteral("--jurisdiction"), QString::fromStdString(jurisdiction),
             QStringLiteral("--events"), QString::fromStdString(events)}));
        return {j["client_id"], j["client_secret"]};
    }
    HttpResponse tokenRequest(const std::string& form, const std::string& basic = {})
    {
        std::map<std::string, std::string> headers{
            {"Content-Type", "application/x-www-form-urlencoded"}};
        if (!basic.empty())
            headers["Authorization"] =
                "Basic " + QByteArray::fromStdString(basic).toBase64().toStdString();
        return httpRequest("POST", server->url("/oauth/token"), form, headers);
    }
    std::string token(const Credentials& c)
    {
        const auto r = tokenRequest("grant_type=client_credentials", c.id + ":" + c.secret);
        EXPECT_EQ(r.status, 200) << r.raw;
        return r.body.value("access_token", "");
    }
    HttpResponse notify(const std::string& token, const json& body)
    {
        return httpRequest(
            "POST", server->url("/api/v1/notifications"), body.dump(),
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}});
    }
    static json birth(const std::string& txn, const std::string& first = "Kofi")
    {
        return {{"transaction_id", txn},
                {"event", "birth"},
                {"facility", "D1"},
                {"fields",
                 {{"child_first", first}, {"child_family", "Mensah"}, {"child_sex", "male"}}}};
    }
    // The records agent1 (district D1) gets at a pull from scratch.
    std::map<std::string, json> districtRecords() { return login("agent1")->pullAll(); }
};

// A subscriber on loopback (tests/tools/websub-receiver/receiver.py): what it received, one
// JSON object per request, read back from its log.
class Receiver
{
public:
    Receiver(const std::filesystem::path& dir, const std::string& name, std::string secret,
             std::vector<std::string> options = {})
        : secret_(std::move(secret)), log_(dir / (name + ".jsonl"))
    {
        std::vector<std::string> argv{"/usr/bin/python3",
                                      VITALIS_SOURCE_DIR "/tests/tools/websub-receiver/receiver.py",
                                      "--log",
                                      log_.string(),
                                      "--secret",
                                      secret_};
        argv.insert(argv.end(), options.begin(), options.end());
        const std::string line = process_.start(argv, "listening on", dir / (name + ".err"));
        port_ = std::stoi(line.substr(line.rfind(' ') + 1));
    }
    std::string callback() const
    {
        return "http://127.0.0.1:" + std::to_string(port_) + "/hook?client=1";
    }
    const std::string& secret() const { return secret_; }
    std::vector<json> entries(const std::string& kind) const
    {
        std::vector<json> out;
        std::ifstream in(log_);
        std::string line;
        while (std::getline(in, line))
            if (const json j = json::parse(line); j["kind"] == kind)
                out.push_back(j);
        return out;
    }

private:
    std::string secret_;
    std::filesystem::path log_;
    ChildProcess process_;
    int port_ = 0;
};

// Polls `done` for up to `seconds`; true once it holds.
template <typename F> inline bool eventually(F done, int seconds = 30)
{
    const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < end) {
        if (done())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return done();
}

} // namespace vitalis::test
