// The conflicts table's writes: a conflict kept for a person to decide, and its closing.
// One owner, so the push path and the correction path store conflicts the same way.
#pragma once

#include "sync/protocol/Op.h"
#include "sync/protocol/PushMessages.h"
#include "sync/server/db/Db.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vitalis::server
{

struct NewConflict {
    std::string recordId;
    std::string userId; // whose values are "mine"
    std::string deviceId;
    std::int64_t mutationId = 0;
    std::string kind; // fields | record_changed | correction
    std::int64_t baseRev = 0;
    std::int64_t serverRev = 0;
    std::vector<protocol::ConflictField> fields;
    nlohmann::json op; // the op that could not be applied, as it came
};

class ConflictStore
{
public:
    // Stores an open conflict and returns its new id.
    static std::string insert(Db& db, const NewConflict& c, std::int64_t now);
    // Whether `conflictId` is an open conflict of `recordId`.
    static bool isOpen(Db& db, const std::string& conflictId, const std::string& recordId);
    static void resolve(Db& db, const std::string& conflictId, const std::string& userId,
                        std::int64_t rev, std::int64_t now);
    static void supersede(Db& db, const std::string& conflictId, const std::string& recordId,
                          const std::string& userId, std::int64_t now);
};

} // namespace vitalis::server
