// DCI subscribe and unsubscribe: a client follows the registrations of its event types in its
// jurisdiction, notified at header.sender_uri (DciNotifier, DciCallbackWorker). The envelope,
// message-id and signature rules are DciRegistry's.
#pragma once

#include "sync/server/interop/dci/DciRegistry.h"

#include <nlohmann/json.hpp>

namespace vitalis::server::dci
{

class DciSubscriptions
{
public:
    DciSubscriptions(DciRegistry& registry, DbPool& pool, const Clock& clock)
        : registry_(registry), pool_(pool), clock_(clock)
    {
    }
    // on-subscribe: one subscribe_response per subscribe_request, each with its
    // subscription_code or a rjct code (rjct.notify_types.invalid,
    // rjct.event.already_subscribed, ...).
    nlohmann::json subscribe(const ClientContext& client, const nlohmann::json& body);
    // on-unsubscribe: one subscription_status per code of message.subscription_codes.
    nlohmann::json unsubscribe(const ClientContext& client, const nlohmann::json& body);

private:
    nlohmann::json one(const ClientContext& client, const nlohmann::json& request,
                       const std::string& path, const std::string& callback);

    DciRegistry& registry_;
    DbPool& pool_;
    const Clock& clock_;
};

} // namespace vitalis::server::dci
