#include "sync/server/interop/dci/DciSubscriptionStore.h"

#include "sync/server/db/SqlValue.h"

#include <nlohmann/json.hpp>

namespace vitalis::server::dci
{

using sql::i64;
using sql::q;

std::optional<std::string> DciSubscriptionStore::active(Db& db, const std::string& clientId,
                                                        const std::string& eventType,
                                                        const std::string& callback)
{
    Rows r = db.query(QStringLiteral("SELECT code FROM dci_subscriptions WHERE client_id = ? AND "
                                     "event_type = ? AND callback = ? AND ended_at IS NULL"),
                      {q(clientId), q(eventType), q(callback)});
    if (!r.next())
        return std::nullopt;
    return r.text(0);
}

void DciSubscriptionStore::add(Db& db, const std::string& code, const std::string& clientId,
                               const std::string& eventType, const std::string& callback,
                               std::int64_t now)
{
    db.execute(QStringLiteral("INSERT INTO dci_subscriptions (code, client_id, event_type, "
                              "callback, created_at) VALUES (?, ?, ?, ?, ?)"),
               {q(code), q(clientId), q(eventType), q(callback), i64(now)});
}

bool DciSubscriptionStore::end(Db& db, const std::string& clientId, const std::string& code,
                               std::int64_t now)
{
    return db.execute(QStringLiteral("UPDATE dci_subscriptions SET ended_at = ? WHERE code = ? "
                                     "AND client_id = ? AND ended_at IS NULL"),
                      {i64(now), q(code), q(clientId)}) == 1;
}

std::vector<DciSubscriber> DciSubscriptionStore::subscribers(Db& db, const std::string& eventType,
                                                             const std::string& locationPath)
{
    std::vector<DciSubscriber> out;
    Rows r = db.query(
        QStringLiteral("SELECT s.code, s.client_id, s.callback, c.allowed_fields FROM "
                       "dci_subscriptions s JOIN integration_clients c ON c.id = s.client_id "
                       "JOIN locations l ON l.id = c.jurisdiction_id WHERE s.event_type = ? AND "
                       "s.ended_at IS NULL AND c.revoked_at IS NULL AND "
                       "substr(?, 1, length(l.path)) = l.path"),
        {q(eventType), q(locationPath)});
    while (r.next())
        out.push_back({r.text(0), r.text(1), r.text(2),
                       nlohmann::json::parse(r.text(3)).get<std::vector<std::string>>()});
    return out;
}

} // namespace vitalis::server::dci
