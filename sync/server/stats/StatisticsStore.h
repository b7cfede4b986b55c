// Owner of the statistics tables (stats_record_facts, stats_vital, stats_activity,
// stats_delay): kept current inside every record write's transaction, rebuilt from the records
// and their history on demand, and read as counters for the report.
#pragma once

#include "statistics/StatisticsConfig.h"
#include "statistics/StatisticsReport.h"
#include "sync/server/db/Db.h"
#include "sync/server/sync/RecordStore.h"

#include <set>

namespace vitalis::server
{

class StatisticsStore
{
public:
    // Called by RecordStore for every insert and update, in the writer's transaction: moves the
    // record's counts from what it last contributed to what it contributes now, and counts the
    // workflow step (declared, registered, sent back) when its status changed. `fresh`: the
    // record was inserted in this transaction and has contributed nothing yet (nothing is read).
    static void recordWritten(Db& db, const StoredRecord& s, std::int64_t serverTime, bool fresh);

    // Recomputes every table from records and record_history (in the caller's transaction) and
    // marks the statistics built. Returns the number of records read.
    static std::int64_t rebuild(Db& db);
    // Rebuilds in its own transaction when the database carries no built mark (an upgrade from
    // before statistics, a restore of such a backup, a changed configuration).
    static bool ensureBuilt(Db& db);

    // The configuration stored by the seed (defaults when none).
    static const statistics::StatisticsConfig& config(Db& db);
    // The configuration section as stored (the seed's "statistics"), null when there is none:
    // laptops get it with the reference data so their own figures have expected events.
    static nlohmann::json configSection(Db& db);
    // Stores a checked configuration; the counters are rebuilt at the next start or by
    // `vitalis-server stats rebuild` when the legal period or the fields changed.
    static void saveConfig(Db& db, const nlohmann::json& section);

    // The counters of the given offices, of one event ("" = all) and months (yyyymm, inclusive;
    // 0..0 = all), so the database filters before anything is read.
    static statistics::StatisticsData read(Db& db, const std::set<std::string>& officeIds,
                                           const std::string& event = {}, int fromMonth = 0,
                                           int toMonth = 0);
};

} // namespace vitalis::server
