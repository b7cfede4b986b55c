// The commands that shape the database without serving: `migrate`, `seed FILE` and
// `compact-log --keep-days N`. Each returns the process exit code and prints one result line.
#pragma once

#include "core/Clock.h"
#include "sync/server/ServerConfig.h"

#include <QString>

namespace vitalis::server::cli
{

class SchemaCommands
{
public:
    SchemaCommands(const ServerConfig& config, const Clock& clock) : config_(config), clock_(clock)
    {
    }
    int migrate();
    int seed(const QString& file);
    // `keepDays` as given on the command line (refused unless a whole number >= 0).
    int compactLog(const QString& keepDays);

private:
    const ServerConfig& config_;
    const Clock& clock_;
};

} // namespace vitalis::server::cli
