#include "sync/server/cli/SchemaCommands.h"

#include "sync/server/admin/LogCompactor.h"
#include "sync/server/admin/SeedLoader.h"
#include "sync/server/cli/CommandDatabase.h"
#include "sync/server/cli/CommandOutput.h"
#include "sync/server/db/Migrations.h"

namespace vitalis::server::cli
{

int SchemaCommands::migrate()
{
    auto db = openAndMigrate(dbSettings(config_), clock_);
    say(QStringLiteral("schema is at version %1").arg(Migrations::currentVersion(*db)));
    return 0;
}

int SchemaCommands::seed(const QString& file)
{
    auto db = openAndMigrate(dbSettings(config_), clock_);
    const SeedSummary s = SeedLoader::loadFile(*db, file, clock_);
    say(QStringLiteral("seeded %1: %2 locations, %3 offices, %4 users added (%5 already "
                       "present), %6 forms added (%7 already present)")
            .arg(file)
            .arg(s.locations)
            .arg(s.offices)
            .arg(s.usersAdded)
            .arg(s.usersKept)
            .arg(s.formsAdded)
            .arg(s.formsKept));
    return 0;
}

int SchemaCommands::compactLog(const QString& keepDays)
{
    bool ok = false;
    const qint64 days = keepDays.toLongLong(&ok);
    if (!ok || days < 0)
        return fail("compact-log: --keep-days N is required (N >= 0)");
    auto db = openAndMigrate(dbSettings(config_), clock_);
    const auto r = LogCompactor::compact(*db, clock_.nowMillis() - days * 24 * 3600 * 1000);
    say(QStringLiteral("removed %1 change-log rows; devices with cursors at or before "
                       "%2 will re-download")
            .arg(r.removedRows)
            .arg(r.floor));
    return 0;
}

} // namespace vitalis::server::cli
