#include "sync/server/dedup/DedupKeyStore.h"

#include "sync/server/db/SqlValue.h"

#include <set>

namespace vitalis::server
{

using sql::q;

void DedupKeyStore::replace(Db& db, const std::string& recordId, const std::string& eventType,
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
    for (const std::string& k : wanted)
        if (!stored.count(k))
            db.execute(QStringLiteral("INSERT INTO dedup_keys (record_id, event_type, key) "
                                      "VALUES (?, ?, ?)"),
                       {q(recordId), q(eventType), q(k)});
}

std::vector<CandidateRow> DedupKeyStore::candidates(Db& db, const std::string& eventType,
                                                    const std::vector<std::string>& keys,
                                                    const std::string& exceptId, int limit)
{
    std::vector<CandidateRow> out;
    if (keys.empty())
        return out;
    QString marks;
    QVariantList params{q(eventType)};
    for (const std::string& k : keys) {
        marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        params.push_back(q(k));
    }
    params.push_back(q(exceptId));
    params.push_back(limit);
    // The index on (event_type, key) finds the ids; the records are read by primary key.
    Rows rows = db.query(
        QStringLiteral("SELECT r.id, r.tracking_id, r.office_id, r.status, r.fields FROM records r"
                       " WHERE r.id IN (SELECT k.record_id FROM dedup_keys k WHERE"
                       " k.event_type = ? AND k.key IN (%1)) AND r.id <> ?"
                       " AND r.status <> 'archived' ORDER BY r.id LIMIT ?")
            .arg(marks),
        params);
    while (rows.next()) {
        CandidateRow c{rows.text(0), rows.text(1), rows.text(2), rows.text(3),
                       nlohmann::json::parse(rows.text(4), nullptr, false)};
        if (!c.fields.is_object())
            c.fields = nlohmann::json::object();
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace vitalis::server
