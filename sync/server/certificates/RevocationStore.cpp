#include "sync/server/certificates/RevocationStore.h"

#include "sync/server/db/SqlValue.h"

namespace vitalis::server
{

using sql::i64;
using sql::q;

void RevocationStore::revoke(Db& db, const KeyRevocation& r)
{
    const auto earlier = db.scalarInt(
        QStringLiteral("SELECT revoked_at FROM revoked_keys WHERE key_id = ?"), {q(r.keyId)});
    if (earlier && *earlier <= r.revokedAt)
        return;
    db.execute(QStringLiteral("DELETE FROM revoked_keys WHERE key_id = ?"), {q(r.keyId)});
    db.execute(QStringLiteral("INSERT INTO revoked_keys (key_id, revoked_at, reason, recorded_at) "
                              "VALUES (?, ?, ?, ?)"),
               {q(r.keyId), i64(r.revokedAt), q(r.reason), i64(r.recordedAt)});
}

std::vector<KeyRevocation> RevocationStore::all(Db& db)
{
    Rows rows = db.query(QStringLiteral("SELECT key_id, revoked_at, reason, recorded_at FROM "
                                        "revoked_keys ORDER BY key_id"));
    std::vector<KeyRevocation> out;
    while (rows.next())
        out.push_back({rows.text(0), rows.i64(1), rows.text(2), rows.i64(3)});
    return out;
}

} // namespace vitalis::server
