#include "sync/server/sync/CorrectionStore.h"

#include "sync/server/db/SqlValue.h"

namespace vitalis::server
{

using nlohmann::json;
using sql::i64;
using sql::q;

namespace
{
const QString kColumns = QStringLiteral(
    "c.id, c.record_id, c.changes, c.reason_code, c.reason, c.documents, c.requested_by, "
    "c.requested_device, c.requested_at, c.mutation_id, c.base_rev, c.request_rev, c.status, "
    "c.decided_by, c.decided_at, c.decision_reason, c.decided_rev, c.conflict_id");

json parseOr(const std::string& text, json fallback)
{
    json j = json::parse(text, nullptr, false);
    return j.is_discarded() ? fallback : j;
}

CorrectionRequest fromRow(const Rows& r)
{
    CorrectionRequest c;
    c.id = r.text(0);
    c.recordId = r.text(1);
    c.changes = FieldChanges::fromJson(parseOr(r.text(2), json::object()));
    c.reasonCode = r.text(3);
    c.reason = r.text(4);
    c.documents = parseOr(r.text(5), json::array());
    c.requestedBy = r.text(6);
    c.requestedDevice = r.text(7);
    c.requestedAt = r.i64(8);
    c.mutationId = r.i64(9);
    c.baseRev = r.i64(10);
    c.requestRev = r.i64(11);
    c.status = r.text(12);
    c.decidedBy = r.isNull(13) ? std::string() : r.text(13);
    c.decidedAt = r.isNull(14) ? 0 : r.i64(14);
    c.decisionReason = r.text(15);
    c.decidedRev = r.isNull(16) ? 0 : r.i64(16);
    c.conflictId = r.isNull(17) ? std::string() : r.text(17);
    return c;
}

std::vector<CorrectionRequest> all(Rows r)
{
    std::vector<CorrectionRequest> out;
    while (r.next())
        out.push_back(fromRow(r));
    return out;
}

QVariant nullableText(const std::string& s)
{
    return s.empty() ? QVariant() : QVariant(q(s));
}

QVariant nullableInt(std::int64_t v)
{
    return v == 0 ? QVariant() : i64(v);
}
} // namespace

json CorrectionRequest::toJson() const
{
    json fields = json::object();
    for (const auto& [field, change] : changes)
        fields[field] = {{"old", change.base}, {"new", change.value}};
    json j = {{"id", id},
              {"record_id", recordId},
              {"changes", std::move(fields)},
              {"reason_code", reasonCode},
              {"reason", reason},
              {"documents", documents},
              {"requested_by", requestedBy},
              {"requested_device", requestedDevice},
              {"requested_at", requestedAt},
              {"base_rev", baseRev},
              {"request_rev", requestRev},
              {"status", status}};
    if (!decidedBy.empty()) {
        j["decided_by"] = decidedBy;
        j["decided_at"] = decidedAt;
        j["decision_reason"] = decisionReason;
        j["decided_rev"] = decidedRev;
    }
    if (!conflictId.empty())
        j["conflict_id"] = conflictId;
    return j;
}

void CorrectionStore::insert(Db& db, const CorrectionRequest& c)
{
    db.execute(QStringLiteral("INSERT INTO correction_requests (id, record_id, changes, "
                              "reason_code, reason, documents, requested_by, requested_device, "
                              "requested_at, mutation_id, base_rev, request_rev, status, "
                              "decided_by, decided_at, decision_reason, decided_rev, conflict_id) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {q(c.id), q(c.recordId), q(c.changes.toJson().dump()), q(c.reasonCode), q(c.reason),
                q(c.documents.dump()), q(c.requestedBy), q(c.requestedDevice), i64(c.requestedAt),
                i64(c.mutationId), i64(c.baseRev), i64(c.requestRev), q(c.status),
                nullableText(c.decidedBy), nullableInt(c.decidedAt), q(c.decisionReason),
                nullableInt(c.decidedRev), nullableText(c.conflictId)});
}

std::optional<CorrectionRequest> CorrectionStore::load(Db& db, const std::string& id)
{
    Rows r = db.query(u"SELECT "_qs + kColumns + u" FROM correction_requests c WHERE c.id = ?"_qs,
                      {q(id)});
    if (!r.next())
        return std::nullopt;
    return fromRow(r);
}

void CorrectionStore::saveDecision(Db& db, const CorrectionRequest& c)
{
    db.execute(QStringLiteral("UPDATE correction_requests SET status = ?, decided_by = ?, "
                              "decided_at = ?, decision_reason = ?, decided_rev = ?, "
                              "conflict_id = ? WHERE id = ?"),
               {q(c.status), nullableText(c.decidedBy), nullableInt(c.decidedAt),
                q(c.decisionReason), nullableInt(c.decidedRev), nullableText(c.conflictId),
                q(c.id)});
}

std::optional<CorrectionRequest> CorrectionStore::byConflict(Db& db, const std::string& conflictId)
{
    Rows r = db.query(u"SELECT "_qs + kColumns +
                          u" FROM correction_requests c WHERE c.conflict_id = ?"_qs,
                      {q(conflictId)});
    if (!r.next())
        return std::nullopt;
    return fromRow(r);
}

std::vector<CorrectionRequest> CorrectionStore::forRecord(Db& db, const std::string& recordId)
{
    return all(db.query(u"SELECT "_qs + kColumns +
                            u" FROM correction_requests c WHERE c.record_id = ? "
                            u"ORDER BY c.requested_at, c.id"_qs,
                        {q(recordId)}));
}

std::vector<CorrectionRequest> CorrectionStore::openIn(Db& db, const std::string& pathPrefix,
                                                       std::size_t limit)
{
    return all(db.query(u"SELECT "_qs + kColumns +
                            u" FROM correction_requests c JOIN records rec ON rec.id = "
                            u"c.record_id WHERE c.status IN ('open', 'conflict') AND "
                            u"substr(rec.location_path, 1, ?) = ? ORDER BY c.requested_at, c.id "
                            u"LIMIT "_qs +
                            QString::number(limit),
                        {static_cast<int>(pathPrefix.size()), q(pathPrefix)}));
}

} // namespace vitalis::server
