#include "sync/server/cli/StatsCommand.h"

#include "sync/server/cli/CommandDatabase.h"
#include "sync/server/cli/CommandOutput.h"
#include "sync/server/stats/StatisticsStore.h"

namespace vitalis::server::cli
{

int StatsCommand::rebuild()
{
    auto db = openAndMigrate(dbSettings(config_), clock_);
    // One transaction: a server running meanwhile never reads half-rebuilt counters.
    Transaction tx(*db, nullptr);
    const std::int64_t records = StatisticsStore::rebuild(*db);
    tx.commit();
    say(QStringLiteral("statistics rebuilt from %1 record(s)").arg(records));
    return 0;
}

} // namespace vitalis::server::cli
