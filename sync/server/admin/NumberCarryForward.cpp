#include "sync/server/admin/NumberCarryForward.h"

#include "sync/server/db/Migrations.h"
#include "sync/server/sync/NumberPoolStore.h"
#include "sync/server/sync/RegistrationNumberAllocator.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <memory>
#include <stdexcept>

namespace vitalis::server
{

CarryForwardResult NumberCarryForward::apply(Db& replaced, Db& restored)
{
    const int version = Migrations::currentVersion(replaced);
    if (version < 1)
        throw std::runtime_error("it holds no Vitalis schema");
    CarryForwardResult result;
    const auto counters = RegistrationNumberAllocator::counters(replaced);
    // Blocks exist from schema 5 on; an older database reserved none.
    const auto blocks = version >= 5 ? NumberPoolStore::all(replaced) : std::vector<NumberBlock>{};
    Transaction tx(restored, nullptr);
    for (const auto& c : counters) {
        RegistrationNumberAllocator::raiseTo(restored, c);
        ++result.counters;
    }
    for (const auto& b : blocks)
        result.blocks += NumberPoolStore::insertMissing(restored, b) ? 1 : 0;
    tx.commit();
    return result;
}

CarryForwardResult NumberCarryForward::fromDatabase(const DbSettings& replaced, Db& restored,
                                                    bool acceptLoss)
{
    const QString name = QStringLiteral("vitalis-replaced");
    try {
        if (replaced.url.dialect == Dialect::Sqlite && !QFileInfo::exists(replaced.url.path))
            throw std::runtime_error("there is no database file " +
                                     replaced.url.path.toStdString());
        CarryForwardResult r;
        {
            Db db(replaced, name);
            r = apply(db, restored);
        }
        QSqlDatabase::removeDatabase(name);
        return r;
    } catch (const std::exception& e) {
        QSqlDatabase::removeDatabase(name);
        if (!acceptLoss)
            throw std::runtime_error(
                std::string("cannot read the registration counters and number blocks of the "
                            "database being replaced (") +
                e.what() +
                "). Without them the restored server could hand out again registration numbers "
                "that devices already hold. Restore with the replaced database readable, or "
                "pass --accept-lost-number-blocks to go on: numbers devices hold from blocks "
                "reserved after the backup are then voided when they sync, and those "
                "registrations get new numbers (docs/admin-guide.md, \"Backups and restore\").");
        CarryForwardResult r;
        r.lostAccepted = true;
        return r;
    }
}

} // namespace vitalis::server
