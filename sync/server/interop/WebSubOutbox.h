// The transactional outbox of WebSub deliveries: called by the push path inside the
// transaction that applies an op, it writes one delivery row per active subscription of the
// op's topic, so an event and its deliveries commit (or vanish) together. WebSubWorker sends.
#pragma once

#include "core/RecordAction.h"
#include "sync/server/db/Db.h"
#include "sync/server/sync/RecordStore.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::server
{

class WebSubOutbox
{
public:
    // Nothing when the action announces no topic or nobody follows it.
    static void recordEvent(Db& db, const StoredRecord& s, RecordAction action, std::int64_t now);

    // The record as a subscriber receives it: the native JSON, form fields limited to the
    // client's allowed fields (empty list: all).
    static nlohmann::json payload(const StoredRecord& s, const std::string& topic,
                                  const std::vector<std::string>& allowedFields, std::int64_t now);

    // For the admin (`vitalis-server deliveries list|replay`): deliveries in `state` ("" all),
    // newest first; replay puts a dead (or gone) delivery back in the queue with a fresh
    // horizon, under its same delivery id. `id` "" replays every dead delivery.
    static nlohmann::json list(Db& db, const std::string& state, int limit);
    static int replay(Db& db, const std::string& id, std::int64_t now);
};

} // namespace vitalis::server
