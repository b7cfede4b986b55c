// Records as stored on this device: every field of core/Record.h, field values as JSON text,
// and the per-field merge base (values at serverRevision) the sync engine merges against.
#pragma once

#include "core/Record.h"
#include "core/store/RecordSearch.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vitalis
{

class Database;

// Position after the last row of a workqueue page (keyset pagination: no OFFSET scans).
struct WorkqueueCursor {
    std::int64_t updatedAt = 0;
    std::int64_t localId = 0;
    std::string encode() const;                        // "updatedAt.localId"
    static WorkqueueCursor decode(std::string_view s); // throws InvalidArgument
};

struct WorkqueueQuery {
    std::vector<RecordStatus> statuses; // at least one
    std::string officeId;               // empty = all offices
    int pageSize = 50;
    std::optional<WorkqueueCursor> after; // page start; none = first page
};

struct WorkqueuePage {
    std::vector<Record> records;         // most recently updated first
    std::optional<WorkqueueCursor> next; // set when more rows may follow
};

class RecordRepository
{
public:
    RecordRepository(Database& db, const SearchConfig& search);

    void insert(const Record& record); // throws StoreError(InvalidArgument) if the id exists
    void update(const Record& record); // throws StoreError(NotFound)
    void save(const Record& record);   // insert or update
    bool remove(const std::string& id);

    std::optional<Record> find(const std::string& id);
    Record get(const std::string& id); // throws StoreError(NotFound)
    // The record without its field values (`fields` is an empty object): for callers that need
    // its identity, form, status and revision only (the sync engine building an op).
    std::optional<Record> findHeader(const std::string& id);
    bool exists(const std::string& id);
    std::int64_t count(std::optional<RecordStatus> status = std::nullopt);

    // Merge base: the field values the server had at `serverRevision`. The sync engine sets
    // it when it applies a pulled record; local edits leave it alone.
    void setMergeBase(const std::string& id, const nlohmann::json& baseFields,
                      std::int64_t serverRevision);
    std::optional<nlohmann::json> mergeBase(const std::string& id);

    // Saves the server's version of a record that has no local changes on top (insert or
    // update): its merge base is its own fields, stored as a marker instead of a second copy,
    // in one statement. Keeps the local createdAt when the server's is 0. Sync hot path.
    void saveServerCopy(const Record& record);
    // The server took this device's creation of the record, with the values as sent, at
    // `serverRevision`: the record becomes its own merge base and takes the server's status
    // (and registration number / status reason when given). Only the small columns change,
    // no JSON is read or written. False (nothing written) when the record is gone or no longer
    // at `expectedRevision`: the caller takes the general path.
    bool acknowledgeCreation(const std::string& id, std::int64_t expectedRevision,
                             std::int64_t serverRevision, std::optional<RecordStatus> status,
                             const std::optional<std::string>& statusReason,
                             const std::string& registrationNumber);
    // The same with the fields as the JSON object text the server sent (record.fields is not
    // read): stored as is, no parse + dump. The caller vouches that the text is valid JSON.
    void saveServerCopy(const Record& record, const std::string& fieldsJson);

    // A full re-download's bookkeeping (table sync_reset_seen): which records the server sent
    // again, so that those it no longer sends can be found at the end.
    void markSentAgain(const std::string& id);
    std::vector<std::string> notSentAgain(); // stored records not marked since the last clear
    void clearSentAgain();

    WorkqueuePage workqueue(const WorkqueueQuery& query);
    std::vector<Record> search(const SearchQuery& query);
    RecordSearch& searchIndex() { return m_search; }

private:
    std::optional<std::int64_t> localId(const std::string& id);
    void writeServerCopy(const Record& record, const std::string& fieldsJson,
                         const SearchTerms& terms);
    std::vector<Record> loadByLocalIds(const std::vector<std::int64_t>& ids);
    Database& m_db;
    RecordSearch m_search;
};

} // namespace vitalis
