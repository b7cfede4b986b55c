#include "sync/server/interop/SearchService.h"

#include "core/TrackingId.h"
#include "sync/server/auth/AuthService.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/http/ApiError.h"
#include "sync/server/interop/ClientRecordView.h"
#include "sync/server/interop/KeyedSearch.h"
#include "sync/server/interop/SearchCriteria.h"

#include <QDate>
#include <QDateTime>
#include <algorithm>
#include <map>

namespace vitalis::server
{

using nlohmann::json;
using protocol::ErrorCode;

namespace
{
using sql::i64;
using sql::q;

using criteria::refuse;
using criteria::text;

std::int64_t integer(const json& query, const char* member, std::int64_t fallback, std::int64_t min,
                     std::int64_t max)
{
    if (!query.contains(member))
        return fallback;
    if (!query[member].is_number_integer() || query[member].get<std::int64_t>() < min ||
        query[member].get<std::int64_t>() > max)
        refuse(member, std::string(member) + " must be an integer from " + std::to_string(min) +
                           " to " + std::to_string(max));
    return query[member].get<std::int64_t>();
}

// "YYYY-MM-DD" -> unix ms at the start of that UTC day (`endOfDay`: of the next day).
std::optional<std::int64_t> day(const json& query, const char* member, bool endOfDay)
{
    const auto t = text(query, member);
    if (!t)
        return std::nullopt;
    const QDate d = QDate::fromString(QString::fromStdString(*t), Qt::ISODate);
    if (!d.isValid())
        refuse(member, std::string(member) + " must be a date YYYY-MM-DD");
    return QDateTime(endOfDay ? d.addDays(1) : d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

// The WHERE clause and its parameters; the caller's jurisdiction and events always apply.
struct Where {
    QString sql;
    QVariantList params;
    std::string pathPrefix; // the client's jurisdiction
    void add(const QString& clause, const QVariantList& p)
    {
        sql += u" AND "_qs + clause;
        params += p;
    }
};

Where conditions(Db& db, const ClientContext& client, const json& query)
{
    Where w;
    w.sql = QStringLiteral("location_path LIKE ?");
    Rows loc = db.query(QStringLiteral("SELECT path FROM locations WHERE id = ?"),
                        {q(client.client.jurisdictionId)});
    w.pathPrefix = loc.next() ? loc.text(0) : std::string("/nowhere/");
    w.params << q(w.pathPrefix + "%");
    QString events;
    for (const auto& e : client.client.events) {
        events += events.isEmpty() ? u"?"_qs : u", ?"_qs;
        w.params << q(e);
    }
    w.sql += events.isEmpty() ? u" AND 1 = 0"_qs : u" AND event_type IN ("_qs + events + u")"_qs;
    if (const auto t = text(query, "tracking_id")) {
        const auto parsed = tracking_id::parse(*t);
        if (!parsed.id)
            refuse("tracking_id", "tracking_id: " + parsed.error);
        w.add(QStringLiteral("tracking_id = ?"), {q(*parsed.id)});
    }
    if (const auto t = text(query, "registration_number"))
        w.add(QStringLiteral("registration_number = ?"), {q(*t)});
    if (const auto t = text(query, "event"))
        w.add(QStringLiteral("event_type = ?"), {q(*t)});
    if (const auto t = text(query, "status"))
        w.add(QStringLiteral("status = ?"), {q(*t)});
    if (const auto t = text(query, "office_id"))
        w.add(QStringLiteral("office_id = ?"), {q(*t)});
    if (const auto t = text(query, "place"))
        w.add(QStringLiteral("location_path LIKE ?"), {q("%/" + *t + "/%")});
    if (const auto from = day(query, "declared_from", false))
        w.add(QStringLiteral("created_at >= ?"), {i64(*from)});
    if (const auto to = day(query, "declared_to", true))
        w.add(QStringLiteral("created_at < ?"), {i64(*to)});
    return w;
}

// The records among `ids` that meet `w`, in the order of `ids` (the keyed search's order).
std::vector<StoredRecord> recordsAmong(Db& db, const Where& w, const std::vector<std::string>& ids)
{
    QVariantList params = w.params;
    QString marks;
    for (const auto& id : ids) {
        marks += marks.isEmpty() ? u"?"_qs : u", ?"_qs;
        params << q(id);
    }
    Rows r = db.query(u"SELECT "_qs + RecordStore::kColumns + u" FROM records WHERE "_qs + w.sql +
                          u" AND id IN ("_qs + marks + u")"_qs,
                      params);
    std::map<std::string, StoredRecord> byId;
    while (r.next()) {
        StoredRecord s = RecordStore::fromRow(r);
        byId.emplace(s.record.id, std::move(s));
    }
    std::vector<StoredRecord> out;
    for (const auto& id : ids)
        if (auto it = byId.find(id); it != byId.end())
            out.push_back(std::move(it->second));
    return out;
}

const char* const kMembers[] = {
    "tracking_id", "registration_number", "event",       "status", "office_id",
    "place",       "declared_from",       "declared_to", "name",   "name_match",
    "name_field",  "national_id",         "offset",      "limit"};
} // namespace

json SearchService::search(const ClientContext& client, const json& query)
{
    if (!query.is_object())
        throw ApiError(ErrorCode::InvalidRequest, "the body must be a JSON object of criteria");
    for (const auto& [member, value] : query.items())
        if (std::find_if(std::begin(kMembers), std::end(kMembers),
                         [&](const char* m) { return member == m; }) == std::end(kMembers))
            refuse(member, "unknown search criterion '" + member + "'");
    const std::int64_t offset = integer(query, "offset", 0, 0, 1000000);
    const std::int64_t limit = integer(query, "limit", 20, 1, kMaxLimit);
    const auto keyed = KeyedSearch::parse(query);
    Db& db = pool_.local();
    const Where w = conditions(db, client, query);
    json results = json::array();
    bool more = false;
    json touched = json::array();
    const auto take = [&](const StoredRecord& s) {
        if (static_cast<std::int64_t>(results.size()) == limit) {
            more = true;
            return false;
        }
        touched.push_back(s.record.id);
        results.push_back(clientRecordView(s, client.client.allowedFields));
        return true;
    };
    if (keyed) {
        std::int64_t skipped = 0;
        keyed->candidates(db, client, w.pathPrefix, [&](const std::vector<std::string>& ids) {
            for (const StoredRecord& s : recordsAmong(db, w, ids))
                if (skipped < offset)
                    ++skipped;
                else if (!take(s))
                    return false;
            return true;
        });
    } else {
        QVariantList params = w.params;
        params << i64(limit + 1) << i64(offset);
        Rows r = db.query(u"SELECT "_qs + RecordStore::kColumns + u" FROM records WHERE "_qs +
                              w.sql + u" ORDER BY created_at DESC, id LIMIT ? OFFSET ?"_qs,
                          params);
        while (r.next() && take(RecordStore::fromRow(r))) {
        }
    }
    audit(client, query, touched);
    return {{"results", results}, {"offset", offset}, {"limit", limit}, {"has_more", more}};
}

void SearchService::forEach(const ClientContext& client, const json& criteria,
                            const std::function<bool(const StoredRecord&)>& visit)
{
    if (!criteria.is_object())
        throw ApiError(ErrorCode::InvalidRequest, "the criteria must be a JSON object");
    for (const auto& [member, value] : criteria.items())
        if (member == "offset" || member == "limit" ||
            std::find_if(std::begin(kMembers), std::end(kMembers),
                         [&](const char* m) { return member == m; }) == std::end(kMembers))
            refuse(member, "unknown search criterion '" + member + "'");
    const auto keyed = KeyedSearch::parse(criteria);
    Db& db = pool_.local();
    const Where w = conditions(db, client, criteria);
    if (keyed) {
        keyed->candidates(db, client, w.pathPrefix, [&](const std::vector<std::string>& ids) {
            for (const StoredRecord& s : recordsAmong(db, w, ids))
                if (!visit(s))
                    return false;
            return true;
        });
        return;
    }
    Rows r = db.query(u"SELECT "_qs + RecordStore::kColumns + u" FROM records WHERE "_qs + w.sql +
                          u" ORDER BY created_at DESC, id"_qs,
                      w.params);
    while (r.next())
        if (!visit(RecordStore::fromRow(r)))
            return;
}

void SearchService::audit(const ClientContext& client, const json& query, const json& records)
{
    const std::int64_t now = clock_.nowMillis();
    Db& db = pool_.local();
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        AuthService::audit(db, now, client.client.id, "client_search", client.client.id,
                           {{"query", query}, {"count", records.size()}, {"records", records}});
        tx.commit();
    });
}

} // namespace vitalis::server
