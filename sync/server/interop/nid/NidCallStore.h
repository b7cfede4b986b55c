// The national ID hook's transactional outbox (table nid_calls, owned here): a registration
// writes its call row in its own transaction, so a crash loses none; NidWorker sends it, the
// row id being the idempotency key of every attempt. States: pending (to send or retry),
// awaiting (answered 202: a callback will decide), accepted, rejected, dead (gave up).
#pragma once

#include "sync/server/db/Db.h"
#include "sync/server/interop/nid/NidHookConfig.h"
#include "sync/server/sync/RecordStore.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis::server::nid
{

struct NidCall {
    std::string id, recordId, hook, body, state;
    int attempts = 0;
    std::int64_t createdAt = 0;
    std::int64_t tokenExpiresAt = 0;
};

struct NidAttempt {
    std::string state; // the call's next state
    int attempts = 0;
    std::int64_t nextAttemptAt = 0;
    long status = 0;
    std::string error, nationalId, reason;
    std::int64_t at = 0;
};

class NidCallStore
{
public:
    // The call for a registration just made (same transaction); returns its id.
    static std::string enqueue(Db& db, const NidHook& hook, const StoredRecord& s,
                               std::int64_t now);
    // The JSON body the national ID system receives (docs/integration-guide.md).
    static nlohmann::json body(const std::string& callId, const NidHook& hook,
                               const StoredRecord& s, std::int64_t now);
    static std::vector<NidCall> due(Db& db, std::int64_t now, int limit);
    // The digest of the callback token sent with the attempt about to leave.
    static void setToken(Db& db, const std::string& id, const std::string& tokenHash,
                         std::int64_t expiresAt);
    static void record(Db& db, const std::string& id, const NidAttempt& a);
    // The call awaiting a callback with this token digest, locked; nullopt if none (used,
    // expired, unknown).
    static std::optional<NidCall> awaitingByToken(Db& db, const std::string& tokenHash,
                                                  std::int64_t now);
    // Calls of a record still open (pending or awaiting).
    static int openCalls(Db& db, const std::string& recordId);

    // For the admin (`vitalis-server nid list|replay`): calls in `state` ("" every one not
    // finished: pending, awaiting, dead), newest first; replay sends a dead call again under
    // its same id with a fresh horizon ("" every dead call).
    static nlohmann::json list(Db& db, const std::string& state, int limit);
    static int replay(Db& db, const std::string& id, std::int64_t now);
    static std::int64_t count(Db& db, const std::string& state);
};

} // namespace vitalis::server::nid
