#include "sync/server/interop/KeyedSearch.h"

#include "dedup/SearchKeys.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/http/ApiError.h"
#include "sync/server/interop/SearchCriteria.h"

#include <set>

namespace vitalis::server
{

using nlohmann::json;
using protocol::ErrorCode;
using sql::i64;
using sql::q;

namespace
{
using criteria::refuse;
using criteria::text;

// " AND <column> IN (?, …)" for a client limited to some fields; "" for one that sees them all.
QString allowedFields(QVariantList& params, const ClientContext& client,
                      const QString& column = QStringLiteral("field"))
{
    const auto& allowed = client.client.allowedFields;
    if (allowed.empty())
        return {};
    QString sql = u" AND "_qs + column + u" IN ("_qs;
    for (std::size_t i = 0; i < allowed.size(); ++i) {
        sql += i ? u", ?"_qs : u"?"_qs;
        params << q(allowed[i]);
    }
    return sql + u")"_qs;
}

// Matches per statement: the first page needs about twenty, deeper pages read more at a time.
constexpr int kFirstChunk = 64;
constexpr int kChunk = 256;
constexpr int kCountCap = 10000; // a key's size matters only up to here to pick the driver
} // namespace

std::optional<KeyedSearch> KeyedSearch::parse(const json& query)
{
    KeyedSearch s;
    const auto field = text(query, "name_field");
    const auto match = text(query, "name_match");
    if (match && *match != "exact" && *match != "sound")
        refuse("name_match", "name_match must be \"exact\" or \"sound\"");
    if (const auto name = text(query, "name")) {
        const auto keys = dedup::nameQueryKeys(*name, match.value_or("sound") == "sound");
        if (keys.empty())
            refuse("name", "name has no word to search for");
        if (keys.size() > kMaxNameWords)
            refuse("name", "name has more than " + std::to_string(kMaxNameWords) + " words");
        for (const auto& k : keys)
            s.keys_.push_back({k, field});
    } else if (field || match) {
        refuse(field ? "name_field" : "name_match", "only with name");
    }
    if (const auto id = text(query, "national_id")) {
        const std::string key = dedup::nationalIdKey(*id);
        if (key.size() <= 2)
            refuse("national_id", "national_id has no digit or letter");
        s.keys_.push_back({key, std::nullopt});
    }
    if (s.keys_.empty())
        return std::nullopt;
    return s;
}

std::size_t KeyedSearch::driver(Db& db) const
{
    std::size_t best = 0;
    std::int64_t fewest = kCountCap + 1;
    for (std::size_t i = 0; i < keys_.size() && keys_.size() > 1; ++i) {
        const std::int64_t n =
            db.scalarInt(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM search_keys WHERE "
                                        "key = ? LIMIT %1) t")
                             .arg(kCountCap),
                         {q(keys_[i].key)})
                .value_or(0);
        if (n < fewest) {
            fewest = n;
            best = i;
        }
    }
    return best;
}

QString KeyedSearch::alsoHolds(QVariantList& params, const ClientContext& client,
                               const Key& key) const
{
    // created_at is the record's own (equal on all its keys): with it the lookup seeks the
    // primary key (key, created_at, record_id) instead of walking every row of a common key.
    QString sql = QStringLiteral(" AND EXISTS (SELECT 1 FROM search_keys o WHERE o.key = ? AND "
                                 "o.created_at = search_keys.created_at AND "
                                 "o.record_id = search_keys.record_id");
    params << q(key.key);
    if (key.field) {
        sql += u" AND o.field = ?"_qs;
        params << q(*key.field);
    }
    sql += allowedFields(params, client, QStringLiteral("o.field"));
    return sql + u")"_qs;
}

void KeyedSearch::candidates(
    Db& db, const ClientContext& client, const std::string& pathPrefix,
    const std::function<bool(const std::vector<std::string>&)>& visit) const
{
    if (client.client.events.empty())
        return;
    const std::size_t d = driver(db);
    const Key& lead = keys_[d];
    QVariantList base{q(lead.key), q(pathPrefix + "%")};
    QString sql = QStringLiteral("SELECT record_id, created_at FROM search_keys WHERE key = ? "
                                 "AND location_path LIKE ? AND event_type IN (");
    bool first = true;
    for (const auto& e : client.client.events) {
        sql += first ? u"?"_qs : u", ?"_qs;
        first = false;
        base << q(e);
    }
    sql += u")"_qs;
    if (lead.field) {
        sql += u" AND field = ?"_qs;
        base << q(*lead.field);
    }
    sql += allowedFields(base, client);
    // The other words in the same statement: the database walks the driver's index newest first
    // and stops at a chunk of records holding them all.
    for (std::size_t k = 0; k < keys_.size(); ++k)
        if (k != d)
            sql += alsoHolds(base, client, keys_[k]);
    // Keyset paging: each chunk starts strictly after the last row of the one before.
    // The limit is written in the statement, not bound: PostgreSQL's generic plan for a bound
    // LIMIT assumes a large share of the rows and picks a hash join over the whole key.
    const QString order = u" ORDER BY created_at DESC, record_id DESC LIMIT "_qs;
    const QString firstChunk = sql + order + QString::number(kFirstChunk);
    const QString nextChunk = sql +
                              u" AND (created_at < ? OR (created_at = ? AND record_id < ?))"_qs +
                              order + QString::number(kChunk);
    std::set<std::string> seen; // a word in two fields of one record gives two rows
    std::optional<std::pair<std::int64_t, std::string>> after;
    for (;;) {
        QVariantList params = base;
        if (after)
            params << i64(after->first) << i64(after->first) << q(after->second);
        std::vector<std::pair<std::string, std::int64_t>> rows;
        {
            Rows r = db.query(after ? nextChunk : firstChunk, params);
            while (r.next())
                rows.emplace_back(r.text(0), r.i64(1));
        }
        std::vector<std::string> found;
        for (const auto& [id, createdAt] : rows) {
            (void)createdAt;
            if (seen.insert(id).second)
                found.push_back(id);
        }
        if (!found.empty() && !visit(found))
            return;
        if (rows.size() < static_cast<std::size_t>(after ? kChunk : kFirstChunk))
            return;
        after = std::make_pair(rows.back().second, rows.back().first);
    }
}

} // namespace vitalis::server
