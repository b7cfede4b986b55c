// Async DCI searches: the on-search answer computed at the ack, waiting for delivery to the
// requester's callback, its attempts and state (pending, delivered, dead). The only owner of
// the dci_transactions table; the callback worker and the status endpoint go through it.
#pragma once

#include "sync/server/db/Db.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis::server::dci
{

struct DciTransaction {
    std::string correlationId, clientId, messageId, transactionId, callback, response, state;
    int attempts = 0;
    std::int64_t nextAttemptAt = 0, createdAt = 0;
    int lastStatus = 0;
    std::string lastError;
    nlohmann::json describe() const; // the status answer, without the callback's body
};

class DciTransactionStore
{
public:
    static void add(Db& db, const DciTransaction& t);
    // Due pending answers (at most `limit`), each claimed for `leaseMs` so that another server
    // process does not send it at the same time.
    static std::vector<DciTransaction> claimDue(Db& db, std::int64_t now, std::int64_t leaseMs,
                                                int limit);
    static void delivered(Db& db, const std::string& id, int status);
    // A failed attempt: retried at `nextAt`, or dead when `dead`.
    static void failed(Db& db, const std::string& id, int status, const std::string& error,
                       std::int64_t nextAt, bool dead);
    static std::optional<DciTransaction> load(Db& db, const std::string& clientId,
                                              const std::string& correlationId);
};

} // namespace vitalis::server::dci
