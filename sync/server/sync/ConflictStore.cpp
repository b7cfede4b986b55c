#include "sync/server/sync/ConflictStore.h"

#include "core/Uuid.h"
#include "sync/server/db/SqlValue.h"

namespace vitalis::server
{

using nlohmann::json;
using sql::i64;
using sql::q;

namespace
{
json encodeConflictFields(const std::vector<protocol::ConflictField>& fields)
{
    json out = json::array();
    for (const auto& c : fields)
        out.push_back({{"field", c.field},
                       {"base", c.base},
                       {"mine", c.mine},
                       {"theirs", c.theirs},
                       {"changed_by", c.changedBy},
                       {"changed_at", c.changedAt},
                       {"changed_rev", c.changedRev}});
    return out;
}
} // namespace

std::string ConflictStore::insert(Db& db, const NewConflict& c, std::int64_t now)
{
    const std::string id = generateUuid();
    db.execute(QStringLiteral("INSERT INTO conflicts (id, record_id, user_id, device_id, "
                              "mutation_id, kind, base_rev, server_rev, fields, op, "
                              "status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                              "'open', ?)"),
               {q(id), q(c.recordId), q(c.userId), q(c.deviceId), i64(c.mutationId), q(c.kind),
                i64(c.baseRev), i64(c.serverRev), q(encodeConflictFields(c.fields).dump()),
                q(c.op.dump()), i64(now)});
    return id;
}

bool ConflictStore::isOpen(Db& db, const std::string& conflictId, const std::string& recordId)
{
    Rows c = db.query(QStringLiteral("SELECT status FROM conflicts WHERE id = ? AND "
                                     "record_id = ?"),
                      {q(conflictId), q(recordId)});
    return c.next() && c.text(0) == "open";
}

void ConflictStore::resolve(Db& db, const std::string& conflictId, const std::string& userId,
                            std::int64_t rev, std::int64_t now)
{
    db.execute(QStringLiteral("UPDATE conflicts SET status = 'resolved', resolved_at = ?, "
                              "resolved_by = ?, resolved_rev = ? WHERE id = ?"),
               {i64(now), q(userId), i64(rev), q(conflictId)});
}

void ConflictStore::supersede(Db& db, const std::string& conflictId, const std::string& recordId,
                              const std::string& userId, std::int64_t now)
{
    db.execute(QStringLiteral("UPDATE conflicts SET status = 'superseded', "
                              "resolved_at = ?, resolved_by = ? WHERE id = ? AND "
                              "record_id = ? AND status = 'open'"),
               {i64(now), q(userId), q(conflictId), q(recordId)});
}

} // namespace vitalis::server
