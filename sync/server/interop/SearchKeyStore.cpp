#include "sync/server/interop/SearchKeyStore.h"

#include "dedup/SearchKeys.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/sync/RecordReindex.h"

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
} // namespace

void SearchKeyStore::index(Db& db, const StoredRecord& s, const forms::FormRegistry& forms,
                           bool fresh)
{
    const auto form = forms.find(s.record.formId, s.record.formVersion);
    if (!fresh)
        db.execute(QStringLiteral("DELETE FROM search_keys WHERE record_id = ?"), {q(s.record.id)});
    if (form)
        insertKeys(db, s, dedup::searchKeys(*form, s.record.fields));
}

void SearchKeyStore::indexChanged(Db& db, const StoredRecord& s, const forms::FormRegistry& forms,
                                  const nlohmann::json& diff)
{
    const auto form = forms.find(s.record.formId, s.record.formVersion);
    if (!form)
        return;
    for (auto it = diff.begin(); it != diff.end(); ++it)
        if (dedup::isSearchField(*form, it.key()))
            return index(db, s, forms, false);
}

std::int64_t SearchKeyStore::ensureIndexed(Db& db, const forms::FormRegistry& forms)
{
    return reindexOnce(db, "search_keys_format", kKeyFormat,
                       [&](const StoredRecord& s) { index(db, s, forms, false); });
}

} // namespace vitalis::server
