// DCI subscriptions: a client follows the registrations of an event type, notified at its
// callback. The only owner of the dci_subscriptions table.
#pragma once

#include "sync/server/db/Db.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vitalis::server::dci
{

struct DciSubscriber {
    std::string code, clientId, callback;
    std::vector<std::string> allowedFields;
};

class DciSubscriptionStore
{
public:
    // The active subscription of the client to (event, callback), if any.
    static std::optional<std::string> active(Db& db, const std::string& clientId,
                                             const std::string& eventType,
                                             const std::string& callback);
    static void add(Db& db, const std::string& code, const std::string& clientId,
                    const std::string& eventType, const std::string& callback, std::int64_t now);
    // False when the client has no active subscription with that code.
    static bool end(Db& db, const std::string& clientId, const std::string& code, std::int64_t now);
    // Active subscriptions to `eventType` of unrevoked clients whose jurisdiction holds
    // `locationPath` (the record's office).
    static std::vector<DciSubscriber> subscribers(Db& db, const std::string& eventType,
                                                  const std::string& locationPath);
};

} // namespace vitalis::server::dci
