// Record search for integration clients holding the `search` scope: by tracking ID,
// registration number, event, status, office, place (a location the office lies in) and
// declaration dates; paged; only records of the client's jurisdiction and events, each shown
// through clientRecordView (allowed fields only); every search audited with its query and count.
#pragma once

#include "sync/server/db/Db.h"
#include "sync/server/interop/ClientTokenService.h"

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

private:
    DbPool& pool_;
    const Clock& clock_;
};

} // namespace vitalis::server
