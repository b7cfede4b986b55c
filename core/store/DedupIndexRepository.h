// Owner of the device's duplicate index (dedup_keys, dedup_dirty): blocking keys per record
// and the records written since their keys were last computed. The keys themselves come from
// the caller (the rule files are not the store's business).
#pragma once

#include <string>
#include <vector>

namespace vitalis
{

class Database;

struct DirtyRecord {
    std::string id;
    std::string eventType; // empty when the record is gone
    std::string fieldsJson;
};

class DedupIndexRepository
{
public:
    explicit DedupIndexRepository(Database& db) : m_db(db) {}

    // Records written since their keys were computed, at most `limit` of them.
    std::vector<DirtyRecord> dirty(int limit);
    // The record's keys become `keys` (none for a record that is gone) and it is clean.
    void replaceKeys(const std::string& recordId, const std::vector<std::string>& keys);
    // Ids of records sharing at least one key, other than `exceptId`; a key shared by more
    // than `limit` records is skipped.
    std::vector<std::string> candidates(const std::vector<std::string>& keys,
                                        const std::string& exceptId, int limit);

private:
    Database& m_db;
};

} // namespace vitalis
