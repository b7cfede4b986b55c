#include "sync/server/sync/PushService.h"

#include "sync/server/db/SqlValue.h"
#include "sync/server/http/ApiError.h"

#include <QElapsedTimer>
#include <functional>

namespace vitalis::server
{

using nlohmann::json;
using protocol::ErrorCode;
using protocol::OpOutcome;
using protocol::OpResult;

namespace
{
using sql::i64;
using sql::q;
// Multi-row INSERTs in chunks of a fixed size (one round trip per chunk; a fixed size keeps the
// prepared-statement cache small), the remainder row by row.
void insertRows(Db& db, const QString& head, const QString& tuple, std::size_t count,
                const std::function<QVariantList(std::size_t)>& row)
{
    constexpr std::size_t kChunk = 25;
    std::size_t i = 0;
    if (count >= kChunk) {
        QString sql = head;
        for (std::size_t k = 0; k < kChunk; ++k)
            sql += (k ? QStringLiteral(", ") : QString()) + tuple;
        for (; i + kChunk <= count; i += kChunk) {
            QVariantList params;
            for (std::size_t k = 0; k < kChunk; ++k)
                params += row(i + k);
            db.execute(sql, params);
        }
    }
    for (; i < count; ++i)
        db.execute(head + tuple, row(i));
}
} // namespace

PushService::PushService(DbPool& pool, Directory& directory, const Clock& clock, Metrics& metrics,
                         const RecordValidator& validator, const DuplicateCheck& duplicates,
                         const CertificateTemplates* templates)
    : pool_(pool), directory_(directory), clock_(clock), metrics_(metrics), validator_(validator),
      duplicates_(duplicates), templates_(templates), corrections_(validator)
{
    // SQLite has one writer anyway: joining concurrent batches into one commit saves a sync
    // per batch and lets 100 devices wait for one transaction instead of 100 in a row.
    if (pool_.settings().url.dialect == Dialect::Sqlite)
        writer_ = std::make_unique<GroupCommitWriter>(pool_);
}

void PushService::appendChangeLog(Db& db, const std::vector<ChangeRow>& rows, std::int64_t now)
{
    if (rows.empty())
        return;
    db.execute(QStringLiteral("UPDATE counters SET value = value + ? WHERE name = 'change_seq'"),
               {i64(static_cast<std::int64_t>(rows.size()))});
    const std::int64_t last =
        db.scalarInt(QStringLiteral("SELECT value FROM counters WHERE name = 'change_seq'"))
            .value_or(0);
    std::int64_t seq = last - static_cast<std::int64_t>(rows.size());
    insertRows(
        db,
        QStringLiteral("INSERT INTO change_log (seq, record_id, rev, location_path, "
                       "server_time) VALUES "),
        QStringLiteral("(?, ?, ?, ?, ?)"), rows.size(), [&](std::size_t i) {
            const ChangeRow& r = rows[i];
            return QVariantList{i64(++seq), q(r.recordId), i64(r.rev), q(r.locationPath), i64(now)};
        });
}

void PushService::commitWith(Db& db, const std::function<void(Db&)>& apply)
{
    if (writer_) {
        withRetry([&] { writer_->run(apply); });
        return;
    }
    withRetry([&] {
        Transaction tx(db, nullptr);
        apply(db);
        tx.commit();
    });
}

protocol::PushResponse PushService::push(const AuthContext& auth,
                                         const protocol::PushRequest& request)
{
    Db& db = pool_.local();
    const auto dir = directory_.current(db);
    const Prechecked prechecked = precheck(*dir, request);
    std::vector<std::string> fresh; // outcomes of ops applied for the first time
    protocol::PushResponse response;
    // Starts from scratch each time: withRetry and the group writer may run it again.
    const std::function<void(Db&)> apply = [&](Db& wdb) {
        fresh.clear();
        response = applyBatch(wdb, auth, *dir, request, prechecked, fresh);
    };
    QElapsedTimer timer;
    timer.start();
    // Released after the commit, so a later batch of the device that waited sees this one.
    PushSequencer::Ticket turn(sequencer_, auth.userId + '\n' + auth.deviceId,
                               request.ops.empty() ? 0 : request.ops.front().mutationId);
    for (;;) {
        turn.attempting();
        try {
            commitWith(db, apply);
            break;
        } catch (const ApiError& e) {
            if (e.code() != ErrorCode::MutationGap || !turn.awaitEarlier())
                throw;
        }
    }
    metrics_.recordDbTime(timer.nsecsElapsed() / 1e9);
    for (const auto& outcome : fresh)
        metrics_.recordOp(outcome);
    return response;
}

protocol::OpResult
PushService::applyExternal(const AuthContext& auth, const protocol::Op& op,
                           const std::function<void(Db&, const protocol::OpResult&)>& alongside)
{
    Db& db = pool_.local();
    const auto dir = directory_.current(db);
    protocol::PushRequest one;
    one.ops.push_back(op);
    const Prechecked prechecked = precheck(*dir, one);
    OpResult result;
    const std::function<void(Db&)> apply = [&](Db& wdb) {
        const std::int64_t now = clock_.nowMillis();
        std::vector<ChangeRow> changes;
        result = applyOne(wdb, auth, *dir, op, prechecked[0], now, changes);
        if (result.outcome == OpOutcome::Applied || result.outcome == OpOutcome::Merged) {
            appendChangeLog(wdb, changes, now);
            alongside(wdb, result);
        }
    };
    commitWith(db, apply);
    metrics_.recordOp(std::string(toString(result.outcome)));
    return result;
}

std::int64_t PushService::lockWatermark(Db& db, const AuthContext& auth)
{
    // The device row lock serialises pushes of one device (a retry racing the original).
    Rows r = db.query(u"SELECT last_mutation_id FROM devices WHERE user_id = ? AND "
                      u"device_id = ?"_qs +
                          db.forUpdate(),
                      {q(auth.userId), q(auth.deviceId)});
    if (!r.next())
        throw ApiError(ErrorCode::Unauthorized, "unknown device; log in again");
    return r.i64(0);
}

protocol::PushResponse PushService::applyBatch(Db& db, const AuthContext& auth,
                                               const DirectorySnapshot& dir,
                                               const protocol::PushRequest& request,
                                               const Prechecked& prechecked,
                                               std::vector<std::string>& fresh)
{
    const std::int64_t now = clock_.nowMillis();
    std::int64_t watermark = lockWatermark(db, auth);
    const std::int64_t first = request.ops.front().mutationId;
    if (first > watermark + 1)
        throw ApiError(ErrorCode::MutationGap,
                       "mutation ids must continue from " + std::to_string(watermark + 1) +
                           " but this batch starts at " + std::to_string(first),
                       {{"expected_mutation_id", watermark + 1}}, "/ops/0/mutation_id");
    protocol::PushResponse resp;
    std::vector<ChangeRow> changes;
    std::vector<const protocol::Op*> ledger; // ops applied now, results stored below
    for (std::size_t i = 0; i < request.ops.size(); ++i) {
        const protocol::Op& op = request.ops[i];
        if (op.mutationId <= watermark) {
            Rows r = db.query(QStringLiteral("SELECT result FROM op_results WHERE user_id = "
                                             "? AND device_id = ? AND mutation_id = ?"),
                              {q(auth.userId), q(auth.deviceId), i64(op.mutationId)});
            if (!r.next())
                throw std::runtime_error("result ledger has no entry for mutation " +
                                         std::to_string(op.mutationId));
            resp.results.push_back(protocol::decodeOpResult(json::parse(r.text(0)), ""));
            continue;
        }
        OpResult result = applyOne(db, auth, dir, op, prechecked[i], now, changes);
        ledger.push_back(&op);
        watermark = op.mutationId;
        fresh.emplace_back(toString(result.outcome));
        resp.results.push_back(std::move(result));
    }
    // The result ledger, in the same transaction as the ops' effects.
    const std::size_t firstNew = resp.results.size() - ledger.size();
    insertRows(db,
               QStringLiteral("INSERT INTO op_results (user_id, device_id, mutation_id, "
                              "record_id, outcome, result, created_at) VALUES "),
               QStringLiteral("(?, ?, ?, ?, ?, ?, ?)"), ledger.size(), [&](std::size_t i) {
                   const OpResult& res = resp.results[firstNew + i];
                   return QVariantList{q(auth.userId),
                                       q(auth.deviceId),
                                       i64(ledger[i]->mutationId),
                                       q(ledger[i]->recordId),
                                       q(std::string(toString(res.outcome))),
                                       q(protocol::encodeOpResult(res).dump()),
                                       i64(now)};
               });
    db.execute(QStringLiteral("UPDATE devices SET last_mutation_id = ?, last_seen_at = ? "
                              "WHERE user_id = ? AND device_id = ?"),
               {i64(watermark), i64(now), q(auth.userId), q(auth.deviceId)});
    appendChangeLog(db, changes, now);
    resp.lastMutationId = watermark;
    return resp;
}

} // namespace vitalis::server
