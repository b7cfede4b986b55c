#include "sync/server/dedup/DedupKeyStore.h"

#include "sync/server/db/SqlValue.h"

#include <optional>
#include <set>

namespace vitalis::server
{

using sql::q;

void DedupKeyStore::replace(Db& db, const std::string& recordId, const std::string& eventType,
                            const std::vector<std::string>& keys, const std::string& matchFields,
                            bool fresh)
{
    if (fresh) { // a record's first write: two statements, nothing to compare with
        db.execute(QStringLiteral("INSERT INTO dedup_fields (record_id, fields) VALUES (?, ?)"),
                   {q(recordId), q(matchFields)});
        return insertKeys(db, recordId, eventType, keys);
    }
    // Read first: an edit that leaves the rules' fields alone costs a read. (No upsert: a
    // process that also loads SQLCipher's older SQLite, such as dedup-search, lacks it.)
    std::optional<std::string> stored;
    {
        Rows rows = db.query(QStringLiteral("SELECT fields FROM dedup_fields WHERE record_id = ?"),
                             {q(recordId)});
        if (rows.next())
            stored = rows.text(0);
    }
    if (!stored)
        db.execute(QStringLiteral("INSERT INTO dedup_fields (record_id, fields) VALUES (?, ?)"),
                   {q(recordId), q(matchFields)});
    else if (*stored != matchFields)
        db.execute(QStringLiteral("UPDATE dedup_fields SET fields = ? WHERE record_id = ?"),
                   {q(matchFields), q(recordId)});
    replaceKeys(db, recordId, eventType, keys);
}

void DedupKeyStore::replaceKeys(Db& db, const std::string& recordId, const std::string& eventType,
                                const std::vector<std::string>& keys)
{
    std::set<std::string> wanted(keys.begin(), keys.end());
    std::set<std::string> stored;
    Rows rows =
        db.query(QStringLiteral("SELECT key FROM dedup_keys WHERE record_id = ?"), {q(recordId)});
    while (rows.next())
        stored.insert(rows.text(0));
    // Only the difference is written: an edit that leaves names and dates alone costs a read.
    for (const std::string& k : stored)
        if (!wanted.count(k))
            db.execute(QStringLiteral("DELETE FROM dedup_keys WHERE record_id = ? AND key = ?"),
                       {q(recordId), q(k)});
    std::vector<std::string> added;
    for (const std::string& k : wanted)
        if (!stored.count(k))
            added.push_back(k);
    insertKeys(db, recordId, eventType, added);
}

void DedupKeyStore::insertKeys(Db& db, const std::string& recordId, const std::string& eventType,
                               const std::vector<std::string>& keys)
{
    // One statement for a record's few keys (each statement is a round trip on PostgreSQL);
    // duplicates in `keys` are written once.
    const std::set<std::string> unique(keys.begin(), keys.end());
    if (unique.empty())
        return;
    QString sql = QStringLiteral("INSERT INTO dedup_keys (record_id, event_type, key) VALUES ");
    QVariantList params;
    for (const std::string& k : unique) {
        sql += params.isEmpty() ? u"(?, ?, ?)"_qs : u", (?, ?, ?)"_qs;
        params << q(recordId) << q(eventType) << q(k);
    }
    db.execute(sql, params);
}

std::vector<CandidateRow> DedupKeyStore::candidates(Db& db, const std::string& eventType,
                                                    const std::vector<std::string>& keys,
                                                    const std::string& exceptId, int limit,
                                                    std::vector<std::string>* common)
{
    // Key by key on the (event_type, key) index. A key shared by more than `limit` records
    // (a very common mother's name in one year) tells nothing and is skipped, so it cannot
    // crowd out the records a selective key (the child's name and year) finds.
    // One statement per key, on the index alone: the count, and the ids joined in one row
    // (group_concat / string_agg) only when the key is selective. A common key costs its count
    // once; the caller remembers it (CommonKeys) and does not ask again for a while.
    const QString sql =
        QStringLiteral("SELECT count(*), CASE WHEN count(*) <= ? THEN %1 END FROM (SELECT"
                       " record_id FROM dedup_keys WHERE event_type = ? AND key = ? LIMIT ?) s")
            .arg(db.isPostgres() ? QStringLiteral("string_agg(record_id, ' ')")
                                 : QStringLiteral("group_concat(record_id, ' ')"));
    std::set<std::string> ids;
    for (const std::string& k : keys) {
        Rows rows = db.query(sql, {limit, q(eventType), q(k), limit + 1});
        if (!rows.next())
            continue;
        if (rows.i64(0) > limit) {
            if (common)
                common->push_back(k);
            continue;
        }
        const std::string joined = rows.isNull(1) ? std::string() : rows.text(1);
        for (std::size_t at = 0; at < joined.size();) {
            const std::size_t end = std::min(joined.find(' ', at), joined.size());
            if (std::string id = joined.substr(at, end - at); !id.empty() && id != exceptId)
                ids.insert(std::move(id));
            at = end + 1;
        }
    }
    // The records by primary key, a fixed number of ids per statement (one cached statement).
    constexpr int kChunk = 50;
    std::vector<CandidateRow> out;
    const std::vector<std::string> all(ids.begin(), ids.end());
    for (std::size_t i = 0; i < all.size(); i += kChunk) {
        QVariantList params;
        QString marks;
        for (int j = 0; j < kChunk; ++j) {
            marks += j ? QStringLiteral(", ?") : QStringLiteral("?");
            params.push_back(i + j < all.size() ? q(all[i + j]) : QString());
        }
        Rows rows = db.query(
            QStringLiteral("SELECT r.id, r.tracking_id, r.office_id, r.status, d.fields FROM"
                           " records r JOIN dedup_fields d ON d.record_id = r.id"
                           " WHERE r.id IN (%1) AND r.status <> 'archived'")
                .arg(marks),
            params);
        while (rows.next()) {
            CandidateRow c{rows.text(0), rows.text(1), rows.text(2), rows.text(3),
                           nlohmann::json::parse(rows.text(4), nullptr, false)};
            if (!c.fields.is_object())
                c.fields = nlohmann::json::object();
            out.push_back(std::move(c));
        }
    }
    return out;
}

} // namespace vitalis::server
