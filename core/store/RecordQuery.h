// Sorted, filtered lists of record local ids for the workqueue tables. Only ids (8 bytes a
// record) are listed, so a 100,000-record queue sorts in one query and rows load page by page.
#pragma once

#include "core/Record.h"
#include "core/RecordStatus.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vitalis
{

class Database;
class RecordRepository;

enum class RecordSortKey { UpdatedAt, CreatedAt, TrackingId, EventType, Status };

struct RecordListQuery {
    std::vector<RecordStatus> statuses; // at least one
    // Words: a record matches when a name starts with every word (prefix, accents folded) or
    // its tracking ID / registration number starts with the text. Empty: no filter.
    std::string filter;
    RecordSortKey sort = RecordSortKey::UpdatedAt;
    bool descending = true;
};

class RecordQuery
{
public:
    RecordQuery(Database& db, RecordRepository& records);
    std::vector<std::int64_t> ids(const RecordListQuery& query);
    std::int64_t count(const std::vector<RecordStatus>& statuses);
    // Records for a page of local ids, in the same order; ids no longer present are skipped.
    std::vector<Record> load(const std::vector<std::int64_t>& localIds);

private:
    Database& m_db;
    RecordRepository& m_records;
};

} // namespace vitalis
