// `vitalis-server stats rebuild`: recounts every statistics counter from the records and their
// history, for safety after a manual repair or a configuration change.
#pragma once

#include "core/Clock.h"
#include "sync/server/ServerConfig.h"

namespace vitalis::server::cli
{

class StatsCommand
{
public:
    StatsCommand(const ServerConfig& config, const Clock& clock) : config_(config), clock_(clock) {}
    int rebuild();

private:
    const ServerConfig& config_;
    const Clock& clock_;
};

} // namespace vitalis::server::cli
