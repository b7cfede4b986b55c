// The sync engine's own tables in the profile database (created on first use, next to the
// store's): wire ops as sent (immutable once built), which outbox rows each carries, the
// server ids of conflicts, and the records seen during a reset download.
#pragma once

#include <cstdint>

namespace vitalis
{
class Database;
}

namespace vitalis::sync
{

// Idempotent (CREATE ... IF NOT EXISTS); cheap enough to call at every engine start.
void ensureSyncTables(Database& db);

} // namespace vitalis::sync
