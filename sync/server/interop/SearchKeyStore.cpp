#include "sync/server/interop/SearchKeyStore.h"

#include "core/FieldChanges.h"
#include "dedup/SearchKeys.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/sync/RecordReindex.h"

#include <algorithm>

namespace vitalis::server
{

using sql::i64;
using sql::q;

namespace
{
// Changes when the keys a record gets change: the next start builds them again.
constexpr const char* kKeyFormat = "search-keys-1";

// Rows in statements of up to kChunk: a birth has about twenty keys, so one or two statements.
void insertKeys(Db& db, const StoredRecord& s, const std::vector<dedup::SearchKey>& keys)
{
    constexpr std::size_t kChunk = 32;
    for (std::size_t i = 0; i < keys.size(); i += kChunk) {
        const std::size_t n = std::min(kChunk, keys.size() - i);
        QString sql = QStringLiteral("INSERT INTO search_keys (key, record_id, field, event_type, "
                                     "location_path, created_at) VALUES ");
        QVariantList params;
        for (std::size_t k = 0; k < n; ++k) {
            sql += k ? u", (?, ?, ?, ?, ?, ?)"_qs : u"(?, ?, ?, ?, ?, ?)"_qs;
            const dedup::SearchKey& key = keys[i + k];
            params << q(key.key) << q(s.record.id) << q(key.field) << q(s.record.eventType)
                   << q(s.locationPath) << i64(s.record.createdAt);
        }
        db.execute(sql, params);
    }
}

// By the primary key: the table has no index on record_id (each pushed birth wrote a dozen
// entries into it only for this rare delete).
void deleteKeys(Db& db, const StoredRecord& s, const std::vector<dedup::SearchKey>& keys)
{
    for (const dedup::SearchKey& key : keys)
        db.execute(QStringLiteral("DELETE FROM search_keys WHERE key = ? AND created_at = ? AND "
                                  "record_id = ? AND field = ?"),
                   {q(key.key), i64(s.record.createdAt), q(s.record.id), q(key.field)});
}

// What is in `a` and not in `b` (a record has a few dozen keys at most).
std::vector<dedup::SearchKey> minus(const std::vector<dedup::SearchKey>& a,
                                    const std::vector<dedup::SearchKey>& b)
{
    std::vector<dedup::SearchKey> out;
    for (const dedup::SearchKey& k : a)
        if (std::find(b.begin(), b.end(), k) == b.end())
            out.push_back(k);
    return out;
}
} // namespace

void SearchKeyStore::index(Db& db, const StoredRecord& s, const forms::FormRegistry& forms)
{
    insertKeys(db, s, keysOf(s.record.formId, s.record.formVersion, s.record.fields, forms));
}

void SearchKeyStore::index(Db& db, const StoredRecord& s, const std::vector<dedup::SearchKey>& keys)
{
    insertKeys(db, s, keys);
}

std::vector<dedup::SearchKey> SearchKeyStore::keysOf(const std::string& formId, int formVersion,
                                                     const nlohmann::json& fields,
                                                     const forms::FormRegistry& forms)
{
    const auto form = forms.find(formId, formVersion);
    return form ? dedup::searchKeys(*form, fields) : std::vector<dedup::SearchKey>{};
}

void SearchKeyStore::indexChanged(Db& db, const StoredRecord& s, const forms::FormRegistry& forms,
                                  const nlohmann::json& diff)
{
    const auto form = forms.find(s.record.formId, s.record.formVersion);
    if (!form)
        return;
    bool touched = false;
    for (auto it = diff.begin(); it != diff.end() && !touched; ++it)
        touched = dedup::isSearchField(*form, it.key());
    if (!touched)
        return;
    // The keys stored are those of the values before the change: the diff holds [old, new].
    nlohmann::json before = s.record.fields;
    for (auto it = diff.begin(); it != diff.end(); ++it)
        FieldChanges::setField(before, it.key(), it->at(0));
    const auto was = dedup::searchKeys(*form, before);
    const auto now = dedup::searchKeys(*form, s.record.fields);
    deleteKeys(db, s, minus(was, now));
    insertKeys(db, s, minus(now, was));
}

std::int64_t SearchKeyStore::ensureIndexed(Db& db, const forms::FormRegistry& forms)
{
    return reindexOnce(
        db, "search_keys_format", kKeyFormat, [&](const StoredRecord& s) { index(db, s, forms); },
        [&] { db.execute(QStringLiteral("DELETE FROM search_keys"), {}); });
}

} // namespace vitalis::server
