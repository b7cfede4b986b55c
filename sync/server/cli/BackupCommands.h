// `vitalis-server backup --out FILE` and `restore --from FILE`: an online snapshot of the
// database and putting one back in place (server stopped; the replaced database is kept).
#pragma once

#include "core/Clock.h"
#include "sync/server/ServerConfig.h"

#include <QString>

namespace vitalis::server::cli
{

class BackupCommands
{
public:
    explicit BackupCommands(const ServerConfig& config) : config_(config) {}
    int backup(const QString& file);
    // `stamp` names the kept copy of the replaced database (UTC, yyyyMMdd-HHmmss).
    int restore(const QString& file, const QString& stamp, bool acceptLostNumberBlocks);
    // PostgreSQL restores (pg_restore into a new database): carries the registration counters
    // and number blocks of the replaced database `fromUrl` into the configured one.
    int carryNumbers(const QString& fromUrl, bool acceptLostNumberBlocks);

private:
    const ServerConfig& config_;
};

} // namespace vitalis::server::cli
