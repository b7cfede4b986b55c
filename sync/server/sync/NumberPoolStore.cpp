#include "sync/server/sync/NumberPoolStore.h"

#include "sync/server/db/SqlValue.h"

namespace vitalis::server
{

using sql::i64;
using sql::q;

namespace
{
const QString kBlockColumns =
    QStringLiteral("id, office_id, year, device_id, user_id, first_seq, last_seq, used, "
                   "issued_at, expires_at, status");
const QString kVoidColumns =
    QStringLiteral("number, office_id, year, seq, kind, record_id, device_id, user_id, reason, at");

NumberBlock blockOf(const Rows& r)
{
    NumberBlock b;
    b.id = r.text(0);
    b.officeId = r.text(1);
    b.year = static_cast<int>(r.i64(2));
    b.deviceId = r.text(3);
    b.userId = r.text(4);
    b.firstSeq = r.i64(5);
    b.lastSeq = r.i64(6);
    b.used = r.i64(7);
    b.issuedAt = r.i64(8);
    b.expiresAt = r.i64(9);
    b.status = r.text(10);
    return b;
}

NumberVoid voidOf(const Rows& r)
{
    NumberVoid v;
    v.number = r.text(0);
    v.officeId = r.text(1);
    v.year = static_cast<int>(r.i64(2));
    v.seq = r.i64(3);
    v.kind = r.text(4);
    v.recordId = r.isNull(5) ? std::string() : r.text(5);
    v.deviceId = r.text(6);
    v.userId = r.text(7);
    v.reason = r.text(8);
    v.at = r.i64(9);
    return v;
}

std::vector<NumberBlock> blocks(Rows r)
{
    std::vector<NumberBlock> out;
    while (r.next())
        out.push_back(blockOf(r));
    return out;
}

std::vector<NumberVoid> voids(Rows r)
{
    std::vector<NumberVoid> out;
    while (r.next())
        out.push_back(voidOf(r));
    return out;
}
} // namespace

std::vector<NumberBlock> NumberPoolStore::activeOf(Db& db, const std::string& deviceId,
                                                   const std::string& userId)
{
    return blocks(db.query(u"SELECT "_qs + kBlockColumns +
                               u" FROM number_blocks WHERE device_id = ? AND user_id = ? AND "
                               u"status = 'active' ORDER BY year, first_seq"_qs,
                           {q(deviceId), q(userId)}));
}

std::optional<NumberBlock> NumberPoolStore::holding(Db& db, const std::string& officeId, int year,
                                                    std::int64_t seq)
{
    Rows r = db.query(u"SELECT "_qs + kBlockColumns +
                          u" FROM number_blocks WHERE office_id = ? AND year = ? AND first_seq "
                          u"<= ? AND last_seq >= ?"_qs +
                          db.forUpdate(),
                      {q(officeId), year, i64(seq), i64(seq)});
    if (!r.next())
        return std::nullopt;
    return blockOf(r);
}

void NumberPoolStore::insert(Db& db, const NumberBlock& b)
{
    db.execute(QStringLiteral("INSERT INTO number_blocks (id, office_id, year, device_id, "
                              "user_id, first_seq, last_seq, used, issued_at, expires_at, status) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {q(b.id), q(b.officeId), b.year, q(b.deviceId), q(b.userId), i64(b.firstSeq),
                i64(b.lastSeq), i64(b.used), i64(b.issuedAt), i64(b.expiresAt), q(b.status)});
}

bool NumberPoolStore::insertMissing(Db& db, const NumberBlock& b)
{
    if (db.scalarInt(QStringLiteral("SELECT COUNT(*) FROM number_blocks WHERE id = ?"), {q(b.id)})
            .value_or(0) > 0)
        return false;
    insert(db, b);
    return true;
}

void NumberPoolStore::countUse(Db& db, const std::string& blockId)
{
    db.execute(QStringLiteral("UPDATE number_blocks SET used = used + 1 WHERE id = ?"),
               {q(blockId)});
}

void NumberPoolStore::close(Db& db, const std::string& blockId, std::int64_t now)
{
    db.execute(QStringLiteral("UPDATE number_blocks SET status = 'closed', closed_at = ? WHERE "
                              "id = ?"),
               {i64(now), q(blockId)});
}

std::vector<NumberBlock> NumberPoolStore::expiredActive(Db& db, std::int64_t expiredBefore)
{
    return blocks(db.query(u"SELECT "_qs + kBlockColumns +
                               u" FROM number_blocks WHERE status = 'active' AND expires_at < ? "
                               u"ORDER BY id"_qs +
                               db.forUpdate(),
                           {i64(expiredBefore)}));
}

std::vector<NumberBlock> NumberPoolStore::all(Db& db)
{
    return blocks(db.query(u"SELECT "_qs + kBlockColumns +
                           u" FROM number_blocks ORDER BY office_id, year, first_seq"_qs));
}

void NumberPoolStore::addVoid(Db& db, const NumberVoid& v)
{
    db.execute(u"INSERT INTO number_voids ("_qs + kVoidColumns +
                   u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs,
               {q(v.number), q(v.officeId), v.year, i64(v.seq), q(v.kind),
                v.recordId.empty() ? QVariant() : QVariant(q(v.recordId)), q(v.deviceId),
                q(v.userId), q(v.reason), i64(v.at)});
}

void NumberPoolStore::addVoids(Db& db, const std::vector<NumberVoid>& voids)
{
    for (const auto& v : voids)
        addVoid(db, v);
}

bool NumberPoolStore::isVoidedBy(Db& db, const std::string& number, const std::string& deviceId)
{
    return db.scalarInt(QStringLiteral("SELECT COUNT(*) FROM number_voids WHERE number = ? AND "
                                       "device_id = ?"),
                        {q(number), q(deviceId)})
               .value_or(0) > 0;
}

std::set<std::int64_t> NumberPoolStore::voidedSeqs(Db& db, const std::string& officeId, int year,
                                                   std::int64_t first, std::int64_t last,
                                                   const std::string& deviceId)
{
    Rows r = db.query(QStringLiteral("SELECT seq FROM number_voids WHERE office_id = ? AND year "
                                     "= ? AND seq BETWEEN ? AND ? AND device_id = ?"),
                      {q(officeId), year, i64(first), i64(last), q(deviceId)});
    std::set<std::int64_t> out;
    while (r.next())
        out.insert(r.i64(0));
    return out;
}

std::vector<NumberVoid> NumberPoolStore::voidsOfRecord(Db& db, const std::string& recordId)
{
    return voids(db.query(u"SELECT "_qs + kVoidColumns +
                              u" FROM number_voids WHERE record_id = ? ORDER BY at, number"_qs,
                          {q(recordId)}));
}

std::vector<NumberVoid> NumberPoolStore::voidsSince(Db& db, const std::string& kind,
                                                    std::int64_t since, int limit)
{
    return voids(db.query(u"SELECT "_qs + kVoidColumns +
                              u" FROM number_voids WHERE kind = ? AND at >= ? ORDER BY at, "
                              u"number LIMIT "_qs +
                              QString::number(limit),
                          {q(kind), i64(since)}));
}

std::int64_t NumberPoolStore::countVoids(Db& db, const std::string& kind)
{
    return db
        .scalarInt(QStringLiteral("SELECT COUNT(*) FROM number_voids WHERE kind = ?"), {q(kind)})
        .value_or(0);
}

std::vector<std::string> NumberPoolStore::voidedNumbers(Db& db)
{
    Rows r = db.query(QStringLiteral("SELECT DISTINCT number FROM number_voids WHERE kind = "
                                     "'voided' ORDER BY number"));
    std::vector<std::string> out;
    while (r.next())
        out.push_back(r.text(0));
    return out;
}

} // namespace vitalis::server
