// Schema migrations: a database made with the first shipped schema (literal v1 DDL kept
// here, never the live code) and real data is opened by the current code and keeps
// every record; newer-than-supported schemas are refused untouched.
#include "core/store/ConflictMapRepository.h"
#include "core/store/MemoryKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "core/store/Schema.h"
#include "core/store/WireOpRepository.h"
#include "tests/store/StoreTestSupport.h"

#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

// Frozen copy of schema version 1 as shipped. Do not edit: it stands for old devices.
constexpr const char* kV1Ddl = R"sql(
CREATE TABLE records (
    local_id INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, event_type TEXT NOT NULL,
    form_id TEXT NOT NULL, form_version INTEGER NOT NULL, fields TEXT NOT NULL,
    tracking_id TEXT NOT NULL DEFAULT '', registration_number TEXT NOT NULL DEFAULT '',
    office_id TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, status_reason TEXT NOT NULL DEFAULT '',
    server_revision INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL, created_by TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL DEFAULT '', base_fields TEXT);
CREATE INDEX records_workqueue ON records(status, updated_at, local_id);
CREATE TABLE drafts (record_id TEXT PRIMARY KEY, page TEXT NOT NULL, fields TEXT NOT NULL,
    saved_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE outbox (mutation_id INTEGER PRIMARY KEY, record_id TEXT NOT NULL, kind TEXT NOT NULL,
    base_revision INTEGER NOT NULL, changes TEXT NOT NULL, payload TEXT NOT NULL DEFAULT '{}',
    form_version INTEGER NOT NULL, state TEXT NOT NULL, last_error TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL DEFAULT 0);
CREATE INDEX outbox_state ON outbox(state, mutation_id);
CREATE INDEX outbox_record ON outbox(record_id);
CREATE TABLE conflicts (id INTEGER PRIMARY KEY, record_id TEXT NOT NULL, field_id TEXT NOT NULL,
    base_value TEXT NOT NULL, mine_value TEXT NOT NULL, theirs_value TEXT NOT NULL,
    mutation_id INTEGER NOT NULL DEFAULT 0, server_revision INTEGER NOT NULL DEFAULT 0,
    their_user TEXT NOT NULL DEFAULT '', their_at INTEGER NOT NULL DEFAULT 0,
    my_user TEXT NOT NULL DEFAULT '', my_at INTEGER NOT NULL DEFAULT 0,
    detected_at INTEGER NOT NULL, resolved_at INTEGER, resolved_by TEXT, resolution TEXT,
    resolved_value TEXT);
CREATE INDEX conflicts_record ON conflicts(record_id, resolved_at);
CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, user_id TEXT NOT NULL,
    action TEXT NOT NULL, record_id TEXT NOT NULL DEFAULT '', details TEXT NOT NULL DEFAULT '{}',
    prev_hash BLOB NOT NULL, hash BLOB NOT NULL);
CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL,
    hash BLOB NOT NULL);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE local_users (user_id TEXT PRIMARY KEY, display_name TEXT NOT NULL DEFAULT '',
    office_id TEXT NOT NULL DEFAULT '', roles TEXT NOT NULL DEFAULT '[]', pin_hash TEXT,
    failed_attempts INTEGER NOT NULL DEFAULT 0, locked_at INTEGER, updated_at INTEGER NOT NULL)
    WITHOUT ROWID;
CREATE TABLE attachments (id TEXT PRIMARY KEY, record_id TEXT NOT NULL,
    field_id TEXT NOT NULL DEFAULT '', name TEXT NOT NULL, mime_type TEXT NOT NULL,
    size INTEGER NOT NULL, hash TEXT NOT NULL, chunk_count INTEGER NOT NULL,
    created_at INTEGER NOT NULL);
CREATE INDEX attachments_record ON attachments(record_id);
CREATE TABLE attachment_chunks (
    attachment_id TEXT NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL, data BLOB NOT NULL, UNIQUE (attachment_id, idx));
PRAGMA user_version = 1;
)sql";

struct V1Row {
    std::string id, first, family, status, tracking, registration;
    std::int64_t revision, updated;
};

const std::vector<V1Row> kRows = {
    {"11111111-aaaa", "Kwame", "Boateng", "declared", "BKX4T7Q", "", 0, 1700000000000},
    {"22222222-bbbb", "Adjoa", "Owusu", "registered", "BQ9MZ2K", "2023-ACC-000017", 7,
     1700000100000},
    {"33333333-cccc", "Yaw", "Asante", "requires_updates", "BW3HP8D", "", 3, 1700000200000},
    {"44444444-dddd", "Ésther", "N'Diaye", "draft", "", "", 0, 1700000300000},
};

// Builds a v1 profile the way version 1 of the app did: same cipher settings, literal DDL.
void buildV1Profile(const fs::path& dir, MemoryKeyProvider& keys)
{
    fs::create_directories(dir);
    SecretKey key = SecretKey::generate();
    keys.setKey("old", key);
    Database db = openCipherDatabase(dir / "vitalis.db", key, CipherParams{}, true);
    db.exec("PRAGMA journal_mode = WAL");
    db.exec(kV1Ddl);
    for (const auto& r : kRows) {
        const nlohmann::json fields = {{"child.firstName", r.first},
                                       {"child.familyName", r.family},
                                       {"child.dateOfBirth", "2023-06-0" + r.id.substr(0, 1)},
                                       {"child.weightKg", 3.2},
                                       {"child.twins", false}};
        db.prepare("INSERT INTO records(id, event_type, form_id, form_version, fields, "
                   "tracking_id, registration_number, office_id, status, status_reason, "
                   "server_revision, created_at, updated_at, created_by, updated_by, base_fields) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
            .bind(1, r.id)
            .bind(2, "birth")
            .bind(3, "birth-v1")
            .bind(4, 1)
            .bind(5, fields.dump())
            .bind(6, r.tracking)
            .bind(7, r.registration)
            .bind(8, "office-accra")
            .bind(9, r.status)
            .bind(10, r.status == "requires_updates" ? "photo missing" : "")
            .bind(11, r.revision)
            .bind(12, r.updated - 5000)
            .bind(13, r.updated)
            .bind(14, "clerk-1")
            .bind(15, "clerk-2")
            .bind(16, r.revision ? std::optional<std::string>(fields.dump()) : std::nullopt)
            .run();
    }
    db.exec(
        "INSERT INTO counters VALUES ('outbox.mutation_id', 1);"
        "INSERT INTO outbox(mutation_id, record_id, kind, base_revision, changes, "
        "form_version, state, created_at, updated_at) VALUES (1, '11111111-aaaa', "
        "'declare', 0, '{}', 1, 'queued', 1, 1);"
        "INSERT INTO drafts VALUES ('44444444-dddd', 'child', '{\"child.firstName\":\"Est\"}', 9);"
        "INSERT INTO settings VALUES ('sync.cursor', '12345');");
}

// Frozen copy of the sync tables as the sync engine created them itself before schema
// version 4 (IF NOT EXISTS at every start, outside the migrations). Do not edit.
constexpr const char* kPreV4SyncDdl = R"sql(
CREATE TABLE IF NOT EXISTS sync_wire (wire_id INTEGER PRIMARY KEY, record_id TEXT NOT NULL,
    op TEXT NOT NULL, acked INTEGER NOT NULL DEFAULT 0, outcome TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS sync_wire_record ON sync_wire(record_id);
CREATE INDEX IF NOT EXISTS sync_wire_pending ON sync_wire(acked, wire_id);
CREATE TABLE IF NOT EXISTS sync_op_map (local_id INTEGER PRIMARY KEY, wire_id INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS sync_op_map_wire ON sync_op_map(wire_id);
CREATE TABLE IF NOT EXISTS sync_conflict_map (local_conflict_id INTEGER PRIMARY KEY,
    server_conflict_id TEXT NOT NULL, record_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sync_reset_seen (record_id TEXT PRIMARY KEY) WITHOUT ROWID;
)sql";

constexpr const char* kUnansweredOp =
    R"({"action":"edit","base_rev":7,"changes":{"child.weightKg":{"base":3.2,"value":3.4}},)"
    R"("mutation_id":2,"record_id":"22222222-bbbb"})";

// A version 3 profile in the middle of a sync: ops queued, sending, answered, waiting for a
// retry and rejected; one wire op answered, one in flight; a conflict with its server id.
void buildV3ProfileMidSync(const fs::path& dir, MemoryKeyProvider& keys)
{
    buildV1Profile(dir, keys);
    SecretKey key = keys.loadKey("old");
    Database db = openCipherDatabase(dir / "vitalis.db", key, CipherParams{}, false);
    const StoreOptions options;
    for (const Migration& m : schemaMigrations()) {
        if (m.version < 2 || m.version > 3)
            continue;
        Transaction tx(db);
        m.apply(db, MigrationContext{options.search});
        db.exec("PRAGMA user_version = " + std::to_string(m.version));
        tx.commit();
    }
    db.exec(kPreV4SyncDdl);
    db.exec(
        "INSERT OR REPLACE INTO counters VALUES ('outbox.mutation_id', 5);"
        "INSERT INTO counters VALUES ('outbox.sealed_through', 3);"
        "INSERT INTO outbox(mutation_id, record_id, kind, base_revision, changes, form_version, "
        "state, last_error, attempts, created_at, updated_at, next_attempt_at) VALUES "
        "(2, '22222222-bbbb', 'edit', 7, '{\"child.weightKg\":{\"base\":3.2,\"value\":3.4}}', "
        "1, 'sending', '', 2, 20, 21, 0),"
        "(3, '33333333-cccc', 'declare', 3, '{}', 1, 'applied', '', 1, 30, 31, 0),"
        "(4, '33333333-cccc', 'edit', 3, '{\"child.twins\":{\"base\":false,\"value\":true}}', "
        "1, 'waiting_retry', 'HTTP 503', 3, 40, 41, 1700000999000),"
        "(5, '44444444-dddd', 'declare', 0, '{}', 1, 'rejected', 'rejected by the server: x', "
        "1, 50, 51, 0);"
        "INSERT INTO sync_wire VALUES (1, '33333333-cccc', '', 1, 'applied', '{\"rev\":4}');");
    db.prepare("INSERT INTO sync_wire (wire_id, record_id, op) VALUES (2, '22222222-bbbb', ?)")
        .bind(1, std::string(kUnansweredOp))
        .run();
    db.exec("INSERT INTO sync_op_map VALUES (3, 1), (2, 2);"
            "INSERT INTO sync_conflict_map VALUES (7, 'srv-c1', '22222222-bbbb');"
            "INSERT INTO settings VALUES ('sync.last_wire_id', '2');");
}

} // namespace

TEST(StoreMigration, V1DatabaseWithDataKeepsEveryRecordAfterUpgrade)
{
    TempDir tmp;
    MemoryKeyProvider keys;
    const fs::path dir = tmp / "old";
    buildV1Profile(dir, keys);

    auto store = ProfileStore::open(dir, keys);
    EXPECT_EQ(store->schemaVersion(), latestSchemaVersion());
    EXPECT_GE(latestSchemaVersion(), 2);
    EXPECT_EQ(store->records().count(), static_cast<std::int64_t>(kRows.size()));
    for (const auto& row : kRows) {
        SCOPED_TRACE(row.id);
        const Record r = store->records().get(row.id);
        EXPECT_EQ(r.fields["child.firstName"], row.first);
        EXPECT_EQ(r.fields["child.familyName"], row.family);
        EXPECT_EQ(r.fields["child.weightKg"], 3.2);
        EXPECT_EQ(r.fields["child.twins"], false);
        EXPECT_EQ(toString(r.status), row.status);
        EXPECT_EQ(r.trackingId, row.tracking);
        EXPECT_EQ(r.registrationNumber, row.registration);
        EXPECT_EQ(r.serverRevision, row.revision);
        EXPECT_EQ(r.updatedAt, row.updated);
        EXPECT_EQ(r.createdAt, row.updated - 5000);
        EXPECT_EQ(r.createdBy, "clerk-1");
        EXPECT_EQ(r.updatedBy, "clerk-2");
        EXPECT_EQ(r.formId, "birth-v1");
        EXPECT_EQ(r.officeId, "office-accra");
        EXPECT_EQ(store->records().mergeBase(row.id).has_value(), row.revision != 0);
    }
    EXPECT_EQ(store->records().get("33333333-cccc").statusReason, "photo missing");
    EXPECT_EQ(store->outbox().lastMutationId(), 1);
    EXPECT_EQ(store->outbox().find(1)->kind.name(), "declare");
    EXPECT_EQ(store->drafts().load("44444444-dddd")->page, "child");
    EXPECT_EQ(store->settings().get("sync.cursor"), "12345");

    // The v2 step back-filled the search index from the v1 rows.
    SearchQuery q;
    q.name = "adj";
    auto found = store->records().search(q);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].id, "22222222-bbbb");
    q.name = "esther"; // diacritics folded by the tokenizer
    ASSERT_EQ(store->records().search(q).size(), 1u);
    SearchQuery byTracking;
    byTracking.trackingId = "bw3hp8d";
    ASSERT_EQ(store->records().search(byTracking).size(), 1u);

    // New writes work on the migrated schema and continue the mutation sequence.
    auto res = store->writer().commit(change(sampleRecord("55555555-eeee", "Ama", "Darko")));
    EXPECT_EQ(res.mutationId, 2);
    EXPECT_EQ(store->integrityCheck(), "ok");
}

TEST(StoreMigration, SchemaNewerThanTheProgramIsRefusedUntouched)
{
    TempDir tmp;
    MemoryKeyProvider keys;
    const fs::path dir = tmp / "future";
    {
        auto store = ProfileStore::open(dir, keys);
        store->db().exec("PRAGMA user_version = 99");
    }
    const auto before = hashTree(dir);
    try {
        ProfileStore::open(dir, keys);
        FAIL() << "opened a schema from the future";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.code(), StoreErrc::SchemaTooNew);
        EXPECT_NE(std::string(e.what()).find("99"), std::string::npos) << e.what();
    }
    EXPECT_EQ(hashTree(dir), before);
}

TEST(StoreMigration, StepsAreNumberedOneByOne)
{
    int expected = 1;
    for (const Migration& m : schemaMigrations())
        EXPECT_EQ(m.version, expected++) << m.description;
}

TEST(StoreMigration, FailedStepRollsBackAndKeepsTheOldVersion)
{
    TempDir tmp;
    MemoryKeyProvider keys;
    const fs::path dir = tmp / "old";
    buildV1Profile(dir, keys);
    {
        // Sabotage: a table in the way of step 2 makes it fail half-way.
        SecretKey key = keys.loadKey("old");
        Database db = openCipherDatabase(dir / "vitalis.db", key, CipherParams{}, false);
        db.exec("CREATE TABLE record_search(x)");
    }
    EXPECT_THROW(ProfileStore::open(dir, keys), StoreError);
    SecretKey key = keys.loadKey("old");
    Database db = openCipherDatabase(dir / "vitalis.db", key, CipherParams{}, false);
    EXPECT_EQ(schemaVersion(db), 1);
    EXPECT_THROW(db.prepare("SELECT search_names FROM records"), StoreError); // ALTERs undone
    EXPECT_EQ(db.queryOne("SELECT count(*) FROM records"), std::to_string(kRows.size()));
}

TEST(StoreMigration, V3ProfileMidSyncKeepsEveryOpAndItsState)
{
    TempDir tmp;
    MemoryKeyProvider keys;
    const fs::path dir = tmp / "old"; // the profile name the key is stored under
    buildV3ProfileMidSync(dir, keys);

    auto store = ProfileStore::open(dir, keys);
    ASSERT_EQ(store->schemaVersion(), latestSchemaVersion());
    auto& outbox = store->outbox();
    struct Want {
        std::int64_t id;
        std::string kind;
        OutboxState state;
        int attempts;
        std::string error;
        std::int64_t nextAttempt;
    };
    for (const Want& w : std::vector<Want>{
             {1, "declare", OutboxState::Queued, 0, "", 0},
             {2, "edit", OutboxState::Sending, 2, "", 0},
             {3, "declare", OutboxState::Applied, 1, "", 0},
             {4, "edit", OutboxState::WaitingRetry, 3, "HTTP 503", 1700000999000},
             {5, "declare", OutboxState::Rejected, 1, "rejected by the server: x", 0}}) {
        SCOPED_TRACE(w.id);
        const auto e = outbox.find(w.id);
        ASSERT_TRUE(e);
        EXPECT_EQ(e->kind.name(), w.kind);
        EXPECT_EQ(e->state, w.state);
        EXPECT_EQ(e->attempts, w.attempts);
        EXPECT_EQ(e->lastError, w.error);
        EXPECT_EQ(e->nextAttemptAt, w.nextAttempt);
    }
    EXPECT_EQ(outbox.find(2)->changes["child.weightKg"]["value"], 3.4);
    EXPECT_EQ(outbox.find(4)->createdAt, 40);
    EXPECT_EQ(outbox.lastMutationId(), 5);
    EXPECT_EQ(outbox.sealedThrough(), 3);

    // The wire ops: the one in flight is re-sent byte for byte; the answered one stays answered.
    WireOpRepository wire(store->db());
    EXPECT_EQ(wire.unanswered(0, 10), std::vector<std::int64_t>{2});
    EXPECT_EQ(wire.opText(2), kUnansweredOp);
    EXPECT_EQ(wire.outboxIdsOf(1), std::vector<std::int64_t>{3});
    EXPECT_EQ(wire.lastAnswered(), 1);
    EXPECT_TRUE(wire.reachedServer("33333333-cccc"));
    EXPECT_FALSE(wire.reachedServer("44444444-dddd"));
    std::vector<std::int64_t> unbuilt;
    for (const auto& e : outbox.unsentWithoutWireOp(1000))
        unbuilt.push_back(e.mutationId);
    EXPECT_EQ(unbuilt, (std::vector<std::int64_t>{1, 4}));
    ConflictMapRepository conflicts(store->db());
    EXPECT_EQ(conflicts.serverIdOf(7), "srv-c1");
    EXPECT_TRUE(conflicts.knows("srv-c1"));

    // The split tables stay one entry: a state change leaves the content, a removal both.
    outbox.markResult(2, OutboxState::Applied, "", 99);
    EXPECT_EQ(outbox.find(2)->changes["child.weightKg"]["value"], 3.4);
    EXPECT_EQ(outbox.find(2)->updatedAt, 99);
    EXPECT_EQ(outbox.removeForRecord("33333333-cccc"), 2);
    EXPECT_EQ(outbox.countByState()[OutboxState::WaitingRetry], 0);
    EXPECT_EQ(store->db().queryOne("SELECT count(*) FROM outbox_status"), "3");
    auto res = store->writer().commit(change(sampleRecord("55555555-eeee", "Ama", "Darko")));
    EXPECT_EQ(res.mutationId, 6);
    EXPECT_EQ(outbox.find(6)->state, OutboxState::Queued);
    EXPECT_EQ(store->integrityCheck(), "ok");
}

TEST(StoreMigration, NewProfileHasTheSyncTables)
{
    TempDir tmp;
    MemoryKeyProvider keys;
    auto store = ProfileStore::open(tmp / "new", keys);
    WireOpRepository wire(store->db());
    const std::int64_t carried[] = {1};
    Transaction tx(store->db());
    wire.add(1, "11111111-aaaa", "{}", carried);
    tx.commit();
    EXPECT_EQ(wire.unansweredCount(), 1);
    EXPECT_EQ(wire.highestCarried(), 1);
    wire.answer(1, OutboxState::Applied);
    EXPECT_EQ(wire.unansweredCount(), 0);
    EXPECT_EQ(wire.lastAnswered(), 1);
    EXPECT_EQ(wire.dropAbove(0), std::vector<std::int64_t>{1});
    EXPECT_EQ(ConflictMapRepository(store->db()).serverIdOf(1), "");
}
