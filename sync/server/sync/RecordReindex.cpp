#include "sync/server/sync/RecordReindex.h"

#include "sync/server/db/Migrations.h"
#include "sync/server/db/SqlValue.h"

namespace vitalis::server
{

std::int64_t reindexOnce(Db& db, const char* mark, const std::string& fingerprint,
                         const std::function<void(const StoredRecord&)>& visit,
                         const std::function<void()>& start)
{
    Transaction tx(db, nullptr);
    Migrations::lockSchema(db);
    {
        Rows r =
            db.query(QStringLiteral("SELECT value FROM server_meta WHERE key = ?"), {sql::q(mark)});
        if (r.next() && r.text(0) == fingerprint)
            return -1;
    }
    if (start)
        start();
    std::int64_t visited = 0;
    std::string after;
    for (;;) {
        const std::vector<StoredRecord> page = RecordStore::pageAfter(db, after, 2000);
        if (page.empty())
            break;
        for (const StoredRecord& s : page) {
            visit(s);
            ++visited;
        }
        after = page.back().record.id;
    }
    db.execute(QStringLiteral("INSERT INTO server_meta (key, value) VALUES (?, ?) ON CONFLICT "
                              "(key) DO UPDATE SET value = excluded.value"),
               {sql::q(mark), sql::q(fingerprint)});
    tx.commit();
    return visited;
}

} // namespace vitalis::server
