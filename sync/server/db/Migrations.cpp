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
    // 7: duplicate detection (docs/deduplication.md). dedup_keys (DedupKeyStore): each
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
#ifdef VITALIS_TEST_UPGRADE_MIGRATION
    // Test builds only (the packaging upgrade test's N+1 server; never a release): one more
    // migration that copies existing rows, so an upgrade is seen to migrate data. Stays last.
    {
        "CREATE TABLE upgrade_probe (record_id TEXT PRIMARY KEY, status TEXT NOT NULL)",
        "INSERT INTO upgrade_probe (record_id, status) SELECT id, status FROM records",
    },
#endif
};

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
            db.executeRaw(QString::fromUtf8(sql));
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
