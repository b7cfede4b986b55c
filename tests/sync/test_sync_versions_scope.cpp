// Scenario 10 against the real server: form versions moving under queued ops, a form added by
// configuration with its own texts, and a user moved to another office by the operator's
// command (vitalis-server user move).
#include "sync/client/FormDefinitionCache.h"
#include "tests/support/SeedFile.h"
#include "tests/support/SyncTest.h"

#include <algorithm>
#include <cstdlib>
#include <map>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

class VersionsAndScope : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dir = freshDir(::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir / "server");
        server = std::make_unique<ServerProcess>(dir / "server");
        server->start();
    }
    void TearDown() override
    {
        server.reset();
        if (!HasFailure())
            fs::remove_all(dir);
    }
    std::unique_ptr<TestClient> client(const std::string& name, const std::string& user)
    {
        auto c = std::make_unique<TestClient>(dir / name, server->url());
        c->login(user);
        return c;
    }
    // `vitalis-server seed` of the test's seed with these forms, as an operator runs it.
    int seedForms(const json& forms) const
    {
        json seed = json::parse(std::ifstream(seedFile(Seed::Demo)));
        seed["forms"] = forms;
        std::ofstream(dir / "seed-forms.json") << seed.dump();
        std::string log;
        const int rc = runServerCommand(
            {QStringLiteral("seed"), QString::fromStdString((dir / "seed-forms.json").string()),
             QStringLiteral("--data"), QString::fromStdString((dir / "server" / "data").string())},
            &log);
        std::ofstream(dir / "seed.log") << log;
        return rc;
    }
    fs::path dir;
    std::unique_ptr<ServerProcess> server;
};

// 10a. Ops queued on form v1 while the server moves to v2 still apply; an op on a version the
//      server does not have gets an explicit rejection naming it; nothing is dropped.
TEST_F(VersionsAndScope, FormVersionMovesUnderQueuedOps)
{
    auto a = client("a", "agent.ald");
    const auto existing = a->declare(birthDeclaration(serverClock(), "Old")).id;
    ASSERT_EQ(a->sync().applied, 1);
    // Offline, on v1: an edit, a new declaration, a notification.
    a->edit(existing, {{"weight_at_birth", 2.7}});
    const auto declared = a->declare(birthDeclaration(serverClock(), "Queued")).id;
    const auto notified = a->notify(notificationFields(5)).id;
    // Meanwhile the server gets birth v2.
    server->stop();
    json v2 = json::parse(
        std::ifstream(std::string(VITALIS_SOURCE_DIR) + "/forms/definitions/birth.json"));
    v2["version"] = 2;
    std::ofstream(dir / "birth-v2.json") << v2.dump();
    ASSERT_EQ(seedForms(json::array({{{"file", (dir / "birth-v2.json").string()}}})), 0)
        << "seeding birth v2 failed, see " << (dir / "seed.log");
    server->restart();
    ASSERT_TRUE(a->api().get("/api/v1/forms/birth/2").contains("id"));
    // And an op on a version nobody has (a client ahead of its server).
    const auto ahead =
        a->store().records().find(declared)->id; // keep the queued ones first in line
    Record future =
        LocalRecordService(a->store(), SystemClock())
            .start(a->actor(), {"birth", "birth", 7, birthDeclaration(serverClock(), "Future"),
                                RecordAction::Declare});
    const auto after = a->notify(notificationFields(6)).id;

    const auto r = a->sync();
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.rejected, 1);
    for (const auto& id : {existing, ahead, notified, after}) {
        const auto s = a->serverRecord(id);
        EXPECT_EQ(s["form_version"], 1) << id;
        EXPECT_EQ(s["fields"], a->record(id).fields) << id;
    }
    EXPECT_EQ(a->serverRecord(existing)["fields"]["weight_at_birth"], 2.7);
    const auto entries = a->store().outbox().forRecord(future.id);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].state, OutboxState::Rejected);
    EXPECT_NE(entries[0].lastError.find("unsupported_form_version"), std::string::npos)
        << entries[0].lastError;
    EXPECT_NE(entries[0].lastError.find("7"), std::string::npos) << entries[0].lastError;
    EXPECT_EQ(a->record(future.id).status, RecordStatus::Draft) << "back to the user to fix";
    // A device that has v2 declares on it; the v1 device edits that record: both apply.
    auto b = client("b", "agent.ald");
    const auto onV2 =
        LocalRecordService(b->store(), SystemClock())
            .start(b->actor(), {"birth", "birth", 2, birthDeclaration(serverClock(), "NewForm"),
                                RecordAction::Declare})
            .id;
    ASSERT_EQ(b->sync().applied, 1);
    EXPECT_EQ(a->serverRecord(onV2)["form_version"], 2);
    ASSERT_TRUE(a->sync().ok);
    a->edit(onV2, {{"weight_at_birth", 3.3}});
    const auto ra = a->sync();
    ASSERT_TRUE(ra.ok) << ra.error;
    EXPECT_EQ(ra.applied, 1);
    EXPECT_EQ(a->serverRecord(onV2)["fields"]["weight_at_birth"], 3.3);
}

// A form added by configuration brings its own texts: the seed names a directory of catalogs,
// the server serves them inside the versioned definition, the device caches them with it and
// shows the deployment's words (not message ids) in every language, also offline.
TEST_F(VersionsAndScope, FormAddedByConfigurationCarriesItsTranslations)
{
    auto a = client("a", "agent.ald");
    server->stop();
    json local = json::parse(
        std::ifstream(std::string(VITALIS_SOURCE_DIR) + "/forms/definitions/birth.json"));
    local["id"] = "local_birth";
    local["title"] = "local.title";
    std::ofstream(dir / "local_birth.json") << local.dump();
    fs::create_directories(dir / "local-messages");
    const std::map<std::string, std::string> titles = {{"en", "Birth (island offices)"},
                                                       {"fr", "Naissance (bureaux des îles)"},
                                                       {"ar", "ولادة (مكاتب الجزر)"}};
    for (const auto& [language, title] : titles)
        std::ofstream(dir / "local-messages" / (language + ".json")) << json{
            {"language", language},
            {"direction", language == "ar" ? "rtl" : "ltr"},
            {"messages", {{"local.title", title}}}}.dump();
    ASSERT_EQ(seedForms(json::array({{{"file", (dir / "local_birth.json").string()},
                                      {"messages", (dir / "local-messages").string()}}})),
              0)
        << "seeding the local form failed, see " << (dir / "seed.log");
    server->restart();

    EXPECT_GE(FormDefinitionCache(a->store().settings()).refresh(a->api()), 1);
    server->stop(); // what follows is offline, from the profile alone
    std::vector<std::string> problems;
    const auto registry = FormDefinitionCache(a->store().settings()).load({}, &problems);
    ASSERT_TRUE(registry->find("local_birth", 1)) << (problems.empty() ? "" : problems[0]);
    for (const auto& [language, title] : titles) {
        const auto* catalog = registry->catalogs().find(language);
        ASSERT_NE(catalog, nullptr) << language;
        EXPECT_EQ(catalog->format("local.title"), title) << language;
    }
    EXPECT_EQ(registry->catalogs().find("ar")->direction(), "rtl");
}

// 10b. A user moved to another office: the old office's records leave their device
//      ("removed"), except those with unsent edits, which are kept, reported and answered
//      explicitly by the server; the new office's records arrive.
TEST_F(VersionsAndScope, UserMovedToAnotherOffice)
{
    auto mover = client("mover", "agent.ald");
    auto bre = client("bre", "agent.bre");
    const auto edited = mover->notify(notificationFields(1)).id;
    const auto untouched = mover->notify(notificationFields(2)).id;
    const auto breRecord = bre->notify(notificationFields(3)).id;
    ASSERT_TRUE(mover->sync().ok);
    ASSERT_TRUE(bre->sync().ok);
    ASSERT_TRUE(mover->store().records().exists(untouched));
    ASSERT_FALSE(mover->store().records().exists(breRecord));

    mover->edit(edited, {{"weight_at_birth", 3.05}}); // typed before the move, never sent
    server->stop();
    ASSERT_EQ(runServerCommand({QStringLiteral("user"), QStringLiteral("move"),
                                QStringLiteral("--username"), QStringLiteral("agent.ald"),
                                QStringLiteral("--office"), QStringLiteral("OFF-BRE"),
                                QStringLiteral("--jurisdiction"), QStringLiteral("VD-N-BRE"),
                                QStringLiteral("--data"),
                                QString::fromStdString((dir / "server" / "data").string())}),
              0);
    server->restart();

    std::vector<std::string> reported;
    sync::SyncReport r;
    for (int i = 0; i < 3; ++i) {
        r = mover->sync();
        ASSERT_TRUE(r.ok) << r.error;
        reported.insert(reported.end(), r.removedWithEdits.begin(), r.removedWithEdits.end());
        if (r.resets > 0)
            break;
    }
    EXPECT_EQ(r.resets, 1) << "the server asked for a new download (scope_changed)";
    EXPECT_FALSE(mover->store().records().exists(untouched)) << "left the scope: removed";
    ASSERT_TRUE(mover->store().records().exists(edited)) << "unsent edits are never dropped";
    EXPECT_EQ(mover->record(edited).fields["weight_at_birth"], 3.05);
    EXPECT_NE(std::find(reported.begin(), reported.end(), edited), reported.end())
        << "the kept record is reported";
    ASSERT_TRUE(mover->store().records().exists(breRecord)) << "the new office's records arrive";
    EXPECT_EQ(mover->record(breRecord).fields, bre->serverRecord(breRecord)["fields"]);
    // The edit got an explicit answer, not silence; the old office's record is untouched.
    const auto entries = mover->store().outbox().forRecord(edited);
    ASSERT_FALSE(entries.empty());
    EXPECT_EQ(entries.back().state, OutboxState::Rejected);
    EXPECT_NE(entries.back().lastError.find("jurisdiction"), std::string::npos)
        << entries.back().lastError;
    auto ald = client("ald", "regagent.ald");
    ASSERT_TRUE(ald->sync().ok);
    EXPECT_FALSE(ald->record(edited).fields.contains("weight_at_birth"));
    // Later syncs neither resurrect the old records nor lose the kept one.
    const auto again = mover->sync();
    ASSERT_TRUE(again.ok) << again.error;
    EXPECT_FALSE(mover->store().records().exists(untouched));
    EXPECT_TRUE(mover->store().records().exists(edited));
}

} // namespace
