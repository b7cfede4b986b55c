#include "core/store/Schema.h"

#include "core/store/Database.h"
#include "core/store/RecordSearch.h"

#include <string>

namespace vitalis
{
namespace
{

// Version 1: the first shipped schema. Never edit a shipped step; add a new one.
constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE records (
    local_id INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    event_type TEXT NOT NULL,
    form_id TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    fields TEXT NOT NULL,
    tracking_id TEXT NOT NULL DEFAULT '',
    registration_number TEXT NOT NULL DEFAULT '',
    office_id TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    status_reason TEXT NOT NULL DEFAULT '',
    server_revision INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL DEFAULT '',
    base_fields TEXT
);
CREATE INDEX records_workqueue ON records(status, updated_at, local_id);

CREATE TABLE drafts (
    record_id TEXT PRIMARY KEY,
    page TEXT NOT NULL,
    fields TEXT NOT NULL,
    saved_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE outbox (
    mutation_id INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    base_revision INTEGER NOT NULL,
    changes TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',
    form_version INTEGER NOT NULL,
    state TEXT NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_state ON outbox(state, mutation_id);
CREATE INDEX outbox_record ON outbox(record_id);

CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    field_id TEXT NOT NULL,
    base_value TEXT NOT NULL,
    mine_value TEXT NOT NULL,
    theirs_value TEXT NOT NULL,
    mutation_id INTEGER NOT NULL DEFAULT 0,
    server_revision INTEGER NOT NULL DEFAULT 0,
    their_user TEXT NOT NULL DEFAULT '',
    their_at INTEGER NOT NULL DEFAULT 0,
    my_user TEXT NOT NULL DEFAULT '',
    my_at INTEGER NOT NULL DEFAULT 0,
    detected_at INTEGER NOT NULL,
    resolved_at INTEGER,
    resolved_by TEXT,
    resolution TEXT,
    resolved_value TEXT
);
CREATE INDEX conflicts_record ON conflicts(record_id, resolved_at);

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    user_id TEXT NOT NULL,
    action TEXT NOT NULL,
    record_id TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}',
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
);
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash BLOB NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE local_users (
    user_id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL DEFAULT '',
    office_id TEXT NOT NULL DEFAULT '',
    roles TEXT NOT NULL DEFAULT '[]',
    pin_hash TEXT,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_at INTEGER,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    record_id TEXT NOT NULL,
    field_id TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    hash TEXT NOT NULL,
    chunk_count INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX attachments_record ON attachments(record_id);
CREATE TABLE attachment_chunks (
    attachment_id TEXT NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (attachment_id, idx)
);
)sql";

void applyV1(Database& db, const MigrationContext&)
{
    db.exec(kSchemaV1);
    // A new profile has no op built for the server yet: every row may coalesce (see
    // OutboxRepository::sealedThrough for profiles from before the mark existed).
    db.exec("INSERT INTO counters(name, value) VALUES ('outbox.sealed_through', 0)");
}

// Version 2: local search. FTS4 over name fields (+ phonetic keys), dates, tracking and
// registration numbers; back-filled from the records that version 1 already holds.
// Names and search keys (phonetic codes, dates as single tokens) live in two columns of
// records that an external-content FTS4 table indexes: one fewer table to write per commit
// than a self-contained FTS table, and matchinfo=fts3 skips the docsize/stat bookkeeping.
// Each page a commit touches costs an AES+HMAC pass under SQLCipher, so this is measured.
constexpr std::string_view kSchemaV2 = R"sql(
ALTER TABLE records ADD COLUMN search_names TEXT NOT NULL DEFAULT '';
ALTER TABLE records ADD COLUMN search_keys TEXT NOT NULL DEFAULT '';
CREATE VIRTUAL TABLE record_search USING fts4(content="records", search_names, search_keys,
    matchinfo=fts3, tokenize=unicode61);
CREATE INDEX records_tracking ON records(tracking_id COLLATE NOCASE);
CREATE INDEX records_registration ON records(registration_number)
    WHERE registration_number <> '';
)sql";

void applyV2(Database& db, const MigrationContext& ctx)
{
    db.exec(kSchemaV2);
    RecordSearch(db, ctx.search).rebuild();
}

// Version 3: resumable attachment uploads. The protocol's content hash is SHA-256 (the local
// BLAKE2b hash stays the read check); rows of version 2 get theirs on their first upload.
// upload_state: pending (to upload), uploaded (the server has every byte), downloaded (came
// from the server); uploaded_bytes is the server's last acknowledged offset.
constexpr std::string_view kSchemaV3 = R"sql(
ALTER TABLE attachments ADD COLUMN sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE attachments ADD COLUMN upload_state TEXT NOT NULL DEFAULT 'pending';
ALTER TABLE attachments ADD COLUMN uploaded_bytes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attachments ADD COLUMN upload_error TEXT NOT NULL DEFAULT '';
CREATE INDEX attachments_upload ON attachments(upload_state);
)sql";

void applyV3(Database& db, const MigrationContext&)
{
    db.exec(kSchemaV3);
}

// Version 4: one schema owner for the sync engine's tables, and the outbox's state apart
// from its content. The sync tables were created by the engine itself (IF NOT EXISTS) before
// this step, so a profile that synced already has them: created here only when missing, in
// their old shape, then rebuilt without the answer text that nothing read (small columns
// first: reading an op's state never touches the op text's overflow pages). The outbox is
// rebuilt as two tables: a status change (sending, applied, retry) then rewrites a row of a
// few dozen bytes instead of the 2-3 KB op and its overflow pages, each page re-encrypted
// under SQLCipher. SQLCipher 3.4 is SQLite 3.15: no DROP COLUMN, hence copy and rename.
constexpr std::string_view kSchemaV4 = R"sql(
CREATE TABLE IF NOT EXISTS sync_wire (
    wire_id INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    op TEXT NOT NULL,
    acked INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS sync_wire_record ON sync_wire(record_id);
CREATE INDEX IF NOT EXISTS sync_wire_pending ON sync_wire(acked, wire_id);
CREATE TABLE IF NOT EXISTS sync_op_map (
    local_id INTEGER PRIMARY KEY,
    wire_id INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sync_op_map_wire ON sync_op_map(wire_id);
CREATE TABLE IF NOT EXISTS sync_conflict_map (
    local_conflict_id INTEGER PRIMARY KEY,
    server_conflict_id TEXT NOT NULL,
    record_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sync_conflict_map_server ON sync_conflict_map(server_conflict_id);
CREATE TABLE IF NOT EXISTS sync_reset_seen (
    record_id TEXT PRIMARY KEY
) WITHOUT ROWID;
CREATE TABLE sync_wire_v4 (
    wire_id INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    acked INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT '',
    op TEXT NOT NULL
);
INSERT INTO sync_wire_v4 (wire_id, record_id, acked, outcome, op)
    SELECT wire_id, record_id, acked, outcome, op FROM sync_wire;
DROP TABLE sync_wire;
ALTER TABLE sync_wire_v4 RENAME TO sync_wire;
CREATE INDEX sync_wire_record ON sync_wire(record_id);
CREATE INDEX sync_wire_pending ON sync_wire(acked, wire_id);

CREATE TABLE outbox_status (
    mutation_id INTEGER PRIMARY KEY,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL
);
INSERT INTO outbox_status (mutation_id, state, attempts, last_error, next_attempt_at, updated_at)
    SELECT mutation_id, state, attempts, last_error, next_attempt_at, updated_at FROM outbox;
CREATE INDEX outbox_status_state ON outbox_status(state, mutation_id);
CREATE TABLE outbox_content (
    mutation_id INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    base_revision INTEGER NOT NULL,
    form_version INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',
    changes TEXT NOT NULL
);
INSERT INTO outbox_content (mutation_id, record_id, kind, base_revision, form_version,
                            created_at, updated_at, payload, changes)
    SELECT mutation_id, record_id, kind, base_revision, form_version, created_at, updated_at,
           payload, changes FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_content RENAME TO outbox;
CREATE INDEX outbox_record ON outbox(record_id);
CREATE TRIGGER outbox_status_follows AFTER DELETE ON outbox
BEGIN DELETE FROM outbox_status WHERE mutation_id = old.mutation_id; END;
)sql";

void applyV4(Database& db, const MigrationContext&)
{
    db.exec(kSchemaV4);
}

// Version 5: offline registration. Blocks of registration numbers the server reserved for
// this device and user (NumberPoolRepository owns both tables): next_seq is the next number
// to hand out; the office settings say whether its registrars may register offline and for
// how long after the last sync.
constexpr std::string_view kSchemaV5 = R"sql(
CREATE TABLE number_blocks (
    block_id TEXT PRIMARY KEY,
    office_id TEXT NOT NULL,
    office_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    next_seq INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE number_pool_offices (
    office_id TEXT PRIMARY KEY,
    office_code TEXT NOT NULL,
    offline_registration INTEGER NOT NULL,
    max_offline_days INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

void applyV5(Database& db, const MigrationContext&)
{
    db.exec(kSchemaV5);
}

// The certificate revocation list the server signed, as downloaded at the last sync
// (RevocationListRepository owns it): one row, replaced whole; checked against the root key
// when used, never trusted because it is stored.
constexpr std::string_view kSchemaV6 = R"sql(
CREATE TABLE revocation_list (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    signed BLOB NOT NULL,
    fetched_at INTEGER NOT NULL
);
)sql";

void applyV6(Database& db, const MigrationContext&)
{
    db.exec(kSchemaV6);
}

// Version 7: duplicate detection on the device (DedupIndexRepository owns both tables).
// dedup_keys holds each record's blocking keys (docs/deduplication.md) so candidate search
// reads only records sharing a key. The keys come from the rule files, which the store does
// not read: triggers list every record written (by any path: local actions, pulls, rebases)
// in dedup_dirty, and the duplicate check brings their keys up to date before it searches.
// Records of version 6 start dirty.
constexpr std::string_view kSchemaV7 = R"sql(
CREATE TABLE dedup_keys (
    key TEXT NOT NULL,
    record_id TEXT NOT NULL,
    PRIMARY KEY (key, record_id)
) WITHOUT ROWID;
CREATE INDEX dedup_keys_record ON dedup_keys(record_id);
CREATE TABLE dedup_dirty (record_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TRIGGER records_dedup_insert AFTER INSERT ON records BEGIN
    INSERT OR IGNORE INTO dedup_dirty(record_id) VALUES (NEW.id);
END;
CREATE TRIGGER records_dedup_update AFTER UPDATE OF fields ON records BEGIN
    INSERT OR IGNORE INTO dedup_dirty(record_id) VALUES (NEW.id);
END;
CREATE TRIGGER records_dedup_delete AFTER DELETE ON records BEGIN
    INSERT OR IGNORE INTO dedup_dirty(record_id) VALUES (OLD.id);
END;
INSERT INTO dedup_dirty(record_id) SELECT id FROM records;
)sql";

void applyV7(Database& db, const MigrationContext&)
{
    db.exec(kSchemaV7);
}

// Version 8: the certificate configurations the server served at the last sync, with their
// SVG templates (CertificateTemplateRepository owns it): one row, replaced whole, with the
// server's ETag so the next sync costs a 304 while they are unchanged.
constexpr std::string_view kSchemaV8 = R"sql(
CREATE TABLE certificate_templates (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    etag TEXT NOT NULL,
    body TEXT NOT NULL,
    fetched_at INTEGER NOT NULL
);
)sql";

void applyV8(Database& db, const MigrationContext&)
{
    db.exec(kSchemaV8);
}

// Version 9: "waiting" while the national ID system has not answered for the record's
// registration (issue 19); the server sets it, the pull carries it, the screens show it.
constexpr std::string_view kSchemaV9 = R"sql(
ALTER TABLE records ADD COLUMN national_id_state TEXT NOT NULL DEFAULT '';
)sql";

void applyV9(Database& db, const MigrationContext&)
{
    db.exec(kSchemaV9);
}

// Version 10: when the record was registered, as the server keeps it (the pull carries it), so
// a laptop that did not register it charges the same fee and prints the same date.
constexpr std::string_view kSchemaV10 = R"sql(
ALTER TABLE records ADD COLUMN registered_at INTEGER NOT NULL DEFAULT 0;
)sql";

void applyV10(Database& db, const MigrationContext&)
{
    db.exec(kSchemaV10);
}

// Version 11: the records a person decided each record is "not a duplicate" of (a JSON array
// of record ids, '' for none): the server's decisions come with the pull, this device's at
// once, and the duplicate check skips those pairs.
constexpr std::string_view kSchemaV11 = R"sql(
ALTER TABLE records ADD COLUMN not_duplicate_of TEXT NOT NULL DEFAULT '';
)sql";

void applyV11(Database& db, const MigrationContext&)
{
    db.exec(kSchemaV11);
}

// Version 12: the duplicate-index triggers insert without a conflict clause (a guarded INSERT).
// Record writes say OR FAIL (the one-row rule in Database.h), and SQLite applies the outer
// statement's conflict policy to the statements of the triggers it fires, so the triggers'
// OR IGNORE became OR FAIL and a second write of a record already listed failed.
constexpr std::string_view kSchemaV12 = R"sql(
DROP TRIGGER records_dedup_insert;
DROP TRIGGER records_dedup_update;
DROP TRIGGER records_dedup_delete;
CREATE TRIGGER records_dedup_insert AFTER INSERT ON records BEGIN
    INSERT INTO dedup_dirty(record_id) SELECT NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM dedup_dirty WHERE record_id = NEW.id);
END;
CREATE TRIGGER records_dedup_update AFTER UPDATE OF fields ON records BEGIN
    INSERT INTO dedup_dirty(record_id) SELECT NEW.id
    WHERE NOT EXISTS (SELECT 1 FROM dedup_dirty WHERE record_id = NEW.id);
END;
CREATE TRIGGER records_dedup_delete AFTER DELETE ON records BEGIN
    INSERT INTO dedup_dirty(record_id) SELECT OLD.id
    WHERE NOT EXISTS (SELECT 1 FROM dedup_dirty WHERE record_id = OLD.id);
END;
)sql";

void applyV12(Database& db, const MigrationContext&)
{
    db.exec(kSchemaV12);
}

} // namespace

const std::vector<Migration>& schemaMigrations()
{
    static const std::vector<Migration> steps = {
        {1, "initial schema: records, drafts, outbox, conflicts, audit, users, attachments",
         &applyV1},
        {2, "local search: names (FTS4, prefix + phonetic), dates, tracking/registration numbers",
         &applyV2},
        {3, "attachment uploads: SHA-256, upload state and acknowledged offset", &applyV3},
        {4, "sync tables under migrations; outbox state apart from its content", &applyV4},
        {5, "offline registration: reserved registration number blocks", &applyV5},
        {6, "certificate verification: the server's signed revocation list", &applyV6},
        {7, "duplicate detection: blocking keys of the records, kept current by triggers",
         &applyV7},
        {8, "certificate printing: the configurations and templates the server served", &applyV8},
        {9, "national ID hook: whether a record waits for the national ID system", &applyV9},
        {10, "registration date: when the record was registered, from the server", &applyV10},
        {11, "duplicate decisions: the records each one is not a duplicate of", &applyV11},
        {12, "duplicate-index triggers that take the record write's conflict policy", &applyV12},
    };
    return steps;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

int schemaVersion(Database& db)
{
    auto v = db.queryOne("PRAGMA user_version");
    return v ? std::stoi(*v) : 0;
}

void migrateSchema(Database& db, const MigrationContext& ctx)
{
    const int current = schemaVersion(db);
    const int latest = latestSchemaVersion();
    if (current > latest)
        throw StoreError(StoreErrc::SchemaTooNew,
                         "database " + db.path().string() + " has schema version " +
                             std::to_string(current) + ", newer than this program supports (" +
                             std::to_string(latest) + "); update Vitalis to open it");
    for (const Migration& step : schemaMigrations()) {
        if (step.version <= current)
            continue;
        Transaction tx(db);
        try {
            step.apply(db, ctx);
        } catch (const StoreError& e) {
            throw StoreError(e.code(),
                             "schema migration to version " + std::to_string(step.version) + " (" +
                                 std::string(step.description) + ") failed: " + e.what(),
                             e.sqliteCode());
        }
        // user_version lives in the database header, so it commits with the step.
        db.exec("PRAGMA user_version = " + std::to_string(step.version));
        tx.commit();
    }
}

} // namespace vitalis
