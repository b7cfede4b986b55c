// Forward-only, numbered schema migrations keyed on PRAGMA user_version.
// Step N turns a version N-1 database into version N inside one transaction.
#pragma once

#include <string_view>
#include <vector>

namespace vitalis
{

class Database;
struct SearchConfig;

struct MigrationContext {
    const SearchConfig& search; // which fields hold names/dates, for index back-fills
};

struct Migration {
    int version;
    std::string_view description;
    void (*apply)(Database& db, const MigrationContext& ctx);
};

const std::vector<Migration>& schemaMigrations();
int latestSchemaVersion();
int schemaVersion(Database& db);
// Applies every step above the current version. A database newer than this program
// raises StoreError(SchemaTooNew) and is left untouched.
void migrateSchema(Database& db, const MigrationContext& ctx);

} // namespace vitalis
