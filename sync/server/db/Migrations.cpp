#include "sync/server/db/Migrations.h"

#include <QStringList>
#include <vector>

namespace vitalis::server
{

namespace
{

// Append-only: a shipped migration is never edited, a change is a new entry.
const std::vector<std::vector<const char*>> kMigrations = {
    // 1: the initial schema.
    {
        "CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
        "CREATE TABLE locations (id TEXT PRIMARY KEY, parent_id TEXT, type TEXT NOT NULL,"
        " name TEXT NOT NULL, names TEXT NOT NULL, path TEXT NOT NULL)",
        "CREATE TABLE offices (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE,"
        " name TEXT NOT NULL, location_id TEXT NOT NULL REFERENCES locations(id))",
        "CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE,"
        " display_name TEXT NOT NULL, role TEXT NOT NULL,"
        " office_id TEXT REFERENCES offices(id), jurisdiction_id TEXT REFERENCES locations(id),"
        " password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,"
        " failed_logins INTEGER NOT NULL DEFAULT 0, locked_until BIGINT NOT NULL DEFAULT 0,"
        " totp_secret TEXT, totp_enabled INTEGER NOT NULL DEFAULT 0,"
        " totp_last_step BIGINT NOT NULL DEFAULT 0,"
        " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)",
        "CREATE TABLE sessions (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),"
        " device_id TEXT NOT NULL, access_hash TEXT NOT NULL UNIQUE,"
        " access_expires_at BIGINT NOT NULL, refresh_hash TEXT NOT NULL UNIQUE,"
        " refresh_expires_at BIGINT NOT NULL, prev_refresh_hash TEXT,"
        " enrolment_only INTEGER NOT NULL DEFAULT 0,"
        " revoked_at BIGINT, created_at BIGINT NOT NULL)",
        "CREATE INDEX sessions_user ON sessions(user_id)",
        "CREATE INDEX sessions_prev_refresh ON sessions(prev_refresh_hash)",
        "CREATE TABLE device_codes (device_id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE,"
        " created_at BIGINT NOT NULL)",
        "CREATE TABLE devices (user_id TEXT NOT NULL, device_id TEXT NOT NULL,"
        " last_mutation_id BIGINT NOT NULL DEFAULT 0, first_seen_at BIGINT NOT NULL,"
        " last_seen_at BIGINT NOT NULL, PRIMARY KEY (user_id, device_id))",
        "CREATE TABLE op_results (user_id TEXT NOT NULL, device_id TEXT NOT NULL,"
        " mutation_id BIGINT NOT NULL, record_id TEXT NOT NULL, outcome TEXT NOT NULL,"
        " result TEXT NOT NULL, created_at BIGINT NOT NULL,"
        " PRIMARY KEY (user_id, device_id, mutation_id))",
        "CREATE TABLE records (id TEXT PRIMARY KEY, event_type TEXT NOT NULL,"
        " form_id TEXT NOT NULL, form_version INTEGER NOT NULL,"
        " office_id TEXT NOT NULL REFERENCES offices(id), location_path TEXT NOT NULL,"
        " tracking_id TEXT NOT NULL UNIQUE, registration_number TEXT UNIQUE,"
        " status TEXT NOT NULL, status_reason TEXT NOT NULL, rev BIGINT NOT NULL,"
        " fields TEXT NOT NULL, field_meta TEXT NOT NULL, field_revs TEXT NOT NULL,"
        " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
        " created_by TEXT NOT NULL, updated_by TEXT NOT NULL,"
        " server_created_at BIGINT NOT NULL, server_updated_at BIGINT NOT NULL)",
        "CREATE TABLE record_history (record_id TEXT NOT NULL, rev BIGINT NOT NULL,"
        " kind TEXT NOT NULL, outcome TEXT NOT NULL, user_id TEXT NOT NULL,"
        " device_id TEXT NOT NULL, mutation_id BIGINT NOT NULL, server_time BIGINT NOT NULL,"
        " status_from TEXT NOT NULL, status_to TEXT NOT NULL, reason TEXT NOT NULL,"
        " changes TEXT NOT NULL, PRIMARY KEY (record_id, rev))",
        "CREATE TABLE change_log (seq BIGINT PRIMARY KEY, record_id TEXT NOT NULL,"
        " rev BIGINT NOT NULL, location_path TEXT NOT NULL, server_time BIGINT NOT NULL)",
        "CREATE TABLE conflicts (id TEXT PRIMARY KEY, record_id TEXT NOT NULL,"
        " user_id TEXT NOT NULL, device_id TEXT NOT NULL, mutation_id BIGINT NOT NULL,"
        " kind TEXT NOT NULL, base_rev BIGINT NOT NULL, server_rev BIGINT NOT NULL,"
        " fields TEXT NOT NULL, op TEXT NOT NULL, status TEXT NOT NULL,"
        " created_at BIGINT NOT NULL, resolved_at BIGINT, resolved_by TEXT,"
        " resolved_rev BIGINT)",
        "CREATE INDEX conflicts_record ON conflicts(record_id, status)",
        "CREATE TABLE registration_counters (office_id TEXT NOT NULL, year INTEGER NOT NULL,"
        " value BIGINT NOT NULL, PRIMARY KEY (office_id, year))",
        "CREATE TABLE forms (form_id TEXT NOT NULL, version INTEGER NOT NULL,"
        " event_type TEXT NOT NULL, definition TEXT NOT NULL, created_at BIGINT NOT NULL,"
        " PRIMARY KEY (form_id, version))",
        "CREATE TABLE audit_log (id TEXT PRIMARY KEY, server_time BIGINT NOT NULL,"
        " actor TEXT NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL,"
        " detail TEXT NOT NULL)",
        "INSERT INTO counters (name, value) VALUES ('change_seq', 0)",
        "INSERT INTO counters (name, value) VALUES ('reference_version', 1)",
        "INSERT INTO counters (name, value) VALUES ('device_code', 0)",
        "INSERT INTO server_meta (key, value) VALUES ('log_floor', '0')",
    },
    // 2: resumable attachment uploads (AttachmentService). BYTEA is PostgreSQL's binary type;
    // SQLite stores the bound BLOB as it is under any declared type.
    {
        "CREATE TABLE attachment_uploads (id TEXT PRIMARY KEY, record_id TEXT NOT NULL,"
        " size BIGINT NOT NULL, sha256 TEXT NOT NULL, media_type TEXT NOT NULL,"
        " name TEXT NOT NULL, received BIGINT NOT NULL DEFAULT 0,"
        " complete INTEGER NOT NULL DEFAULT 0, resent_bytes BIGINT NOT NULL DEFAULT 0,"
        " uploaded_by TEXT NOT NULL, device_id TEXT NOT NULL, created_at BIGINT NOT NULL,"
        " updated_at BIGINT NOT NULL, completed_at BIGINT)",
        "CREATE INDEX attachment_uploads_record ON attachment_uploads(record_id)",
        "CREATE TABLE attachment_chunks (upload_id TEXT NOT NULL, byte_offset BIGINT NOT NULL,"
        " data BYTEA NOT NULL, PRIMARY KEY (upload_id, byte_offset))",
    },
    // 3: the device's clock when the person acted (informational: the audit trail shows device
    // time beside server time; it never decides an outcome). Older rows keep 0 = unknown.
    {
        "ALTER TABLE record_history ADD COLUMN device_time BIGINT NOT NULL DEFAULT 0",
    },
    // 4: login throttling shared by every server process (LoginThrottle): one row per account
    // name tried (existing or not) and per client address. Supersedes users.failed_logins and
    // users.locked_until, which stay unused.
    {
        "CREATE TABLE login_throttle (scope TEXT NOT NULL, subject TEXT NOT NULL,"
        " failures INTEGER NOT NULL, window_start BIGINT NOT NULL,"
        " window_failures INTEGER NOT NULL, locked_until BIGINT NOT NULL,"
        " updated_at BIGINT NOT NULL, PRIMARY KEY (scope, subject))",
        "CREATE INDEX login_throttle_updated ON login_throttle(updated_at)",
    },
    // 5: offline registration from reserved number pools (NumberPoolStore owns both tables).
    // A block is a range of one office's yearly counter (registration_counters) handed to one
    // device and user; `used` counts its numbers the server has seen (accepted or voided).
    // number_voids lists every number that will never name a record: offered and refused
    // ("voided", with the record it was offered for: a certificate printed with it is revoked)
    // or reserved and never used ("expired").
    {
        "CREATE TABLE number_blocks (id TEXT PRIMARY KEY, office_id TEXT NOT NULL,"
        " year INTEGER NOT NULL, device_id TEXT NOT NULL, user_id TEXT NOT NULL,"
        " first_seq BIGINT NOT NULL, last_seq BIGINT NOT NULL, used BIGINT NOT NULL DEFAULT 0,"
        " issued_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, status TEXT NOT NULL,"
        " closed_at BIGINT)",
        "CREATE INDEX number_blocks_owner ON number_blocks(device_id, user_id, status)",
        "CREATE INDEX number_blocks_range ON number_blocks(office_id, year, first_seq)",
        "CREATE INDEX number_blocks_status ON number_blocks(status, expires_at)",
        "CREATE TABLE number_voids (number TEXT NOT NULL, office_id TEXT NOT NULL,"
        " year INTEGER NOT NULL, seq BIGINT NOT NULL, kind TEXT NOT NULL, record_id TEXT,"
        " device_id TEXT NOT NULL, user_id TEXT NOT NULL, reason TEXT NOT NULL,"
        " at BIGINT NOT NULL)",
        "CREATE INDEX number_voids_number ON number_voids(number)",
        "CREATE INDEX number_voids_at ON number_voids(at)",
        "CREATE INDEX number_voids_record ON number_voids(record_id)",
        "ALTER TABLE offices ADD COLUMN offline_registration INTEGER NOT NULL DEFAULT 1",
    },
    // 6: correction requests of registered records (CorrectionStore), and the request an
    // entry of a record's history belongs to ('' for every other entry).
    {
        "CREATE TABLE correction_requests (id TEXT PRIMARY KEY, record_id TEXT NOT NULL,"
        " changes TEXT NOT NULL, reason_code TEXT NOT NULL, reason TEXT NOT NULL,"
        " documents TEXT NOT NULL, requested_by TEXT NOT NULL, requested_device TEXT NOT NULL,"
        " requested_at BIGINT NOT NULL, mutation_id BIGINT NOT NULL, base_rev BIGINT NOT NULL,"
        " request_rev BIGINT NOT NULL, status TEXT NOT NULL, decided_by TEXT,"
        " decided_at BIGINT, decision_reason TEXT NOT NULL DEFAULT '', decided_rev BIGINT,"
        " conflict_id TEXT)",
        "CREATE INDEX correction_requests_record ON correction_requests(record_id, status)",
        "CREATE INDEX correction_requests_status ON correction_requests(status, requested_at)",
        "ALTER TABLE record_history ADD COLUMN correction_id TEXT NOT NULL DEFAULT ''",
    },
    // 7: device signing keys revoked by `vitalis-server keys revoke-device` (RevocationStore):
    // certificates a key signed at or after revoked_at are rejected by every verifier.
    {
        "CREATE TABLE revoked_keys (key_id TEXT PRIMARY KEY, revoked_at BIGINT NOT NULL,"
        " reason TEXT NOT NULL, recorded_at BIGINT NOT NULL)",
    },
    // 8: printed certificates (PrintStore): one row per print, the copy counted by the server;
    // the print a history entry records ('' for every other entry).
    {
        "CREATE TABLE certificate_prints (record_id TEXT NOT NULL, copy_number BIGINT NOT NULL,"
        " template_id TEXT NOT NULL, language TEXT NOT NULL, certified_copy INTEGER NOT NULL,"
        " collector TEXT NOT NULL, fee BIGINT NOT NULL, currency TEXT NOT NULL,"
        " receipt_number TEXT NOT NULL, reason TEXT NOT NULL, device_copy_number BIGINT NOT NULL,"
        " user_id TEXT NOT NULL, device_id TEXT NOT NULL, mutation_id BIGINT NOT NULL,"
        " rev BIGINT NOT NULL, printed_at BIGINT NOT NULL, PRIMARY KEY (record_id, copy_number))",
        "CREATE UNIQUE INDEX certificate_prints_op ON certificate_prints(device_id, mutation_id)",
        "ALTER TABLE record_history ADD COLUMN print TEXT NOT NULL DEFAULT ''",
    },
    // 9: integration clients (OAuth 2.0 client credentials), their short-lived tokens, and the
    // notifications they sent, keyed by the sender's transaction id (idempotent repeats).
    {
        "CREATE TABLE integration_clients (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
        " secret_hash TEXT NOT NULL, scopes TEXT NOT NULL, jurisdiction_id TEXT NOT NULL,"
        " events TEXT NOT NULL, allowed_fields TEXT NOT NULL, rate_limit INTEGER NOT NULL,"
        " tracking_sequence BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL,"
        " rotated_at BIGINT, revoked_at BIGINT)",
        "CREATE TABLE client_tokens (token_hash TEXT PRIMARY KEY, client_id TEXT NOT NULL,"
        " scopes TEXT NOT NULL, expires_at BIGINT NOT NULL, created_at BIGINT NOT NULL)",
        "CREATE INDEX client_tokens_client ON client_tokens(client_id)",
        "CREATE TABLE client_notifications (client_id TEXT NOT NULL,"
        " transaction_id TEXT NOT NULL, record_id TEXT NOT NULL, tracking_id TEXT NOT NULL,"
        " payload_hash TEXT NOT NULL, created_at BIGINT NOT NULL,"
        " PRIMARY KEY (client_id, transaction_id))",
        // WebSub: subscriptions (pending until the subscriber echoes the challenge) and the
        // delivery outbox, written in the transaction of the event it announces.
        "CREATE TABLE websub_subscriptions (id TEXT PRIMARY KEY, client_id TEXT NOT NULL,"
        " topic TEXT NOT NULL, callback TEXT NOT NULL, secret TEXT NOT NULL,"
        " lease_seconds BIGINT NOT NULL, expires_at BIGINT NOT NULL, state TEXT NOT NULL,"
        " pending_mode TEXT NOT NULL DEFAULT '', verify_at BIGINT NOT NULL DEFAULT 0,"
        " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)",
        "CREATE UNIQUE INDEX websub_subscriptions_key ON websub_subscriptions(client_id, topic,"
        " callback)",
        "CREATE INDEX websub_subscriptions_topic ON websub_subscriptions(topic, state)",
        "CREATE TABLE websub_deliveries (id TEXT PRIMARY KEY, subscription_id TEXT NOT NULL,"
        " topic TEXT NOT NULL, record_id TEXT NOT NULL, body TEXT NOT NULL, state TEXT NOT NULL,"
        " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at BIGINT NOT NULL,"
        " created_at BIGINT NOT NULL, delivered_at BIGINT, last_status INTEGER,"
        " last_error TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX websub_deliveries_due ON websub_deliveries(state, next_attempt_at)",
    },
    // 10: vital statistics kept current with every record write (StatisticsStore owns all
    // four tables). stats_record_facts remembers what each record last contributed, so a
    // correction or an archive moves exactly that count; the other three are the counters a
    // dashboard reads instead of the records. Filled by `vitalis-server stats rebuild`, which
    // the server also runs at start when server_meta has no statistics_built mark (an upgrade,
    // or a restore of an older backup).
    {
        "CREATE TABLE stats_record_facts (record_id TEXT PRIMARY KEY, event_type TEXT NOT NULL,"
        " office_id TEXT NOT NULL, status TEXT NOT NULL, counted INTEGER NOT NULL,"
        " yyyymm INTEGER NOT NULL, sex TEXT NOT NULL, age_group TEXT NOT NULL,"
        " place TEXT NOT NULL, timeliness TEXT NOT NULL, declared_at BIGINT NOT NULL,"
        " registered_at BIGINT NOT NULL)",
        "CREATE TABLE stats_vital (event_type TEXT NOT NULL, office_id TEXT NOT NULL,"
        " yyyymm INTEGER NOT NULL, sex TEXT NOT NULL, age_group TEXT NOT NULL,"
        " place TEXT NOT NULL, timeliness TEXT NOT NULL, registrations BIGINT NOT NULL,"
        " PRIMARY KEY (event_type, office_id, yyyymm, sex, age_group, place, timeliness))",
        "CREATE TABLE stats_activity (event_type TEXT NOT NULL, office_id TEXT NOT NULL,"
        " user_id TEXT NOT NULL, yyyymm INTEGER NOT NULL, kind TEXT NOT NULL,"
        " steps BIGINT NOT NULL,"
        " PRIMARY KEY (event_type, office_id, user_id, yyyymm, kind))",
        "CREATE TABLE stats_delay (event_type TEXT NOT NULL, office_id TEXT NOT NULL,"
        " user_id TEXT NOT NULL, yyyymm INTEGER NOT NULL, days INTEGER NOT NULL,"
        " registrations BIGINT NOT NULL,"
        " PRIMARY KEY (event_type, office_id, user_id, yyyymm, days))",
        // A database without records is counted already.
        "INSERT INTO server_meta (key, value) SELECT 'statistics_built', '1' WHERE NOT EXISTS"
        " (SELECT 1 FROM records)",
    },
    // 11: duplicate detection (docs/deduplication.md). dedup_keys (DedupKeyStore): each
    // record's blocking keys, indexed by (event, key) so the candidate search reads only
    // records sharing a key. duplicate_flags (DuplicateFlagStore): the server's verdict on a
    // record (open until decided), the candidates with score and matched fields, the
    // candidates a decision dismissed, the device's own warning and the decision.
    {
        "CREATE TABLE dedup_keys (record_id TEXT NOT NULL, event_type TEXT NOT NULL,"
        " key TEXT NOT NULL, PRIMARY KEY (record_id, key))",
        "CREATE INDEX dedup_keys_key ON dedup_keys(event_type, key)",
        "CREATE TABLE duplicate_flags (record_id TEXT PRIMARY KEY, status TEXT NOT NULL,"
        " candidates TEXT NOT NULL, dismissed TEXT NOT NULL, device_candidates TEXT NOT NULL,"
        " device_note TEXT NOT NULL, flagged_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
        " decided_by TEXT NOT NULL DEFAULT '', decided_at BIGINT NOT NULL DEFAULT 0,"
        " decision_reason TEXT NOT NULL DEFAULT '', original_id TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX duplicate_flags_status ON duplicate_flags(status, flagged_at)",
    },
    // DCI registry API (issue 19): the message ids each integration client has sent, so a
    // repeated message_id is refused (rjct.message_id.duplicate) across restarts and processes.
    {
        "CREATE TABLE dci_messages (client_id TEXT NOT NULL, message_id TEXT NOT NULL,"
        " received_at BIGINT NOT NULL, PRIMARY KEY (client_id, message_id))",
        // The client's Ed25519 public key (base64): when set, its DCI messages must be signed.
        "ALTER TABLE integration_clients ADD COLUMN signing_key TEXT NOT NULL DEFAULT ''",
        // Async searches: the on-search answer waiting for (or delivered to) the callback.
        "CREATE TABLE dci_transactions (correlation_id TEXT PRIMARY KEY, client_id TEXT NOT NULL,"
        " message_id TEXT NOT NULL, transaction_id TEXT NOT NULL, callback TEXT NOT NULL,"
        " response TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
        " next_attempt_at BIGINT NOT NULL, created_at BIGINT NOT NULL,"
        " last_status INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX dci_transactions_due ON dci_transactions(state, next_attempt_at)",
        // Subscriptions to registrations of an event type, notified at the client's callback.
        "CREATE TABLE dci_subscriptions (code TEXT PRIMARY KEY, client_id TEXT NOT NULL,"
        " event_type TEXT NOT NULL, callback TEXT NOT NULL, created_at BIGINT NOT NULL,"
        " ended_at BIGINT)",
        "CREATE INDEX dci_subscriptions_event ON dci_subscriptions(event_type, ended_at)",
    },
    // Registry search by name and national ID (issue 18): each record's name words (as written
    // and as they sound) and national IDs, by field, with what the search filters and orders on
    // so a common name is answered from this table before any record is read.
    {
        "CREATE TABLE search_keys (key TEXT NOT NULL, record_id TEXT NOT NULL,"
        " field TEXT NOT NULL, event_type TEXT NOT NULL, location_path TEXT NOT NULL,"
        " created_at BIGINT NOT NULL, PRIMARY KEY (key, record_id, field))",
        "CREATE INDEX search_keys_record ON search_keys(record_id)",
        // The driver's order: a key's newest rows first, read a chunk at a time, with what the
        // search filters on in the index too (an index-only scan; PostgreSQL's generic plan
        // picks it and stops at the chunk, where it read every row of a common key before).
        "CREATE INDEX search_keys_newest ON search_keys(key, created_at, record_id, field, "
        "event_type, location_path)",
        // DCI message ids are kept for the replay window only (DciMessageLog).
        "CREATE INDEX dci_messages_age ON dci_messages(received_at)",
        // URL prefixes the registry may call back for a client (DCI on-search and notify): a
        // sender_uri elsewhere is refused, so a client cannot make the server call any host.
        "ALTER TABLE integration_clients ADD COLUMN callbacks TEXT NOT NULL DEFAULT '[]'",
        // When each record was registered, carried by the pull: a laptop that did not register
        // it computes the same fee and prints the same date (from the first register entry of
        // the history, the registrar's device time when earlier than the server's).
        "ALTER TABLE records ADD COLUMN registered_at BIGINT NOT NULL DEFAULT 0",
        "UPDATE records SET registered_at = COALESCE((SELECT CASE WHEN h.device_time > 0 AND"
        " h.device_time <= h.server_time THEN h.device_time ELSE h.server_time END FROM"
        " record_history h WHERE h.record_id = records.id AND h.kind = 'register' ORDER BY"
        " h.rev DESC LIMIT 1), 0) WHERE registration_number IS NOT NULL",
    },
    // WebSub payloads in FHIR (issue 18): a subscription asks for the native record JSON or a
    // FHIR R4 document Bundle (hub.payload); a delivery keeps its format, and the worker
    // writes a FHIR body once, before the first attempt, so every retry sends the same bytes.
    {
        "ALTER TABLE websub_subscriptions ADD COLUMN payload TEXT NOT NULL DEFAULT 'native'",
        "ALTER TABLE websub_deliveries ADD COLUMN format TEXT NOT NULL DEFAULT 'native'",
    },
    // National ID hook (issue 19; NidCallStore owns nid_calls): one row per registration the
    // national ID system must hear of, written in the registration's transaction; the worker
    // sends it (the row id is the idempotency key) until an answer. token_hash: the digest of
    // the single-use callback token of a 202 answer. records.national_id_state: "waiting" while
    // the record waits for that answer (RecordStore writes it; the pull carries it).
    {
        "CREATE TABLE nid_calls (id TEXT PRIMARY KEY, record_id TEXT NOT NULL,"
        " hook TEXT NOT NULL, body TEXT NOT NULL, state TEXT NOT NULL,"
        " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at BIGINT NOT NULL,"
        " created_at BIGINT NOT NULL, token_hash TEXT NOT NULL DEFAULT '',"
        " token_expires_at BIGINT NOT NULL DEFAULT 0, last_status INTEGER NOT NULL DEFAULT 0,"
        " last_error TEXT NOT NULL DEFAULT '', national_id TEXT NOT NULL DEFAULT '',"
        " reason TEXT NOT NULL DEFAULT '', finished_at BIGINT NOT NULL DEFAULT 0)",
        "CREATE INDEX nid_calls_due ON nid_calls(state, next_attempt_at)",
        "CREATE INDEX nid_calls_record ON nid_calls(record_id)",
        "CREATE INDEX nid_calls_token ON nid_calls(token_hash)",
        "ALTER TABLE records ADD COLUMN national_id_state TEXT NOT NULL DEFAULT ''",
    },
    // The duplicate check's compact copy (DedupKeyStore owns it): each record's values of the
    // fields the rules read, so a candidate costs a small row instead of its whole record.
    // Filled for older records at the next start (DuplicateCheck::ensureIndexed).
    {
        "CREATE TABLE dedup_fields (record_id TEXT PRIMARY KEY, fields TEXT NOT NULL)",
    },
    // The duplicate check counts a key's records before reading them (a common key is
    // skipped): with the record id in the index that count never reads the table, where it
    // read up to 201 rows per key for every pushed record (perf, bench_sync push).
    {
        "DROP INDEX dedup_keys_key",
        "CREATE INDEX dedup_keys_key ON dedup_keys(event_type, key, record_id)",
    },
    // The statistics counters in slots (StatisticsStore): on PostgreSQL each connection adds to
    // its own copy of a counter row, so concurrent pushes by one office's agents no longer queue
    // on one row lock held until each batch commits (bench_server_load: 10 clients waited on
    // the same "declared" row). Readers sum the slots; existing counts move to slot 0.
    {
        "CREATE TABLE stats_vital_slotted (event_type TEXT NOT NULL, office_id TEXT NOT NULL,"
        " yyyymm INTEGER NOT NULL, sex TEXT NOT NULL, age_group TEXT NOT NULL,"
        " place TEXT NOT NULL, timeliness TEXT NOT NULL, slot INTEGER NOT NULL,"
        " registrations BIGINT NOT NULL,"
        " PRIMARY KEY (event_type, office_id, yyyymm, sex, age_group, place, timeliness, slot))",
        "INSERT INTO stats_vital_slotted SELECT event_type, office_id, yyyymm, sex, age_group,"
        " place, timeliness, 0, registrations FROM stats_vital",
        "DROP TABLE stats_vital",
        "ALTER TABLE stats_vital_slotted RENAME TO stats_vital",
        "CREATE TABLE stats_activity_slotted (event_type TEXT NOT NULL, office_id TEXT NOT NULL,"
        " user_id TEXT NOT NULL, yyyymm INTEGER NOT NULL, kind TEXT NOT NULL,"
        " slot INTEGER NOT NULL, steps BIGINT NOT NULL,"
        " PRIMARY KEY (event_type, office_id, user_id, yyyymm, kind, slot))",
        "INSERT INTO stats_activity_slotted SELECT event_type, office_id, user_id, yyyymm, kind,"
        " 0, steps FROM stats_activity",
        "DROP TABLE stats_activity",
        "ALTER TABLE stats_activity_slotted RENAME TO stats_activity",
        "CREATE TABLE stats_delay_slotted (event_type TEXT NOT NULL, office_id TEXT NOT NULL,"
        " user_id TEXT NOT NULL, yyyymm INTEGER NOT NULL, days INTEGER NOT NULL,"
        " slot INTEGER NOT NULL, registrations BIGINT NOT NULL,"
        " PRIMARY KEY (event_type, office_id, user_id, yyyymm, days, slot))",
        "INSERT INTO stats_delay_slotted SELECT event_type, office_id, user_id, yyyymm, days,"
        " 0, registrations FROM stats_delay",
        "DROP TABLE stats_delay",
        "ALTER TABLE stats_delay_slotted RENAME TO stats_delay",
    },
    // The registry search's keys in one ordered tree instead of four (the table, its primary
    // key, the newest-first index and the record index): each pushed birth writes about a dozen
    // keys, and every tree they went into was written again. The primary key now leads with
    // the search's order (a key's newest rows first) and holds what it filters on; a record's
    // created_at never changes, so (key, created_at, record_id, field) is as unique as before.
    {
        "CREATE TABLE search_keys_folded (key TEXT NOT NULL, created_at BIGINT NOT NULL,"
        " record_id TEXT NOT NULL, field TEXT NOT NULL, event_type TEXT NOT NULL,"
        " location_path TEXT NOT NULL, PRIMARY KEY (key, created_at, record_id, field)"
        " /*postgres: INCLUDE (event_type, location_path)*/) /*sqlite: WITHOUT ROWID*/",
        "INSERT INTO search_keys_folded (key, created_at, record_id, field, event_type,"
        " location_path) SELECT key, created_at, record_id, field, event_type, location_path"
        " FROM search_keys",
        "DROP TABLE search_keys",
        "ALTER TABLE search_keys_folded RENAME TO search_keys",
        "CREATE INDEX search_keys_record ON search_keys(record_id)",
    },
    // A record's search keys are deleted by their primary key, computed from the values they
    // were made of (SearchKeyStore): the record_id index was one more tree every pushed birth
    // wrote a dozen entries into, for an edit of a name now and then.
    {
        "DROP INDEX search_keys_record",
    },
    // The duplicate check's tables in one tree each on SQLite (WITHOUT ROWID): the keys were a
    // rowid table, its primary key and the (event, key) index, three trees every pushed birth
    // wrote its keys into; the compact copy a table and its primary key. The key's columns
    // come first: SQLite 3.40's integrity_check (run on every backup) reports a NOT NULL
    // column placed between them as NULL in a WITHOUT ROWID table.
    {
        "CREATE TABLE dedup_keys_folded (record_id TEXT NOT NULL, key TEXT NOT NULL,"
        " event_type TEXT NOT NULL, PRIMARY KEY (record_id, key)) /*sqlite: WITHOUT ROWID*/",
        "INSERT INTO dedup_keys_folded (record_id, event_type, key) SELECT record_id,"
        " event_type, key FROM dedup_keys",
        "DROP TABLE dedup_keys",
        "ALTER TABLE dedup_keys_folded RENAME TO dedup_keys",
        "CREATE INDEX dedup_keys_key ON dedup_keys(event_type, key, record_id)",
        "CREATE TABLE dedup_fields_folded (record_id TEXT PRIMARY KEY, fields TEXT NOT NULL)"
        " /*sqlite: WITHOUT ROWID*/",
        "INSERT INTO dedup_fields_folded (record_id, fields) SELECT record_id, fields FROM"
        " dedup_fields",
        "DROP TABLE dedup_fields",
        "ALTER TABLE dedup_fields_folded RENAME TO dedup_fields",
    },
#ifdef VITALIS_TEST_UPGRADE_MIGRATION
    // Test builds only (the packaging upgrade test's N+1 server; never a release): one more
    // migration that copies existing rows, so an upgrade is seen to migrate data. Stays last.
    {
        "CREATE TABLE upgrade_probe (record_id TEXT PRIMARY KEY, status TEXT NOT NULL)",
        "INSERT INTO upgrade_probe (record_id, status) SELECT id, status FROM records",
    },
#endif
};

// A clause only one backend has is written as /*sqlite: ...*/ or /*postgres: ...*/: the
// backend's own becomes part of the statement, the other stays a comment.
QString forDialect(QString sql, bool postgres)
{
    const QString mine = postgres ? QStringLiteral("/*postgres:") : QStringLiteral("/*sqlite:");
    for (qsizetype at = sql.indexOf(mine); at >= 0; at = sql.indexOf(mine, at)) {
        const qsizetype end = sql.indexOf(QStringLiteral("*/"), at);
        sql = sql.left(at) + sql.mid(at + mine.size(), end - at - mine.size()) + sql.mid(end + 2);
    }
    return sql;
}

bool tableExists(Db& db, const QString& table)
{
    const QString sql =
        db.isPostgres()
            ? QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE "
                             "table_schema = current_schema() AND table_name = ?")
            : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND "
                             "name = ?");
    return db.scalarInt(sql, {table}).value_or(0) > 0;
}

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(kMigrations.size());
}

void Migrations::lockSchema(Db& db)
{
    if (db.isPostgres())
        db.executeRaw(QStringLiteral("SELECT pg_advisory_xact_lock(7461636976)"));
}

int Migrations::currentVersion(Db& db)
{
    if (!tableExists(db, QStringLiteral("schema_migrations")))
        return 0;
    return static_cast<int>(
        db.scalarInt(QStringLiteral("SELECT MAX(version) FROM schema_migrations")).value_or(0));
}

int Migrations::apply(Db& db, std::int64_t nowMillis, const std::function<QString()>& newId)
{
    // No process-level mutex here: migrations run before the server accepts requests.
    Transaction tx(db, nullptr);
    lockSchema(db);
    if (!tableExists(db, QStringLiteral("schema_migrations")))
        db.executeRaw(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY "
                                     "KEY, applied_at BIGINT NOT NULL)"));
    const int current = static_cast<int>(
        db.scalarInt(QStringLiteral("SELECT MAX(version) FROM schema_migrations")).value_or(0));
    if (current > latestVersion())
        throw DbError(DbError::Kind::Other,
                      "the database schema is version " + std::to_string(current) +
                          " but this vitalis-server only knows up to " +
                          std::to_string(latestVersion()) + "; upgrade the server");
    int applied = 0;
    for (int v = current + 1; v <= latestVersion(); ++v) {
        for (const char* sql : kMigrations[static_cast<std::size_t>(v - 1)])
            db.executeRaw(forDialect(QString::fromUtf8(sql), db.isPostgres()));
        if (v == 1) {
            // Identifies this database; a cursor from another database is never served.
            db.execute(QStringLiteral("INSERT INTO server_meta (key, value) VALUES "
                                      "('instance_id', ?)"),
                       {newId()});
        }
        db.execute(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES "
                                  "(?, ?)"),
                   {v, QVariant::fromValue<qint64>(nowMillis)});
        ++applied;
    }
    tx.commit();
    return applied;
}

} // namespace vitalis::server
