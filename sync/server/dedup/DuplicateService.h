// Read side of duplicate detection for the API: one record's verdict with its candidates
// (GET /api/v1/records/{id}/duplicates) and the "Possible duplicates" queue of a jurisdiction
// (GET /api/v1/duplicates). Every record read checks the caller's scope.
#pragma once

#include "sync/server/Directory.h"
#include "sync/server/auth/AuthService.h"
#include "sync/server/db/Db.h"
#include "sync/server/dedup/DedupRules.h"

#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::server
{

class DuplicateService
{
public:
    DuplicateService(DbPool& pool, Directory& directory, const DedupRules& rules)
        : pool_(pool), directory_(directory), rules_(rules)
    {
    }

    // The record's verdict: status (none | open | not_duplicate | duplicate | clear), the
    // candidates with score and matched fields (and the candidate's record when the caller
    // may see it), the device's warning and the decision.
    nlohmann::json forRecord(const AuthContext& auth, const std::string& recordId);
    // Open flags of records the caller sees, oldest first.
    nlohmann::json openQueue(const AuthContext& auth, int limit);

private:
    DbPool& pool_;
    Directory& directory_;
    const DedupRules& rules_;
};

} // namespace vitalis::server
