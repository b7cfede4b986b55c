// The database a command works on: its settings from the configuration (creating the SQLite
// directory), opened on the calling thread with the schema brought up to date.
#pragma once

#include "core/Clock.h"
#include "sync/server/ServerConfig.h"
#include "sync/server/db/Db.h"

#include <memory>

namespace vitalis::server::cli
{

DbSettings dbSettings(const ServerConfig& config);
// Opens the database on this thread and applies pending migrations (reported on stderr).
std::unique_ptr<Db> openAndMigrate(const DbSettings& settings, const Clock& clock);

} // namespace vitalis::server::cli
