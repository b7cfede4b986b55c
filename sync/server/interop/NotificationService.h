// Event notifications from integration clients (a hospital posts a birth or death): decoded,
// routed to the office covering the facility, and applied through the push path as a `notify`
// op, so they pass the same form checks and reach the district's laptops at their next pull.
// Idempotent on (client, transaction id).
#pragma once

#include "core/Clock.h"
#include "sync/server/Directory.h"
#include "sync/server/interop/ClientTokenService.h"
#include "sync/server/sync/PushService.h"

#include <nlohmann/json.hpp>

namespace vitalis::server
{

struct NotificationAnswer {
    int status = 201; // 201 created, 200 a repeat of the same transaction
    nlohmann::json body;
};

class NotificationService
{
public:
    NotificationService(DbPool& pool, Directory& directory, PushService& push, const Clock& clock)
        : pool_(pool), directory_(directory), push_(push), clock_(clock)
    {
    }

    // Throws ApiError: InvalidRequest (with field errors by form path), Forbidden (event or
    // facility outside what the client may touch), Conflict (transaction id reused).
    NotificationAnswer notify(const ClientContext& client, const nlohmann::json& body);

private:
    struct Sent; // the decoded request
    Sent decode(const ClientContext& client, const DirectorySnapshot& dir,
                const nlohmann::json& body) const;
    std::optional<NotificationAnswer> repeat(Db& db, const ClientContext& client,
                                             const Sent& sent) const;
    NotificationAnswer create(Db& db, const ClientContext& client, const Sent& sent);

    DbPool& pool_;
    Directory& directory_;
    PushService& push_;
    const Clock& clock_;
};

} // namespace vitalis::server
