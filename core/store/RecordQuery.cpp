#include "core/store/RecordQuery.h"

#include "core/store/Database.h"
#include "core/store/RecordRepository.h"
#include "core/store/RecordSearch.h"

namespace vitalis
{

namespace
{
std::string statusList(const std::vector<RecordStatus>& statuses)
{
    std::string in;
    for (const auto s : statuses) {
        in += in.empty() ? "'" : ",'";
        in += toString(s); // fixed enum names, never user text
        in += "'";
    }
    return in.empty() ? "''" : in;
}

const char* column(RecordSortKey key)
{
    switch (key) {
    case RecordSortKey::UpdatedAt:
        return "updated_at";
    case RecordSortKey::CreatedAt:
        return "created_at";
    case RecordSortKey::TrackingId:
        return "tracking_id COLLATE NOCASE";
    case RecordSortKey::EventType:
        return "event_type";
    case RecordSortKey::Status:
        return "status";
    }
    return "updated_at";
}

std::string likePrefix(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "%";
}
} // namespace

RecordQuery::RecordQuery(Database& db, RecordRepository& records) : m_db(db), m_records(records) {}

std::vector<std::int64_t> RecordQuery::ids(const RecordListQuery& query)
{
    const std::string dir = query.descending ? " DESC" : " ASC";
    std::string sql =
        "SELECT local_id FROM records WHERE status IN (" + statusList(query.statuses) + ")";
    const std::string match =
        query.filter.empty() ? std::string() : RecordSearch::matchExpression(query.filter, false);
    if (!query.filter.empty()) {
        sql += " AND (tracking_id LIKE ?1 ESCAPE '\\' OR registration_number LIKE ?1 ESCAPE '\\'";
        if (!match.empty())
            sql += " OR local_id IN (SELECT docid FROM record_search WHERE record_search MATCH ?2)";
        sql += ")";
    }
    sql += std::string(" ORDER BY ") + column(query.sort) + dir + ", local_id" + dir;
    auto st = m_db.prepare(sql);
    if (!query.filter.empty()) {
        st.bind(1, likePrefix(query.filter));
        if (!match.empty())
            st.bind(2, match);
    }
    std::vector<std::int64_t> out;
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

std::int64_t RecordQuery::count(const std::vector<RecordStatus>& statuses)
{
    auto st =
        m_db.prepare("SELECT count(*) FROM records WHERE status IN (" + statusList(statuses) + ")");
    return st.step() ? st.int64(0) : 0;
}

std::vector<Record> RecordQuery::load(const std::vector<std::int64_t>& localIds)
{
    std::vector<Record> out;
    out.reserve(localIds.size());
    auto st = m_db.cached("SELECT id FROM records WHERE local_id = ?");
    for (const auto lid : localIds) {
        st.reset();
        st.bind(1, lid);
        if (!st.step())
            continue;
        if (auto r = m_records.find(st.text(0)))
            out.push_back(std::move(*r));
    }
    return out;
}

} // namespace vitalis
