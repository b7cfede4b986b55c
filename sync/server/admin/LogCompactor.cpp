#include "sync/server/admin/LogCompactor.h"

namespace vitalis::server
{

CompactionResult LogCompactor::compact(Db& db, std::int64_t olderThanMillis)
{
    CompactionResult result;
    Transaction tx(db, nullptr);
    const auto newest = db.scalarInt(QStringLiteral("SELECT MAX(seq) FROM change_log"));
    const auto cut = db.scalarInt(QStringLiteral("SELECT MAX(seq) FROM change_log WHERE "
                                                 "server_time < ? AND seq < ?"),
                                  {QVariant::fromValue<qint64>(olderThanMillis),
                                   QVariant::fromValue<qint64>(newest.value_or(0))});
    if (cut) {
        result.removedRows = db.execute(QStringLiteral("DELETE FROM change_log WHERE seq <= ?"),
                                        {QVariant::fromValue<qint64>(*cut)});
        db.execute(QStringLiteral("UPDATE server_meta SET value = ? WHERE key = 'log_floor'"),
                   {QString::number(*cut)});
    }
    {
        Rows r = db.query(QStringLiteral("SELECT value FROM server_meta WHERE key = 'log_floor'"));
        if (r.next())
            result.floor = r.value(0).toLongLong();
    }
    tx.commit();
    return result;
}

} // namespace vitalis::server
