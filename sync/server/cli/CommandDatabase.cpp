#include "sync/server/cli/CommandDatabase.h"

#include "sync/server/auth/Secrets.h"
#include "sync/server/db/Migrations.h"

#include <QDir>
#include <QFileInfo>
#include <cstdio>
#include <stdexcept>

namespace vitalis::server::cli
{

DbSettings dbSettings(const ServerConfig& config)
{
    DbSettings s;
    s.url = config.database();
    s.sqliteSynchronous = config.sqliteSynchronous;
    if (s.url.dialect == Dialect::Sqlite) {
        const QString dir = QFileInfo(s.url.path).absolutePath();
        if (!QDir().mkpath(dir))
            throw std::runtime_error("cannot create data directory " + dir.toStdString());
    }
    return s;
}

std::unique_ptr<Db> openAndMigrate(const DbSettings& settings, const Clock& clock)
{
    auto db = std::make_unique<Db>(settings, QStringLiteral("vitalis-main"));
    const int applied = Migrations::apply(db.get()[0], clock.nowMillis(),
                                          [] { return QString::fromStdString(randomToken(9)); });
    if (applied > 0)
        std::fprintf(stderr, "vitalis-server: database %s: applied %d migration(s), schema v%d\n",
                     settings.url.redacted().toLocal8Bit().constData(), applied,
                     Migrations::latestVersion());
    return db;
}

} // namespace vitalis::server::cli
