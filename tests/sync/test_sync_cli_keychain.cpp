// The headless client end to end: the vitalis-cli binary with its database key in the REAL OS
// keychain (KeychainKeyProvider; the suite runs inside tests/tools/with-test-services, which
// provides a private unlocked gnome-keyring), against the real server: login, declare, sync,
// the outbox screen (every state, newest first, --state), a conflict resolved from the CLI.
#include "tests/support/CommandRun.h"
#include "tests/support/SyncTest.h"

#include <cstdlib>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

class CliKeychain : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dir = freshDir(::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir / "server");
        server = std::make_unique<ServerProcess>(dir / "server");
        server->start();
        // Keychain entries are per profile name: unique per run, so runs never share keys.
        profile = "synctest-" + dir.filename().string();
    }
    void TearDown() override
    {
        server.reset();
        if (!HasFailure())
            fs::remove_all(dir);
    }
    CommandRun cli(const std::vector<std::string>& args, const std::string& input = {})
    {
        std::vector<std::string> argv = {VITALIS_CLI_BIN, "--profile", profile, "--profile-dir",
                                         (dir / "cli-profile").string()};
        argv.insert(argv.end(), args.begin(), args.end());
        return runCommand(argv, input);
    }
    fs::path dir;
    std::string profile;
    std::unique_ptr<ServerProcess> server;
};

TEST_F(CliKeychain, CliOverTheOsKeychainSyncsAndShowsEveryOutboxState)
{
    auto r = cli({"profile", "init", "--server", server->url(), "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto init = r.asJson();
    EXPECT_NE(init.value("key", "").find("keychain"), std::string::npos)
        << "the key must live in the OS keychain: " << init.dump();
    r = cli({"login", "--username", "agent.ald", "--json"}, "vitalis-demo\n");
    ASSERT_EQ(r.code, 0) << r.err;
    // No key beside the database, and the database is not plaintext SQLite.
    for (const auto& e : fs::recursive_directory_iterator(dir / "cli-profile")) {
        EXPECT_EQ(e.path().filename().string().find("key"), std::string::npos) << e.path();
        if (e.is_regular_file() && e.file_size() >= 16) {
            const auto head = readFile(e.path()).substr(0, 15);
            EXPECT_NE(head, "SQLite format 3") << e.path() << " is plaintext";
        }
    }

    std::ofstream(dir / "good.json") << notificationFields(1).dump();
    std::ofstream(dir / "incomplete.json") << notificationFields(2).dump();
    r = cli({"declare", "--form", "birth", "--notify", "--data", (dir / "good.json").string(),
             "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const std::string good = r.asJson()["id"];
    // An incomplete declaration is refused on the device, each missing field named.
    r = cli({"declare", "--form", "birth", "--data", (dir / "incomplete.json").string(), "--json"});
    EXPECT_EQ(r.code, 2) << r.out << r.err;
    EXPECT_EQ(r.asJson()["error"], "invalid_values") << r.out;
    bool namesMother = false;
    const json refusal = r.asJson();
    for (const auto& f : refusal["fields"])
        namesMother |= f["path"] == "/fields/mother_name" && f["code"] == "required";
    EXPECT_TRUE(namesMother) << r.out;
    r = cli({"declare", "--form", "birth", "--data", (dir / "incomplete.json").string()});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("/fields/mother_name: required"), std::string::npos) << r.err;
    // What only the server can check (its reference data: facility ids) is still its to reject.
    json unknownFacility = birthDeclaration(serverClock(), "Bwalya");
    unknownFacility["birth_facility"] = "HF-NOWHERE";
    std::ofstream(dir / "bad.json") << unknownFacility.dump();
    r = cli({"declare", "--form", "birth", "--data", (dir / "bad.json").string(), "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const std::string bad = r.asJson()["id"];

    r = cli({"outbox", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    auto ob = r.asJson();
    ASSERT_EQ(ob.size(), 2u) << ob.dump();
    EXPECT_EQ(ob[0]["record"], bad) << "newest first";
    EXPECT_EQ(ob[0]["state"], "queued");

    r = cli({"sync", "--once", "--json"});
    ASSERT_EQ(r.code, 0) << r.out << r.err;
    EXPECT_EQ(r.asJson()["applied"], 1);
    EXPECT_EQ(r.asJson()["rejected"], 1);

    // A second device changes the same field; ours conflicts.
    TestClient other(dir / "other", server->url());
    other.login("regagent.ald");
    ASSERT_TRUE(other.sync().ok);
    other.edit(good, {{"weight_at_birth", 3.5}});
    r = cli({"edit", good, "--set", "weight_at_birth=2.5"});
    ASSERT_EQ(r.code, 0) << r.err;
    ASSERT_TRUE(other.sync().ok);
    r = cli({"sync", "--once", "--json"});
    ASSERT_EQ(r.code, 0) << r.out << r.err;
    EXPECT_EQ(r.asJson()["conflicts"], 1);

    // Every op is listed with its state, newest first, with attempts and the last error.
    r = cli({"outbox", "--json"});
    ob = r.asJson();
    ASSERT_EQ(ob.size(), 3u) << ob.dump();
    EXPECT_EQ(ob[0]["state"], "conflict");
    EXPECT_EQ(ob[1]["state"], "rejected");
    EXPECT_EQ(ob[2]["state"], "applied");
    EXPECT_GT(ob[0]["mutationId"].get<std::int64_t>(), ob[1]["mutationId"].get<std::int64_t>());
    EXPECT_NE(ob[1]["lastError"].get<std::string>().find("birth_facility"), std::string::npos)
        << ob[1].dump();
    EXPECT_FALSE(ob[1]["hint"].get<std::string>().empty());
    for (const auto& e : ob)
        EXPECT_GE(e["attempts"].get<int>(), 1) << e.dump();
    r = cli({"outbox", "--state", "rejected", "--json"});
    ASSERT_EQ(r.asJson().size(), 1u);
    EXPECT_EQ(r.asJson()[0]["record"], bad);
    r = cli({"outbox", "--state", "sideways"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("sideways"), std::string::npos) << r.err;
    r = cli({"outbox"});
    EXPECT_NE(r.out.find("1 applied"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("-> decide it"), std::string::npos) << r.out;

    // Resolve from the CLI (keep mine); all three converge.
    r = cli({"conflicts", "--json"});
    ASSERT_EQ(r.asJson().size(), 1u) << r.out;
    EXPECT_EQ(r.asJson()[0]["mine"], 2.5);
    EXPECT_EQ(r.asJson()[0]["theirs"], 3.5);
    r = cli({"resolve", good, "--keep", "mine"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = cli({"sync", "--once", "--json"});
    ASSERT_EQ(r.code, 0) << r.out << r.err;
    ASSERT_TRUE(other.sync().ok);
    const auto server = other.serverRecord(good);
    EXPECT_EQ(server["fields"]["weight_at_birth"], 2.5);
    EXPECT_EQ(other.record(good).fields, server["fields"]);
    r = cli({"show", good, "--json"});
    EXPECT_EQ(r.asJson()["fields"], server["fields"]) << r.out;
    EXPECT_EQ(other.store().conflicts().openCount(), 0);
}

} // namespace
