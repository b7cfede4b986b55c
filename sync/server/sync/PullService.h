// Pull: the caller's records after a cursor, one page at a time. A fresh device first gets a
// snapshot of its scope (each record once), then follows the change log. Sequence numbers are
// commit-ordered (see PushService::appendChangeLog), so a cursor never passes a row that an
// open transaction could still add.
#pragma once

#include "core/Clock.h"
#include "sync/protocol/PullMessages.h"
#include "sync/server/Directory.h"
#include "sync/server/auth/AuthService.h"
#include "sync/server/db/Db.h"
#include "sync/server/sync/RecordStore.h"

namespace vitalis::server
{

// What a user may see: records whose office lies in the jurisdiction, narrowed by role.
struct RecordScope {
    bool seesRecords = false;  // roles without any record scope (administrators) see none
    std::string pathPrefix;    // jurisdiction's location path
    std::string ownOnlyUserId; // roles without "search" see only records they created
    bool seesArchived = false; // only roles that may archive/reinstate see archived records
    std::string key;           // digest of all of the above, stored in cursors

    bool contains(const StoredRecord& r) const;
    bool contains(const std::string& locationPath, const std::string& createdBy,
                  RecordStatus status) const;
    static RecordScope of(const AuthContext& auth, const DirectorySnapshot& dir);
};

// One page, with each change already rendered as wire JSON (protocol::PullResponse shape).
struct PullPage {
    std::vector<std::string> changes;
    std::string cursor;
    bool hasMore = false;
    std::int64_t lastMutationId = 0;
    std::int64_t referenceVersion = 0;
    std::string toJson() const;
};

class PullService
{
public:
    PullService(DbPool& pool, Directory& directory);
    // Throws ApiError(ResetRequired) with a reason when the cursor cannot be served.
    PullPage pull(const AuthContext& auth, const protocol::PullRequest& request);

private:
    DbPool& pool_;
    Directory& directory_;
};

} // namespace vitalis::server
