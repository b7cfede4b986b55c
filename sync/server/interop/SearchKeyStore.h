// Owner of search_keys: each record's name words and national IDs (dedup/SearchKeys), kept
// current with its fields, and built once for records stored before the search existed.
#pragma once

#include "dedup/SearchKeys.h"
#include "forms/FormRegistry.h"
#include "sync/server/db/Db.h"
#include "sync/server/sync/RecordStore.h"

#include <nlohmann/json.hpp>

namespace vitalis::server
{

class SearchKeyStore
{
public:
    // A record that has no keys yet (created, or the table rebuilt) gets its fields' keys.
    static void index(Db& db, const StoredRecord& s, const forms::FormRegistry& forms);
    // The same for keys computed before (by keysOf, off the writer thread: a push's creations).
    static void index(Db& db, const StoredRecord& s, const std::vector<dedup::SearchKey>& keys);
    // The keys of a record of this form with these fields; none when the server lacks the form.
    static std::vector<dedup::SearchKey> keysOf(const std::string& formId, int formVersion,
                                                const nlohmann::json& fields,
                                                const forms::FormRegistry& forms);
    // After an update: only when `diff` (field -> [old, new]) touched a name or a national ID,
    // the keys of the old values that went are deleted and the new ones added.
    static void indexChanged(Db& db, const StoredRecord& s, const forms::FormRegistry& forms,
                             const nlohmann::json& diff);
    // Indexes every stored record when the key format changed (or at the first start with
    // it); returns the records indexed, or -1 when nothing was due.
    static std::int64_t ensureIndexed(Db& db, const forms::FormRegistry& forms);
};

} // namespace vitalis::server
