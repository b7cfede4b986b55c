// Search by name words and national IDs through search_keys: the rarest key drives, newest
// first and a chunk at a time, so a common name is answered from the first rows of its index.
#pragma once

#include "sync/server/db/Db.h"
#include "sync/server/interop/ClientTokenService.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis::server
{

class KeyedSearch
{
public:
    static constexpr std::size_t kMaxNameWords = 6;
    // The key criteria of `query` (name, name_match, name_field, national_id); nullopt when it
    // has none. Throws ApiError(InvalidRequest) naming the member that is wrong.
    static std::optional<KeyedSearch> parse(const nlohmann::json& query);

    // Ids of records holding every key in a field the client may see, of its events and under
    // `pathPrefix`, newest first (created_at, then id, descending), in chunks; `visit` returns
    // false to stop.
    void candidates(Db& db, const ClientContext& client, const std::string& pathPrefix,
                    const std::function<bool(const std::vector<std::string>&)>& visit) const;

private:
    struct Key {
        std::string key;
        std::optional<std::string> field; // name_field: only this field
    };
    std::size_t driver(Db& db) const;
    // " AND EXISTS (…)": the driver row's record also holds `key` (in a field the client sees).
    QString alsoHolds(QVariantList& params, const ClientContext& client, const Key& key) const;

    std::vector<Key> keys_;
};

} // namespace vitalis::server
