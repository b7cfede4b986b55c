#include "sync/server/dedup/DuplicateFlagStore.h"

#include "sync/server/db/SqlValue.h"

#include <algorithm>

namespace vitalis::server
{

using nlohmann::json;
using sql::i64;
using sql::q;

namespace
{
const QString kColumns = QStringLiteral(
    "f.record_id, f.status, f.candidates, f.dismissed, f.device_candidates, f.device_note,"
    " f.flagged_at, f.updated_at, f.decided_by, f.decided_at, f.decision_reason, f.original_id");

std::vector<std::string> stringList(const std::string& text)
{
    const json j = json::parse(text, nullptr, false);
    std::vector<std::string> out;
    if (j.is_array())
        for (const auto& v : j)
            if (v.is_string())
                out.push_back(v.get<std::string>());
    return out;
}

DuplicateFlag fromRow(const Rows& r)
{
    DuplicateFlag f;
    f.recordId = r.text(0);
    f.status = r.text(1);
    f.candidates = json::parse(r.text(2), nullptr, false);
    if (!f.candidates.is_array())
        f.candidates = json::array();
    f.dismissed = stringList(r.text(3));
    f.deviceCandidates = stringList(r.text(4));
    f.deviceNote = r.text(5);
    f.flaggedAt = r.i64(6);
    f.updatedAt = r.i64(7);
    f.decidedBy = r.text(8);
    f.decidedAt = r.i64(9);
    f.decisionReason = r.text(10);
    f.originalId = r.text(11);
    return f;
}
} // namespace

std::optional<DuplicateFlag> DuplicateFlagStore::load(Db& db, const std::string& recordId)
{
    Rows r = db.query(
        QStringLiteral("SELECT %1 FROM duplicate_flags f WHERE f.record_id = ?").arg(kColumns),
        {q(recordId)});
    if (!r.next())
        return std::nullopt;
    return fromRow(r);
}

std::set<std::string> DuplicateFlagStore::dismissing(Db& db,
                                                     const std::vector<std::string>& recordIds,
                                                     const std::string& other)
{
    std::set<std::string> out;
    sql::forEachIdChunk(recordIds, 32, [&](const QString& marks, const QVariantList& params) {
        Rows r =
            db.query(u"SELECT record_id, dismissed FROM duplicate_flags WHERE record_id IN ("_qs +
                         marks + u")"_qs,
                     params);
        while (r.next()) {
            const auto ids = stringList(r.text(1));
            if (std::find(ids.begin(), ids.end(), other) != ids.end())
                out.insert(r.text(0));
        }
    });
    return out;
}

void DuplicateFlagStore::save(Db& db, const DuplicateFlag& f)
{
    // Delete + insert: the same two statements on SQLite and PostgreSQL, inside the op's
    // savepoint, so a refused op leaves the previous verdict.
    db.execute(QStringLiteral("DELETE FROM duplicate_flags WHERE record_id = ?"), {q(f.recordId)});
    db.execute(QStringLiteral("INSERT INTO duplicate_flags (record_id, status, candidates,"
                              " dismissed, device_candidates, device_note, flagged_at,"
                              " updated_at, decided_by, decided_at, decision_reason, original_id)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {q(f.recordId), q(f.status), q(f.candidates.dump()), q(json(f.dismissed).dump()),
                q(json(f.deviceCandidates).dump()), q(f.deviceNote), i64(f.flaggedAt),
                i64(f.updatedAt), q(f.decidedBy), i64(f.decidedAt), q(f.decisionReason),
                q(f.originalId)});
}

std::vector<DuplicateFlag> DuplicateFlagStore::openUnder(Db& db, const std::string& pathPrefix,
                                                         int limit)
{
    Rows r = db.query(QStringLiteral("SELECT %1 FROM duplicate_flags f JOIN records r ON r.id ="
                                     " f.record_id WHERE f.status = 'open' AND"
                                     " substr(r.location_path, 1, ?) = ?"
                                     " ORDER BY f.flagged_at, f.record_id LIMIT ?")
                          .arg(kColumns),
                      {static_cast<int>(pathPrefix.size()), q(pathPrefix), limit});
    std::vector<DuplicateFlag> out;
    while (r.next())
        out.push_back(fromRow(r));
    return out;
}

} // namespace vitalis::server
