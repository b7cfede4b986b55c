#include "sync/server/sync/PullService.h"

#include "sync/protocol/ProtocolVersion.h"
#include "sync/protocol/RecordText.h"
#include "sync/server/auth/Secrets.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/http/ApiError.h"
#include "sync/server/sync/PullCursor.h"

#include <set>
#include <unordered_map>

namespace vitalis::server
{

using protocol::ErrorCode;

namespace
{
using sql::i64;
using sql::q;
constexpr std::string_view kRecordScopes[] = {
    scope::Notify, scope::Declare, scope::Edit,    scope::Validate, scope::Register,
    scope::Reject, scope::Archive, scope::Certify, scope::Correct,
};

[[noreturn]] void resetRequired(std::string_view reason, const std::string& message)
{
    throw ApiError(ErrorCode::ResetRequired, message, {{"reason", reason}});
}

// The check stored in a log cursor: which change the row at `seq` was.
std::string rowCheck(Db& db, std::int64_t seq)
{
    if (seq == 0)
        return "0";
    Rows r =
        db.query(QStringLiteral("SELECT record_id, rev FROM change_log WHERE seq = ?"), {i64(seq)});
    if (!r.next())
        return "missing";
    return tokenDigest(r.text(0) + ":" + r.text(1)).substr(0, 12);
}

constexpr std::size_t kIdChunk = 64; // fixed IN-list size keeps the statement cache small
} // namespace

bool RecordScope::contains(const StoredRecord& r) const
{
    return contains(r.locationPath, r.record.createdBy, r.record.status);
}

bool RecordScope::contains(const std::string& locationPath, const std::string& createdBy,
                           RecordStatus status) const
{
    if (!seesRecords || pathPrefix.empty())
        return false;
    if (locationPath.compare(0, pathPrefix.size(), pathPrefix) != 0)
        return false;
    if (!ownOnlyUserId.empty() && createdBy != ownOnlyUserId)
        return false;
    return seesArchived || status != RecordStatus::Archived;
}

std::string PullPage::toJson() const
{
    return protocol::pullResponseText(changes, {cursor, hasMore, lastMutationId, referenceVersion});
}

RecordScope RecordScope::of(const AuthContext& auth, const DirectorySnapshot& dir)
{
    RecordScope s;
    const Role* role = dir.roles.find(auth.role);
    if (role)
        for (auto sc : kRecordScopes)
            if (role->has(sc))
                s.seesRecords = true;
    s.pathPrefix = dir.pathOf(auth.jurisdictionId);
    if (role && !role->has(scope::Search))
        s.ownOnlyUserId = auth.userId;
    s.seesArchived = role && role->has(scope::Archive);
    s.key = tokenDigest(auth.role + "|" + auth.jurisdictionId + "|" + s.pathPrefix + "|" +
                        s.ownOnlyUserId + "|" + (s.seesArchived ? "a" : "-") + "|" +
                        (s.seesRecords ? "r" : "-"))
                .substr(0, 12);
    return s;
}

PullService::PullService(DbPool& pool, Directory& directory) : pool_(pool), directory_(directory) {}

namespace
{
// Where the change log stands, read inside the page's snapshot.
struct LogState {
    std::string instance;   // database identity
    std::int64_t high = 0;  // last sequence number
    std::int64_t floor = 0; // compacted up to here
};

LogState logState(Db& db)
{
    LogState s;
    {
        Rows r =
            db.query(QStringLiteral("SELECT value FROM server_meta WHERE key = 'instance_id'"));
        if (r.next())
            s.instance = r.text(0);
    }
    s.high = db.scalarInt(QStringLiteral("SELECT value FROM counters WHERE name = 'change_seq'"))
                 .value_or(0);
    Rows r = db.query(QStringLiteral("SELECT value FROM server_meta WHERE key = 'log_floor'"));
    if (r.next())
        s.floor = r.value(0).toLongLong();
    return s;
}

// The request's cursor, or a reset with the reason it cannot be served.
PullCursor checkedCursor(Db& db, const std::string& text, const LogState& log,
                         const RecordScope& scope)
{
    if (text.empty())
        return {PullCursor::Mode::Snapshot, log.instance, log.high, "", scope.key};
    auto decoded = PullCursor::decode(text);
    if (!decoded || decoded->instance != log.instance)
        resetRequired(protocol::kResetUnknownCursor,
                      "this cursor was not issued by this database; download again");
    PullCursor cursor = *decoded;
    if (cursor.scope != scope.key)
        resetRequired(protocol::kResetScopeChanged,
                      "your role or jurisdiction changed; download your records again");
    if (cursor.seq > log.high)
        resetRequired(protocol::kResetCursorAhead,
                      "the cursor is ahead of the server (restored from a backup?)");
    if (cursor.mode == PullCursor::Mode::Log) {
        if (cursor.seq > 0 && cursor.seq <= log.floor)
            resetRequired(protocol::kResetLogCompacted,
                          "the change log before this cursor was compacted");
        if (rowCheck(db, cursor.seq) != cursor.after)
            resetRequired(protocol::kResetCursorAhead,
                          "the change log differs from when this cursor was issued "
                          "(restored from a backup?)");
    }
    return cursor;
}

// The next window of the primary key: how many ids it holds (scanLimit when full) and its
// last id. An index-only scan: no record is read.
struct KeyWindow {
    bool full = false;
    std::string last; // empty: nothing after the cursor
};

KeyWindow keyWindow(Db& db, const std::string& after, int scanLimit)
{
    Rows w = db.query(QStringLiteral("SELECT COUNT(*), MAX(id) FROM (SELECT id FROM records "
                                     "WHERE id > ? ORDER BY id LIMIT ?) s"),
                      {q(after), scanLimit});
    KeyWindow window;
    if (w.next()) {
        window.full = w.i64(0) == scanLimit;
        window.last = w.isNull(1) ? std::string() : w.text(1);
    }
    return window;
}

// In-scope records of one window of the primary key, at most limit + 1 of them. A range of
// the key, not a subquery with its own LIMIT: the subquery made SQLite copy every row of the
// window, fields and all, into a temporary B-tree to sort it again (a tenth of a pull).
std::vector<RecordStore::WireRow> snapshotRows(Db& db, const RecordScope& scope,
                                               const std::string& after, const KeyWindow& window,
                                               int limit)
{
    std::vector<RecordStore::WireRow> page;
    if (window.last.empty())
        return page;
    QString sql =
        u"SELECT "_qs + RecordStore::kWireColumns +
        u" FROM records w WHERE id > ? AND id <= ? AND substr(location_path, 1, ?) = ?"_qs;
    QVariantList params{q(after), q(window.last), static_cast<int>(scope.pathPrefix.size()),
                        q(scope.pathPrefix)};
    if (!scope.ownOnlyUserId.empty()) {
        sql += u" AND created_by = ?"_qs;
        params << q(scope.ownOnlyUserId);
    }
    if (!scope.seesArchived)
        sql += u" AND status <> 'archived'"_qs;
    sql += u" ORDER BY id LIMIT ?"_qs;
    params << limit + 1;
    Rows r = db.query(sql, params);
    while (r.next())
        page.push_back(RecordStore::wireRow(r));
    return page;
}

// A fresh device's snapshot: walk the primary key in windows of scanLimit ids and keep what is
// in scope. A plain "WHERE in-scope ORDER BY id LIMIT n" lets PostgreSQL's generic plan guess
// the scope filter rare and sort the whole table for every page (seconds at a million
// records); the window keeps every page an index range scan.
void snapshotPage(Db& db, const RecordScope& scope, int limit, std::int64_t high,
                  PullCursor& cursor, PullPage& resp)
{
    const int scanLimit = std::max(limit * 4, 1000);
    std::vector<RecordStore::WireRow> page;
    KeyWindow window;
    if (scope.seesRecords && !scope.pathPrefix.empty()) {
        window = keyWindow(db, cursor.after, scanLimit);
        page = snapshotRows(db, scope, cursor.after, window, limit);
    }
    const bool morePages = static_cast<int>(page.size()) > limit;
    if (morePages)
        page.resize(static_cast<std::size_t>(limit));
    resp.changes.reserve(page.size());
    for (const auto& w : page)
        resp.changes.push_back(protocol::upsertChangeText(w.json));
    if (morePages) {
        cursor.after = page.back().id;
        resp.hasMore = true;
    } else if (window.full) {
        cursor.after = window.last; // nothing more in scope in this window: skip it
        resp.hasMore = true;
    } else {
        cursor.mode = PullCursor::Mode::Log;
        cursor.after = rowCheck(db, cursor.seq);
        resp.hasMore = cursor.seq < high;
    }
}

// Current rows of the given records, by id (fixed-size IN lists).
std::unordered_map<std::string, RecordStore::WireRow>
currentRows(Db& db, const std::vector<std::string>& ids)
{
    std::unordered_map<std::string, RecordStore::WireRow> current;
    sql::forEachIdChunk(ids, kIdChunk, [&](const QString& marks, const QVariantList& params) {
        Rows r = db.query(u"SELECT "_qs + RecordStore::kWireColumns +
                              u" FROM records w WHERE w.id IN ("_qs + marks + u")"_qs,
                          params);
        while (r.next()) {
            RecordStore::WireRow w = RecordStore::wireRow(r);
            current.emplace(w.id, std::move(w));
        }
    });
    return current;
}

// Following the log: scan forward, keep rows in the jurisdiction, stop at `limit` records.
void logPage(Db& db, const RecordScope& scope, int limit, std::int64_t high, PullCursor& cursor,
             PullPage& resp)
{
    const std::int64_t scanLimit = std::min<std::int64_t>(std::int64_t{limit} * 10, 50000);
    std::vector<std::string> ids;
    std::set<std::string> seen;
    std::int64_t lastSeq = cursor.seq;
    {
        Rows r = db.query(QStringLiteral("SELECT seq, record_id, location_path FROM change_log "
                                         "WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?"),
                          {i64(cursor.seq), i64(high), i64(scanLimit)});
        while (r.next()) {
            const std::string path = r.text(2);
            const bool inJurisdiction =
                scope.seesRecords && !scope.pathPrefix.empty() &&
                path.compare(0, scope.pathPrefix.size(), scope.pathPrefix) == 0;
            if (inJurisdiction && !seen.count(r.text(1))) {
                if (static_cast<int>(ids.size()) == limit)
                    break; // this row starts the next page
                seen.insert(r.text(1));
                ids.push_back(r.text(1));
            }
            lastSeq = r.i64(0);
        }
    }
    const auto current = currentRows(db, ids);
    for (const auto& id : ids) {
        auto it = current.find(id);
        if (it != current.end() &&
            scope.contains(it->second.locationPath, it->second.createdBy, it->second.status))
            resp.changes.push_back(protocol::upsertChangeText(it->second.json));
        else
            resp.changes.push_back(protocol::removedChangeText(id));
    }
    cursor.seq = lastSeq;
    cursor.after = rowCheck(db, lastSeq);
    resp.hasMore = lastSeq < high;
}
} // namespace

PullPage PullService::pull(const AuthContext& auth, const protocol::PullRequest& request)
{
    Db& db = pool_.local();
    const auto dir = directory_.current(db);
    const RecordScope scope = RecordScope::of(auth, *dir);
    return withRetry([&] {
        // One snapshot for every query below (REPEATABLE READ on PostgreSQL, a read
        // transaction on SQLite): the page, its cursor and the watermark agree.
        Transaction tx(db, nullptr, Transaction::Mode::ReadSnapshot);
        PullPage resp;
        const LogState log = logState(db);
        resp.lastMutationId =
            db.scalarInt(QStringLiteral("SELECT last_mutation_id FROM devices WHERE user_id = ? "
                                        "AND device_id = ?"),
                         {q(auth.userId), q(auth.deviceId)})
                .value_or(0);
        resp.referenceVersion =
            db.scalarInt(QStringLiteral("SELECT value FROM counters WHERE name = "
                                        "'reference_version'"))
                .value_or(0);
        PullCursor cursor = checkedCursor(db, request.cursor, log, scope);
        if (cursor.mode == PullCursor::Mode::Snapshot)
            snapshotPage(db, scope, request.limit, log.high, cursor, resp);
        else
            logPage(db, scope, request.limit, log.high, cursor, resp);
        resp.cursor = cursor.encode();
        tx.commit();
        return resp;
    });
}

} // namespace vitalis::server
