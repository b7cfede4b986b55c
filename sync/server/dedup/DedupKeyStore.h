// Owner of dedup_keys: each record's blocking keys, indexed by (event, key), and the candidate
// search that reads only the records sharing a key with a declaration.
#pragma once

#include "sync/server/db/Db.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::server
{

// A record the candidate search found: what the matcher and the answer need.
struct CandidateRow {
    std::string id;
    std::string trackingId;
    std::string officeId;
    std::string status;
    nlohmann::json fields;
};

class DedupKeyStore
{
public:
    // The record's keys become exactly `keys` (edits and corrections move them).
    static void replace(Db& db, const std::string& recordId, const std::string& eventType,
                        const std::vector<std::string>& keys);
    // Records of the event sharing at least one key, other than `exceptId`, not archived. A
    // key shared by more than `limit` records is skipped (a bad key, not that many duplicates).
    static std::vector<CandidateRow> candidates(Db& db, const std::string& eventType,
                                                const std::vector<std::string>& keys,
                                                const std::string& exceptId, int limit);
};

} // namespace vitalis::server
