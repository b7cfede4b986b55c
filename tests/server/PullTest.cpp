// Pull against the real server: snapshot then change-log paging, each page bounded, scope by
// jurisdiction and role, "removed" when a record leaves the caller's scope, "reset required"
// when the cursor cannot be served, and explicit version answers.
#include "sync/protocol/PullMessages.h"
#include "tests/support/ServerTest.h"

using namespace vitalis::test;

class Pull : public ServerTest
{
};

TEST_P(Pull, SnapshotThenLogInBoundedPages)
{
    auto agent = login("agent1");
    std::set<std::string> ids;
    for (int i = 0; i < 25; ++i)
        ids.insert(declare(*agent, "O1"));
    auto reader = login("regagent1");

    std::string cursor;
    std::map<std::string, int> seen;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const auto r = reader->pull(cursor, 10);
        ASSERT_EQ(r.status, 200) << r.raw;
        EXPECT_LE(r.body["changes"].size(), 10u);
        // The server renders pages itself; they must pass the client's strict decoder.
        const auto decoded = vitalis::protocol::decodePullResponse(r.body);
        EXPECT_EQ(decoded.changes.size(), r.body["changes"].size());
        // One encoder: the page's bytes are what the protocol codec writes for what it read.
        EXPECT_EQ(vitalis::protocol::encodePullResponseText(decoded), r.raw);
        for (const auto& c : r.body["changes"])
            ++seen[c["record"]["id"]];
        cursor = r.body["cursor"];
        more = r.body["has_more"];
        ASSERT_LT(pages, 10);
    }
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(seen.size(), 25u);
    for (const auto& [id, n] : seen)
        EXPECT_EQ(n, 1) << "each record once in the snapshot";

    // Nothing new: an empty page, same position.
    auto r = reader->pull(cursor, 10);
    EXPECT_TRUE(r.body["changes"].empty());
    EXPECT_EQ(r.body["has_more"], false);

    // Edits after the snapshot come from the change log, in pages of distinct records.
    std::vector<std::string> edited(ids.begin(), ids.end());
    edited.resize(7);
    for (const auto& id : edited)
        agent->push(json::array(
            {changeOp(agent->nextMutationId(), id, "edit", 1, changes({{"notes", "edited"}}))}));
    std::map<std::string, json> latest;
    pages = 0;
    for (bool more = true; more; ++pages) {
        r = reader->pull(cursor, 3);
        ASSERT_EQ(r.status, 200) << r.raw;
        EXPECT_EQ(vitalis::protocol::encodePullResponseText(
                      vitalis::protocol::decodePullResponse(r.body)),
                  r.raw);
        EXPECT_LE(r.body["changes"].size(), 3u);
        for (const auto& c : r.body["changes"])
            latest[c["record"]["id"]] = c["record"];
        cursor = r.body["cursor"];
        more = r.body["has_more"];
    }
    EXPECT_EQ(pages, 3);
    ASSERT_EQ(latest.size(), 7u);
    for (const auto& [id, rec] : latest) {
        EXPECT_EQ(rec["rev"], 2);
        EXPECT_EQ(rec["fields"]["notes"], "edited");
        EXPECT_EQ(rec["field_revs"]["notes"], 2);
    }
    EXPECT_EQ(r.body["last_mutation_id"], 0) << "the reader's device pushed nothing";
    EXPECT_EQ(agent->pull().body["last_mutation_id"], 32) << "watermark of the caller's own device";
}

TEST_P(Pull, OnlyTheCallersJurisdiction)
{
    auto a1 = login("agent1");
    auto a2 = login("agent2");
    const std::string mine = declare(*a1, "O1");
    const std::string theirs = declare(*a2, "O2");
    const auto seen1 = a1->pullAll();
    EXPECT_TRUE(seen1.count(mine));
    EXPECT_FALSE(seen1.count(theirs));
    const auto seenProvince = login("provreg")->pullAll();
    EXPECT_TRUE(seenProvince.count(mine) && seenProvince.count(theirs));
    EXPECT_TRUE(login("agent3")->pullAll().empty());
}

TEST_P(Pull, RecordLeavingTheScopeArrivesAsRemovedAndComesBack)
{
    auto agent = login("agent1");
    auto regagent = login("regagent1");
    const std::string id = declare(*agent, "O1");
    const std::string other = declare(*agent, "O1");
    std::string cursor;
    auto seen = agent->pullAll(&cursor);
    ASSERT_TRUE(seen.count(id));

    json archive = changeOp(regagent->nextMutationId(), id, "archive", 1, json::object());
    archive["reason"] = "duplicate of another declaration";
    ASSERT_EQ(regagent->push(json::array({archive})).body["results"][0]["status"], "applied");
    auto r = agent->pull(cursor);
    ASSERT_EQ(r.status, 200);
    ASSERT_EQ(r.body["changes"].size(), 1u) << r.raw;
    EXPECT_EQ(r.body["changes"][0]["type"], "removed");
    EXPECT_EQ(r.body["changes"][0]["record_id"], id);
    cursor = r.body["cursor"];
    // The registration agent (who may reinstate) still sees it, as archived.
    EXPECT_EQ(regagent->pullAll().at(id)["status"], "archived");

    ASSERT_EQ(regagent
                  ->push(json::array(
                      {changeOp(regagent->nextMutationId(), id, "reinstate", 2, json::object())}))
                  .body["results"][0]["status"],
              "applied");
    r = agent->pull(cursor);
    ASSERT_EQ(r.body["changes"].size(), 1u) << r.raw;
    EXPECT_EQ(r.body["changes"][0]["type"], "upsert");
    EXPECT_EQ(r.body["changes"][0]["record"]["status"], "declared");
    EXPECT_FALSE(seen.at(other).is_null());
}

TEST_P(Pull, ResetRequiredWhenTheCursorCannotBeServed)
{
    auto agent = login("agent1");
    auto r = agent->pull("definitely-not-a-cursor");
    EXPECT_EQ(r.status, 410) << r.raw;
    EXPECT_EQ(r.body["error"]["code"], "reset_required");
    EXPECT_EQ(r.body["error"]["reason"], "unknown_cursor");

    // A cursor issued for another scope (another user's cursor) is not served either.
    auto registrar = login("provreg");
    std::string provCursor;
    registrar->pullAll(&provCursor);
    r = agent->pull(provCursor);
    EXPECT_EQ(r.status, 410);
    EXPECT_EQ(r.body["error"]["reason"], "scope_changed");

    // Restored from a backup: the device's cursor is ahead of the database.
    declare(*agent, "O1");
    server->stop();
    db->backup();
    server->start();
    agent->loginOrFail();
    declare(*agent, "O1");
    declare(*agent, "O1");
    std::string cursor;
    agent->pullAll(&cursor);
    server->stop();
    db->restore();
    server->start();
    agent->loginOrFail();
    r = agent->pull(cursor);
    EXPECT_EQ(r.status, 410) << r.raw;
    EXPECT_EQ(r.body["error"]["reason"], "cursor_ahead_of_server");
    // Even once the restored log grows past the cursor's position, the cursor is refused: the
    // change it points at is not the one it was issued for.
    Session fresh(*server, "agent1");
    fresh.loginOrFail();
    for (int i = 0; i < 3; ++i)
        declare(fresh, "O1");
    r = agent->pull(cursor);
    EXPECT_EQ(r.status, 410) << r.raw;
    // A full download (no cursor) works and sees everything the database has.
    EXPECT_EQ(agent->pullAll().size(), 4u);
}

TEST_P(Pull, CompactedLogAsksForAResetAndAFullDownloadStillWorks)
{
    auto agent = login("agent1");
    declare(*agent, "O1");
    std::string cursor;
    agent->pullAll(&cursor);
    declare(*agent, "O1");
    declare(*agent, "O1");
    std::string out;
    ASSERT_EQ(runServerCommand({QStringLiteral("compact-log"), QStringLiteral("--keep-days"),
                                QStringLiteral("0"), QStringLiteral("--database"),
                                QString::fromStdString(db->url())},
                               &out),
              0)
        << out;
    EXPECT_NE(out.find("removed 2 change-log rows"), std::string::npos) << out;
    auto r = agent->pull(cursor);
    EXPECT_EQ(r.status, 410) << r.raw;
    EXPECT_EQ(r.body["error"]["reason"], "log_compacted");
    std::string fresh;
    EXPECT_EQ(agent->pullAll(&fresh).size(), 3u);
    declare(*agent, "O1");
    EXPECT_EQ(agent->pullAll(&fresh).size(), 1u) << "the new cursor follows the log again";
}

TEST_P(Pull, UnsupportedVersionsAndLimitsAreExplicit)
{
    auto agent = login("agent1");
    auto r = agent->post("/api/v1/pull", {{"protocol", 2}});
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.body["error"]["code"], "unsupported_protocol_version");
    r = agent->post("/api/v1/pull", {{"protocol", 1}, {"schema_version", 0}});
    EXPECT_EQ(r.body["error"]["code"], "unsupported_schema_version");
    r = agent->post("/api/v1/pull", {{"protocol", 1}, {"limit", 100000}});
    EXPECT_EQ(r.status, 413);
    EXPECT_EQ(r.body["error"]["path"], "/limit");
    r = agent->post("/api/v1/pull", {{"protocol", 1}, {"cursor", 5}});
    EXPECT_EQ(r.body["error"]["path"], "/cursor");
}

TEST_P(Pull, ReferenceDataAndFormsByVersion)
{
    auto agent = login("agent1");
    auto r = agent->get("/api/v1/reference");
    ASSERT_EQ(r.status, 200) << r.raw;
    const std::int64_t version = r.body["version"];
    EXPECT_EQ(r.body["locations"].size(), 6u);
    EXPECT_EQ(r.body["offices"].size(), 3u);
    for (const auto& u : r.body["users"])
        EXPECT_EQ(u["office_id"], "O1") << "only the users of the caller's office";
    EXPECT_EQ(r.body["forms"].size(), 2u);
    EXPECT_TRUE(r.body["roles"].contains("roles"));
    r = agent->get("/api/v1/reference?since=" + std::to_string(version));
    EXPECT_EQ(r.body["unchanged"], true);
    EXPECT_EQ(agent->pull().body["reference_version"], version);

    // A new user is reference data: the version moves.
    std::string out;
    ASSERT_EQ(runServerCommand({QStringLiteral("user"), QStringLiteral("add"),
                                QStringLiteral("--username"), QStringLiteral("agent1b"),
                                QStringLiteral("--role"), QStringLiteral("field_agent"),
                                QStringLiteral("--office"), QStringLiteral("O1"),
                                QStringLiteral("--database"), QString::fromStdString(db->url())},
                               &out, "agent1b-password\n"),
              0)
        << out;
    r = agent->get("/api/v1/reference?since=" + std::to_string(version));
    EXPECT_GT(r.body["version"].get<std::int64_t>(), version);
    EXPECT_FALSE(r.body.contains("unchanged"));

    r = agent->get("/api/v1/forms/tbirth/1");
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.body["id"], "tbirth");
    EXPECT_EQ(agent->get("/api/v1/forms/tbirth/2").status, 404);
}

VITALIS_SERVER_BACKENDS(Pull);
