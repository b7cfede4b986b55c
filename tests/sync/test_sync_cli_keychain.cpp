// The headless client end to end: the vitalis-cli binary with its database key in the REAL OS
// keychain (KeychainKeyProvider; the suite runs inside tests/tools/with-test-services, which
// provides a private unlocked gnome-keyring), against the real server: login, declare, sync,
// the outbox screen (every state, newest first, --state), a conflict resolved from the CLI.
#include "tests/support/CommandRun.h"
#include "tests/support/SyncTest.h"

#include <cstdlib>
#include <regex>
#include <set>
#include <sstream>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);)
        if (!l.empty())
            out.push_back(l);
    return out;
}

// A text line's columns: whatever two or more spaces separate.
std::vector<std::string> columns(const std::string& line)
{
    static const std::regex gap("  +");
    return {std::sregex_token_iterator(line.begin(), line.end(), gap, -1),
            std::sregex_token_iterator()};
}

std::string slurp(const fs::path& p)
{
    std::ifstream in(p);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

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
        std::vector<std::string> all = {"--profile", profile, "--profile-dir",
                                        (dir / "cli-profile").string()};
        all.insert(all.end(), args.begin(), args.end());
        return run(all, input);
    }
    CommandRun run(const std::vector<std::string>& args, const std::string& input = {})
    {
        std::vector<std::string> argv = {VITALIS_CLI_BIN};
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
    // The other person by name and when, as the desktop's conflict screen says it (the name
    // from the server's history of the record: this device never saw that user).
    EXPECT_EQ(r.asJson()[0]["theirName"], "Registration Agent, Aldmoor") << r.out;
    r = cli({"conflicts"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("(by Registration Agent, Aldmoor, "), std::string::npos) << r.out;
    EXPECT_TRUE(std::regex_search(r.out, std::regex(R"(, \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\))")))
        << r.out;
    EXPECT_EQ(r.out.find(other.actor().userId), std::string::npos) << "named by id: " << r.out;

    r = cli({"resolve", good, "--keep", "mine"});
    ASSERT_EQ(r.code, 0) << r.err;
    // Decided: the edit that hit the conflict no longer asks for a decision; the decision is
    // its own op, queued.
    r = cli({"outbox", "--json"});
    ob = r.asJson();
    ASSERT_EQ(ob.size(), 4u) << ob.dump();
    EXPECT_EQ(ob[0]["kind"], "resolve_conflict") << ob.dump();
    EXPECT_EQ(ob[0]["state"], "queued");
    EXPECT_EQ(ob[1]["state"], "resolved") << ob.dump();
    r = cli({"outbox"});
    EXPECT_EQ(r.out.find("decide it"), std::string::npos) << r.out;
    r = cli({"sync", "--once", "--json"});
    ASSERT_EQ(r.code, 0) << r.out << r.err;
    r = cli({"outbox", "--json"});
    EXPECT_EQ(r.asJson()[1]["state"], "resolved") << r.out;
    ASSERT_TRUE(other.sync().ok);
    const auto server = other.serverRecord(good);
    EXPECT_EQ(server["fields"]["weight_at_birth"], 2.5);
    EXPECT_EQ(other.record(good).fields, server["fields"]);
    r = cli({"show", good, "--json"});
    EXPECT_EQ(r.asJson()["fields"], server["fields"]) << r.out;
    EXPECT_EQ(other.store().conflicts().openCount(), 0);

    // Text columns never run together: history (seq, time, user id, action) and list
    // (tracking ID, status, event, updated, record id).
    r = cli({"history", good});
    ASSERT_EQ(r.code, 0) << r.err;
    ASSERT_GE(lines(r.out).size(), 3u) << r.out;
    for (const auto& line : lines(r.out))
        EXPECT_EQ(columns(line).size(), 4u) << line;
    r = cli({"list"});
    ASSERT_EQ(r.code, 0) << r.err;
    ASSERT_FALSE(lines(r.out).empty()) << r.out;
    for (const auto& line : lines(r.out)) {
        const auto c = columns(line);
        ASSERT_EQ(c.size(), 5u) << line;
        EXPECT_EQ(c[2], "birth") << line;
        EXPECT_TRUE(std::regex_match(c[3], std::regex(R"(\d{4}-\d\d-\d\dT[0-9:]{8}Z)"))) << line;
    }
}

// Issue 14, defect 12: two profiles in their own directories given the same --key-dir each
// get a key file of their own (they silently shared default.key), and a profile made before,
// whose key is default.key, still opens.
TEST_F(CliKeychain, ProfilesSharingAKeyDirHaveOneKeyFileEach)
{
    const fs::path keys = dir / "keys";
    auto at = [&](const std::string& name, std::vector<std::string> args) {
        std::vector<std::string> all = {"--profile-dir", (dir / name).string(), "--key-dir",
                                        keys.string()};
        all.insert(all.end(), args.begin(), args.end());
        return run(all);
    };
    {
        // As vitalis-cli made it before: key file named after the profile ("default").
        FileKeyProvider legacy(keys);
        StoreOptions o;
        o.profileId = "default";
        ProfileStore::open(dir / "old", legacy, o);
    }
    ASSERT_TRUE(fs::exists(keys / "default.key"));
    for (const char* name : {"one", "two"}) {
        const auto r = at(name, {"profile", "init", "--user", name, "--role", "field_agent"});
        ASSERT_EQ(r.code, 0) << r.err;
    }
    std::set<std::string> files;
    for (const auto& e : fs::directory_iterator(keys))
        files.insert(e.path().filename().string());
    EXPECT_EQ(files.size(), 3u) << "one key file per profile";
    for (const char* name : {"one", "two", "old"}) {
        const auto r = at(name, {"list"});
        EXPECT_EQ(r.code, 0) << name << ": " << r.err;
    }
    // Each key opens its own database only: the keys differ.
    std::set<std::string> contents;
    for (const auto& f : files)
        contents.insert(slurp(keys / f));
    EXPECT_EQ(contents.size(), 3u);
}

// Issue 14, defects 1, 2 and 10 through the real vitalis-cli: `declare --data` refuses values
// the form hides and a form of another event before saving anything; ages are recomputed.
TEST_F(CliKeychain, DeclareKeepsOnlyWhatTheFormAsksAndComputes)
{
    auto r = cli({"profile", "init", "--server", server->url(), "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = cli({"login", "--username", "agent.ald", "--json"}, "vitalis-demo\n");
    ASSERT_EQ(r.code, 0) << r.err;

    std::ofstream(dir / "birth.json") << birthDeclaration(serverClock()).dump();
    r = cli({"declare", "--form", "death", "--event", "birth", "--data",
             (dir / "birth.json").string()});
    EXPECT_NE(r.code, 0) << r.out;
    EXPECT_NE(r.err.find("death"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("birth"), std::string::npos) << r.err;
    r = cli({"declare", "--form", "death", "--event", "birth", "--draft", "--data",
             (dir / "birth.json").string()});
    EXPECT_NE(r.code, 0) << r.out;

    json hidden = birthDeclaration(serverClock());
    hidden["father_details_available"] = "no";
    hidden["father_unavailable_reason"] = "unknown";
    std::ofstream(dir / "hidden.json") << hidden.dump();
    r = cli({"declare", "--form", "birth", "--data", (dir / "hidden.json").string()});
    EXPECT_EQ(r.code, 2) << r.out << r.err;
    EXPECT_NE(r.err.find("/fields/father_name: hidden"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("father_details_available = no"), std::string::npos) << r.err;

    r = cli({"outbox", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.asJson().size(), 0u) << "a refused declaration queues nothing: " << r.out;
    r = cli({"list", "--json"});
    EXPECT_EQ(r.asJson().size(), 0u) << "and saves nothing: " << r.out;

    // Ages are the engine's: the mother born exactly 30 years before the child, the father
    // given as 31 years old.
    json aged = birthDeclaration(serverClock());
    std::string born = aged["child_birth_date"];
    std::string mother = std::to_string(std::stoi(born.substr(0, 4)) - 30) + born.substr(4);
    if (mother.substr(5) == "02-29")
        mother = mother.substr(0, 5) + "02-28";
    aged["mother_birth_date"] = mother;
    aged["mother_age_at_birth"] = 99;
    aged["father_age_at_birth"] = 99;
    std::ofstream(dir / "aged.json") << aged.dump();
    r = cli({"declare", "--form", "birth", "--data", (dir / "aged.json").string(), "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const std::string id = r.asJson()["id"];
    r = cli({"show", id, "--json"});
    EXPECT_EQ(r.asJson()["fields"]["mother_age_at_birth"], 30) << r.out;
    EXPECT_EQ(r.asJson()["fields"]["father_age_at_birth"], 31) << r.out;
}

} // namespace
