// Owner of duplicate_flags: the server's verdict on one record (open until a person decides),
// its candidates, the candidates a "not a duplicate" decision dismissed, the device's warning.
#pragma once

#include "sync/server/db/Db.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace vitalis::server
{

struct DuplicateFlag {
    std::string recordId;
    std::string status; // open | not_duplicate | duplicate | clear (only the device warned)
    // [{record_id, tracking_id, score, matched_fields: [...]}], best first
    nlohmann::json candidates = nlohmann::json::array();
    std::vector<std::string> dismissed;        // record ids decided "not a duplicate" of this one
    std::vector<std::string> deviceCandidates; // tracking ids the device warned about
    std::string deviceNote;
    std::int64_t flaggedAt = 0;
    std::int64_t updatedAt = 0;
    std::string decidedBy;
    std::int64_t decidedAt = 0;
    std::string decisionReason;
    std::string originalId; // duplicate: the record this one duplicates

    bool open() const { return status == "open"; }
};

class DuplicateFlagStore
{
public:
    static std::optional<DuplicateFlag> load(Db& db, const std::string& recordId);
    static void save(Db& db, const DuplicateFlag& flag);
    // Those of `recordIds` on whose flag a person decided `other` is not a duplicate: one query
    // for all the candidates a new record resembles, not one each.
    static std::set<std::string> dismissing(Db& db, const std::vector<std::string>& recordIds,
                                            const std::string& other);
    // Open flags of records whose location path starts with `pathPrefix`, oldest first.
    static std::vector<DuplicateFlag> openUnder(Db& db, const std::string& pathPrefix, int limit);
};

} // namespace vitalis::server
