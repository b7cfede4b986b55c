#include "sync/server/interop/dci/DciSubscriptions.h"

#include "core/Uuid.h"
#include "sync/server/interop/dci/DciFormat.h"
#include "sync/server/interop/dci/DciSubscriptionStore.h"

namespace vitalis::server::dci
{

using nlohmann::json;

json DciSubscriptions::one(const ClientContext& client, const json& req, const std::string& path,
                           const std::string& callback)
{
    if (!req.is_object() || !req.value("reference_id", json()).is_string())
        throw DciReject("rjct.reference_id.invalid", path + "/reference_id",
                        "reference_id must be a string");
    if (req.contains("timestamp") && !isoTime(req["timestamp"]))
        throw DciReject("rjct.timestamp.invalid", path + "/timestamp",
                        "timestamp must be an RFC 3339 date-time");
    const json& criteria = req.value("subscribe_criteria", json::object());
    const json& e = criteria.is_object() ? criteria.value("reg_event_type", json()) : json();
    if (!e.is_string() || client.client.events.count(e.get<std::string>()) == 0)
        throw DciReject("rjct.notify_types.invalid", path + "/subscribe_criteria/reg_event_type",
                        "reg_event_type must be one of your events (birth, death)");
    const std::string event = e.get<std::string>();
    const std::int64_t now = clock_.nowMillis();
    std::string code;
    Db& db = pool_.local();
    withRetry([&] {
        code.clear();
        Transaction tx(db, &pool_.sqliteWriteMutex());
        if (DciSubscriptionStore::active(db, client.client.id, event, callback))
            return; // tx rolls back: nothing written
        code = generateUuid();
        DciSubscriptionStore::add(db, code, client.client.id, event, callback, now);
        tx.commit();
    });
    if (code.empty())
        throw DciReject("rjct.event.already_subscribed", path + "/subscribe_criteria",
                        "you already follow " + event + " at this sender_uri");
    return {{"reference_id", req["reference_id"]},
            {"timestamp", isoTime(now)},
            {"status", "succ"},
            {"subscription_code", code}};
}

json DciSubscriptions::subscribe(const ClientContext& client, const json& body)
{
    registry_.checkEnvelope(body);
    const DciRegistry::Kind kind{"subscribe", "subscribe_request", true};
    if (const auto refused = registry_.admit(client, body, kind))
        return {{"header", registry_.responseHeader(body["header"], "rjct", refused->code(),
                                                    refused->what(), 0, 0, "on-subscribe")},
                {"message", json::object()}};
    const std::string callback = DciRegistry::callback(client, body["header"]);
    const json& requests = body["message"]["subscribe_request"];
    json responses = json::array();
    std::size_t completed = 0;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const std::string path = "/message/subscribe_request/" + std::to_string(i);
        try {
            responses.push_back(one(client, requests[i], path, callback));
            ++completed;
        } catch (const DciReject& e) {
            responses.push_back(
                {{"reference_id",
                  requests[i].is_object() ? requests[i].value("reference_id", json()) : json()},
                 {"status", "rjct"},
                 {"status_reason_code", e.code()},
                 {"status_reason_message", e.what()}});
        }
    }
    return {{"header", registry_.responseHeader(body["header"], "succ", "", "", requests.size(),
                                                completed, "on-subscribe")},
            {"message",
             {{"transaction_id", body["message"].value("transaction_id", json())},
              {"correlation_id", generateUuid()},
              {"subscribe_response", responses}}}};
}

json DciSubscriptions::unsubscribe(const ClientContext& client, const json& body)
{
    registry_.checkEnvelope(body);
    const DciRegistry::Kind kind{"unsubscribe", "subscription_codes", false};
    if (const auto refused = registry_.admit(client, body, kind))
        return {{"header", registry_.responseHeader(body["header"], "rjct", refused->code(),
                                                    refused->what(), 0, 0, "on-unsubscribe")},
                {"message", json::object()}};
    const json& codes = body["message"]["subscription_codes"];
    json statuses = json::array();
    std::size_t completed = 0;
    Db& db = pool_.local();
    for (const auto& code : codes) {
        bool ended = false;
        if (code.is_string())
            withRetry([&] {
                Transaction tx(db, &pool_.sqliteWriteMutex());
                ended = DciSubscriptionStore::end(db, client.client.id, code.get<std::string>(),
                                                  clock_.nowMillis());
                tx.commit();
            });
        completed += ended ? 1 : 0;
        statuses.push_back({{"code", code},
                            {"status", ended ? "unsubscribe" : "rjct"},
                            {"status_reason_code",
                             ended ? json(nullptr) : json("rjct.subscription_code.invalid")}});
    }
    return {{"header", registry_.responseHeader(body["header"], "succ", "", "", codes.size(),
                                                completed, "on-unsubscribe")},
            {"message",
             {{"transaction_id", body["message"].value("transaction_id", json())},
              {"correlation_id", generateUuid()},
              {"subscription_status", statuses}}}};
}

} // namespace vitalis::server::dci
