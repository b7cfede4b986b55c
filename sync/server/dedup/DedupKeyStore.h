// Owner of dedup_keys and dedup_fields: each record's blocking keys, indexed by (event, key), its
// values of the fields the rules read, and the candidate search over the records sharing a key.
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
    nlohmann::json fields; // only the fields the rules read (dedup::matchFields)
};

class DedupKeyStore
{
public:
    // The record's keys become exactly `keys` and its compact copy `matchFields` (the
    // dedup::matchFields text); edits and corrections move them. `fresh`: the record was
    // inserted in this transaction, so it has nothing here yet and nothing is read first.
    static void replace(Db& db, const std::string& recordId, const std::string& eventType,
                        const std::vector<std::string>& keys, const std::string& matchFields,
                        bool fresh);
    // Records of the event sharing at least one key, other than `exceptId`, not archived. A
    // key shared by more than `limit` records is skipped (a bad key, not that many duplicates)
    // and added to `common` when given.
    static std::vector<CandidateRow> candidates(Db& db, const std::string& eventType,
                                                const std::vector<std::string>& keys,
                                                const std::string& exceptId, int limit,
                                                std::vector<std::string>* common = nullptr);

private:
    static void replaceKeys(Db& db, const std::string& recordId, const std::string& eventType,
                            const std::vector<std::string>& keys);
    static void insertKeys(Db& db, const std::string& recordId, const std::string& eventType,
                           const std::vector<std::string>& keys);
};

} // namespace vitalis::server
