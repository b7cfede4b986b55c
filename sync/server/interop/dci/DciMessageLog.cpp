#include "sync/server/interop/dci/DciMessageLog.h"

#include "sync/server/db/SqlValue.h"

namespace vitalis::server::dci
{

bool DciMessageLog::remember(Db& db, const std::string& clientId, const std::string& messageId,
                             std::int64_t now)
{
    // An index probe that usually finds nothing: the table holds about a day of ids.
    db.execute(QStringLiteral("DELETE FROM dci_messages WHERE received_at < ?"),
               {sql::i64(now - 2 * (kWindowMs + kSkewMs))});
    // ON CONFLICT DO NOTHING: two processes racing on one id, exactly one inserts.
    return db.execute(QStringLiteral("INSERT INTO dci_messages (client_id, message_id, "
                                     "received_at) VALUES (?, ?, ?) ON CONFLICT (client_id, "
                                     "message_id) DO NOTHING"),
                      {sql::q(clientId), sql::q(messageId), sql::i64(now)}) == 1;
}

} // namespace vitalis::server::dci
