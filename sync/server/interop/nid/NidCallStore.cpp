#include "sync/server/interop/nid/NidCallStore.h"

#include "core/Uuid.h"
#include "sync/server/db/SqlValue.h"

namespace vitalis::server::nid
{

using nlohmann::json;

namespace
{
using sql::i64;
using sql::q;

const QString kColumns =
    QStringLiteral("id, record_id, hook, body, state, attempts, created_at, token_expires_at");

NidCall fromRow(const Rows& r)
{
    return {r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), static_cast<int>(r.i64(5)),
            r.i64(6),  r.i64(7)};
}
} // namespace

json NidCallStore::body(const std::string& callId, const NidHook& hook, const StoredRecord& s,
                        std::int64_t now)
{
    const Record& r = s.record;
    const auto dot = hook.key.find('.');
    return {{"call_id", callId},
            {"event", r.eventType},
            {"action", hook.key.substr(dot + 1)},
            {"record_id", r.id},
            {"tracking_id", r.trackingId},
            {"registration_number", r.registrationNumber},
            {"office_id", r.officeId},
            {"registered_at", now},
            {"fields", r.fields}};
}

std::string NidCallStore::enqueue(Db& db, const NidHook& hook, const StoredRecord& s,
                                  std::int64_t now)
{
    const std::string id = generateUuid();
    db.execute(
        QStringLiteral("INSERT INTO nid_calls (id, record_id, hook, body, state, "
                       "next_attempt_at, created_at) VALUES (?, ?, ?, ?, 'pending', ?, "
                       "?)"),
        {q(id), q(s.record.id), q(hook.key), q(body(id, hook, s, now).dump()), i64(now), i64(now)});
    return id;
}

std::vector<NidCall> NidCallStore::due(Db& db, std::int64_t now, int limit)
{
    std::vector<NidCall> out;
    Rows r = db.query(u"SELECT "_qs + kColumns +
                          u" FROM nid_calls WHERE state = 'pending' AND next_attempt_at <= ? "
                          u"ORDER BY next_attempt_at LIMIT ?"_qs,
                      {i64(now), limit});
    while (r.next())
        out.push_back(fromRow(r));
    return out;
}

void NidCallStore::setToken(Db& db, const std::string& id, const std::string& tokenHash,
                            std::int64_t expiresAt)
{
    db.execute(QStringLiteral("UPDATE nid_calls SET token_hash = ?, token_expires_at = ? WHERE "
                              "id = ?"),
               {q(tokenHash), i64(expiresAt), q(id)});
}

void NidCallStore::record(Db& db, const std::string& id, const NidAttempt& a)
{
    const bool finished = a.state == "accepted" || a.state == "rejected";
    db.execute(
        QStringLiteral("UPDATE nid_calls SET state = ?, attempts = ?, next_attempt_at = "
                       "?, last_status = ?, last_error = ?, national_id = ?, reason = ?, "
                       "finished_at = ?, token_hash = CASE WHEN ? = 1 THEN '' ELSE token_hash "
                       "END WHERE id = ? AND state IN ('pending', 'awaiting', 'dead')"),
        {q(a.state), a.attempts, i64(a.nextAttemptAt), static_cast<int>(a.status), q(a.error),
         q(a.nationalId), q(a.reason), i64(finished ? a.at : 0), finished ? 1 : 0, q(id)});
}

std::optional<NidCall> NidCallStore::awaitingByToken(Db& db, const std::string& tokenHash,
                                                     std::int64_t now)
{
    Rows r = db.query(u"SELECT "_qs + kColumns +
                          u" FROM nid_calls WHERE token_hash = ? AND token_hash <> '' AND state "
                          u"IN ('awaiting', 'pending') AND token_expires_at > ?"_qs +
                          db.forUpdate(),
                      {q(tokenHash), i64(now)});
    if (!r.next())
        return std::nullopt;
    return fromRow(r);
}

int NidCallStore::openCalls(Db& db, const std::string& recordId)
{
    return static_cast<int>(
        db.scalarInt(QStringLiteral("SELECT COUNT(*) FROM nid_calls WHERE record_id = ? AND "
                                    "state IN ('pending', 'awaiting')"),
                     {q(recordId)})
            .value_or(0));
}

json NidCallStore::list(Db& db, const std::string& state, int limit)
{
    json out = json::array();
    Rows r = db.query(QStringLiteral("SELECT id, record_id, hook, state, attempts, created_at, "
                                     "last_status, last_error, national_id, reason FROM "
                                     "nid_calls WHERE (? = '' AND state IN ('pending', "
                                     "'awaiting', 'dead')) OR state = ? ORDER BY created_at "
                                     "DESC LIMIT ?"),
                      {q(state), q(state), limit});
    while (r.next())
        out.push_back({{"call_id", r.text(0)},
                       {"record_id", r.text(1)},
                       {"hook", r.text(2)},
                       {"state", r.text(3)},
                       {"attempts", r.i64(4)},
                       {"created_at", r.i64(5)},
                       {"last_status", r.i64(6)},
                       {"last_error", r.text(7)},
                       {"national_id", r.text(8)},
                       {"reason", r.text(9)}});
    return out;
}

int NidCallStore::replay(Db& db, const std::string& id, std::int64_t now)
{
    Transaction tx(db, nullptr);
    const int n = db.execute(QStringLiteral("UPDATE nid_calls SET state = 'pending', attempts = "
                                            "0, next_attempt_at = ?, created_at = ? WHERE state "
                                            "= 'dead' AND (id = ? OR ? = '')"),
                             {i64(now), i64(now), q(id), q(id)});
    tx.commit();
    return n;
}

std::int64_t NidCallStore::count(Db& db, const std::string& state)
{
    return db
        .scalarInt(QStringLiteral("SELECT COUNT(*) FROM nid_calls WHERE state = ?"), {q(state)})
        .value_or(0);
}

} // namespace vitalis::server::nid
