#include "sync/client/SyncTables.h"

#include "core/store/Database.h"

namespace vitalis::sync
{

void ensureSyncTables(Database& db)
{
    // A wire op is built once and re-sent byte for byte until answered: the server's ledger
    // keys exactly-once on (device, mutation id), so a retry must never carry different content.
    db.exec(R"sql(
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
CREATE TABLE IF NOT EXISTS sync_reset_seen (
    record_id TEXT PRIMARY KEY
) WITHOUT ROWID;
)sql");
}

} // namespace vitalis::sync
