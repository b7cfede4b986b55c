// Read-only endpoints behind the sync API: one record, its audit trail, open conflicts, the
// reference data a client caches (locations, offices, users of its office, form versions)
// and form definitions by version. Every record read checks the caller's scope.
#pragma once

#include "sync/server/Directory.h"
#include "sync/server/auth/AuthService.h"
#include "sync/server/db/Db.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace vitalis::server
{

class QueryService
{
public:
    QueryService(DbPool& pool, Directory& directory) : pool_(pool), directory_(directory) {}

    nlohmann::json record(const AuthContext& auth, const std::string& recordId);
    nlohmann::json history(const AuthContext& auth, const std::string& recordId);
    // Open conflicts of one record, or of every record in scope when recordId is empty.
    nlohmann::json conflicts(const AuthContext& auth, const std::string& recordId);
    // Correction requests of one record (every status), or the open ones of every record in
    // scope when recordId is empty; with the requesters' and deciders' names.
    nlohmann::json corrections(const AuthContext& auth, const std::string& recordId);
    // {"version": N, "unchanged": true} when sinceVersion is current.
    nlohmann::json reference(const AuthContext& auth, std::optional<std::int64_t> sinceVersion);
    nlohmann::json form(const std::string& formId, int version);

private:
    DbPool& pool_;
    Directory& directory_;
};

} // namespace vitalis::server
