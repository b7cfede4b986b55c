// Record search for integration clients holding the `search` scope: by tracking ID,
// registration number, event, status, office, place (a location the office lies in) and
// declaration dates; paged; only records of the client's jurisdiction and events, each shown
// through clientRecordView (allowed fields only); every search audited with its query and count.
#pragma once

#include "sync/server/db/Db.h"
#include "sync/server/interop/ClientTokenService.h"
#include "sync/server/sync/RecordStore.h"

#include <functional>
#include <nlohmann/json.hpp>

namespace vitalis::server
{

class SearchService
{
public:
    static constexpr int kMaxLimit = 100;

    SearchService(DbPool& pool, const Clock& clock) : pool_(pool), clock_(clock) {}

    // Throws ApiError(InvalidRequest) naming the member that is wrong.
    nlohmann::json search(const ClientContext& client, const nlohmann::json& query);
    // The same criteria (without offset/limit), for searches that filter further (the DCI
    // registry API): visits the matching records, newest first, until `visit` returns false.
    void forEach(const ClientContext& client, const nlohmann::json& criteria,
                 const std::function<bool(const StoredRecord&)>& visit);
    // The audit entry every client search leaves: its query, the count and the records shown.
    void audit(const ClientContext& client, const nlohmann::json& query,
               const nlohmann::json& records);

private:
    DbPool& pool_;
    const Clock& clock_;
};

} // namespace vitalis::server
