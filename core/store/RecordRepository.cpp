#include "core/store/RecordRepository.h"

#include "core/store/Database.h"

#include <algorithm>
#include <charconv>

namespace vitalis
{
namespace
{
// base_fields holding this marker means "the merge base is the record's own fields": a record
// with no local changes on top of the server's version (most records after a pull) keeps one
// copy of its values, not two. Not valid JSON, so never mistaken for a stored base.
constexpr const char* kBaseIsFields = "=";

constexpr const char* kColumns =
    "local_id, id, event_type, form_id, form_version, fields, tracking_id, registration_number, "
    "office_id, status, status_reason, server_revision, created_at, updated_at, created_by, "
    "updated_by, national_id_state, registered_at, not_duplicate_of";

// not_duplicate_of: '' for none (most records), else a JSON array of record ids.
std::string idListText(const std::vector<std::string>& ids)
{
    return ids.empty() ? std::string() : nlohmann::json(ids).dump();
}

std::vector<std::string> idList(const std::string& text)
{
    std::vector<std::string> out;
    if (text.empty())
        return out;
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_array())
        for (const auto& v : j)
            if (v.is_string())
                out.push_back(v.get<std::string>());
    return out;
}

struct Row {
    std::int64_t localId;
    Record record;
};

Row readRow(const Statement& st)
{
    Row row;
    row.localId = st.int64(0);
    Record& r = row.record;
    r.id = st.text(1);
    r.eventType = st.text(2);
    r.formId = st.text(3);
    r.formVersion = st.integer(4);
    const std::string fields = st.text(5);
    r.fields = nlohmann::json::parse(fields, nullptr, false);
    if (r.fields.is_discarded())
        throw StoreError(StoreErrc::Corrupt, "record " + r.id + ": stored fields are not JSON");
    r.trackingId = st.text(6);
    r.registrationNumber = st.text(7);
    r.officeId = st.text(8);
    const std::string status = st.text(9);
    auto parsed = recordStatusFromString(status);
    if (!parsed)
        throw StoreError(StoreErrc::Corrupt,
                         "record " + r.id + ": unknown status '" + status + "'");
    r.status = *parsed;
    r.statusReason = st.text(10);
    r.serverRevision = st.int64(11);
    r.createdAt = st.int64(12);
    r.updatedAt = st.int64(13);
    r.createdBy = st.text(14);
    r.updatedBy = st.text(15);
    r.nationalIdState = st.text(16);
    r.registeredAt = st.int64(17);
    r.notDuplicateOf = idList(st.text(18));
    return row;
}

// fieldsJson: the record's fields as JSON object text (r.fields is not read).
void bindRecord(Statement& st, const Record& r, const std::string& fieldsJson)
{
    if (r.id.empty())
        throw StoreError(StoreErrc::InvalidArgument, "a record needs an id");
    st.bind(1, r.id)
        .bind(2, r.eventType)
        .bind(3, r.formId)
        .bind(4, r.formVersion)
        .bind(5, fieldsJson)
        .bind(6, r.trackingId)
        .bind(7, r.registrationNumber)
        .bind(8, r.officeId)
        .bind(9, toString(r.status))
        .bind(10, r.statusReason)
        .bind(11, r.serverRevision)
        .bind(12, r.createdAt)
        .bind(13, r.updatedAt)
        .bind(14, r.createdBy)
        .bind(15, r.updatedBy);
}

void bindRecord(Statement& st, const Record& r)
{
    if (!r.fields.is_object())
        throw StoreError(StoreErrc::InvalidArgument,
                         "record " + r.id + ": fields must be a JSON object");
    bindRecord(st, r, r.fields.dump());
}
} // namespace

std::string WorkqueueCursor::encode() const
{
    return std::to_string(updatedAt) + "." + std::to_string(localId);
}

WorkqueueCursor WorkqueueCursor::decode(std::string_view s)
{
    WorkqueueCursor c;
    const auto dot = s.find('.');
    auto bad = [&] {
        return StoreError(StoreErrc::InvalidArgument,
                          "invalid workqueue cursor '" + std::string(s) + "'");
    };
    if (dot == std::string_view::npos)
        throw bad();
    auto a = std::from_chars(s.data(), s.data() + dot, c.updatedAt);
    auto b = std::from_chars(s.data() + dot + 1, s.data() + s.size(), c.localId);
    if (a.ec != std::errc() || a.ptr != s.data() + dot || b.ec != std::errc() ||
        b.ptr != s.data() + s.size())
        throw bad();
    return c;
}

RecordRepository::RecordRepository(Database& db, const SearchConfig& search)
    : m_db(db), m_search(db, search)
{
}

std::optional<std::int64_t> RecordRepository::localId(const std::string& id)
{
    Statement st = m_db.cached("SELECT local_id FROM records WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return st.int64(0);
}

void RecordRepository::insert(const Record& record)
{
    Transaction tx(m_db);
    if (localId(record.id))
        throw StoreError(StoreErrc::InvalidArgument, "record " + record.id + " already exists");
    Statement st = m_db.cached(
        "INSERT OR FAIL INTO records(id, event_type, form_id, form_version, fields, tracking_id, "
        "registration_number, office_id, status, status_reason, server_revision, created_at, "
        "updated_at, created_by, updated_by, search_names, search_keys, national_id_state, "
        "registered_at, not_duplicate_of) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    bindRecord(st, record);
    const SearchTerms terms = m_search.terms(record.fields);
    st.bind(16, terms.names)
        .bind(17, terms.keys)
        .bind(18, record.nationalIdState)
        .bind(19, record.registeredAt)
        .bind(20, idListText(record.notDuplicateOf));
    st.run();
    m_search.addToIndex(m_db.lastInsertRowid(), terms);
    tx.commit();
}

void RecordRepository::update(const Record& record)
{
    Transaction tx(m_db);
    SearchTerms old;
    std::int64_t lid = 0;
    {
        Statement cur =
            m_db.cached("SELECT local_id, search_names, search_keys FROM records WHERE id = ?");
        cur.bind(1, record.id);
        if (!cur.step())
            throw StoreError(StoreErrc::NotFound, "record " + record.id + " does not exist");
        lid = cur.int64(0);
        old = {cur.text(1), cur.text(2)};
    }
    const SearchTerms terms = m_search.terms(record.fields);
    // Most edits leave names and dates alone: then the index is not touched at all.
    const bool reindex = terms != old;
    if (reindex)
        m_search.removeFromIndex(lid);
    Statement st = m_db.cached(
        "UPDATE OR FAIL records SET id = ?1, event_type = ?2, form_id = ?3, form_version = ?4, "
        "fields = ?5, tracking_id = ?6, registration_number = ?7, office_id = ?8, status = ?9, "
        "status_reason = ?10, server_revision = ?11, created_at = ?12, updated_at = ?13, "
        "created_by = ?14, updated_by = ?15, search_names = ?17, search_keys = ?18, "
        "national_id_state = ?19, registered_at = ?20, not_duplicate_of = ?21, "
        // A local change on top of a server copy: the old fields become the explicit base.
        "base_fields = CASE WHEN base_fields = '=' AND fields <> ?5 THEN fields "
        "ELSE base_fields END "
        "WHERE local_id = ?16");
    bindRecord(st, record);
    st.bind(16, lid)
        .bind(17, terms.names)
        .bind(18, terms.keys)
        .bind(19, record.nationalIdState)
        .bind(20, record.registeredAt)
        .bind(21, idListText(record.notDuplicateOf));
    st.run();
    if (reindex)
        m_search.addToIndex(lid, terms);
    tx.commit();
}

void RecordRepository::save(const Record& record)
{
    if (exists(record.id))
        update(record);
    else
        insert(record);
}

bool RecordRepository::remove(const std::string& id)
{
    // Look first: an unused Transaction would mark an enclosing one rollback-only.
    auto lid = localId(id);
    if (!lid)
        return false;
    Transaction tx(m_db);
    m_search.removeFromIndex(*lid); // while the row still holds the indexed terms
    m_db.cached("DELETE FROM records WHERE local_id = ?").bind(1, *lid).run();
    tx.commit();
    return true;
}

std::optional<Record> RecordRepository::find(const std::string& id)
{
    Statement st = m_db.cached(std::string("SELECT ") + kColumns + " FROM records WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRow(st).record;
}

std::optional<Record> RecordRepository::findHeader(const std::string& id)
{
    // The same row with '{}' for the fields: the value text (an overflow page) is neither
    // read, decrypted nor parsed.
    static const std::string sql = [] {
        std::string columns = kColumns;
        columns.replace(columns.find(" fields,"), 8, " '{}',");
        return "SELECT " + columns + " FROM records WHERE id = ?";
    }();
    Statement st = m_db.cached(sql);
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRow(st).record;
}

Record RecordRepository::get(const std::string& id)
{
    auto r = find(id);
    if (!r)
        throw StoreError(StoreErrc::NotFound, "record " + id + " does not exist");
    return std::move(*r);
}

bool RecordRepository::exists(const std::string& id)
{
    return localId(id).has_value();
}

std::int64_t RecordRepository::count(std::optional<RecordStatus> status)
{
    Statement st = m_db.cached(status ? "SELECT count(*) FROM records WHERE status = ?"
                                      : "SELECT count(*) FROM records");
    if (status)
        st.bind(1, toString(*status));
    st.step();
    return st.int64(0);
}

void RecordRepository::setMergeBase(const std::string& id, const nlohmann::json& baseFields,
                                    std::int64_t serverRevision)
{
    if (!baseFields.is_object())
        throw StoreError(StoreErrc::InvalidArgument,
                         "record " + id + ": merge base must be a JSON object");
    m_db.cached("UPDATE OR FAIL records SET base_fields = ?, server_revision = ? WHERE id = ?")
        .bind(1, baseFields.dump())
        .bind(2, serverRevision)
        .bind(3, id)
        .run();
    if (m_db.changes() == 0)
        throw StoreError(StoreErrc::NotFound, "record " + id + " does not exist");
}

std::optional<nlohmann::json> RecordRepository::mergeBase(const std::string& id)
{
    Statement st = m_db.cached("SELECT base_fields, fields FROM records WHERE id = ?");
    st.bind(1, id);
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    const std::string text = st.text(0);
    auto j = nlohmann::json::parse(text == kBaseIsFields ? st.text(1) : text, nullptr, false);
    if (j.is_discarded())
        throw StoreError(StoreErrc::Corrupt, "record " + id + ": merge base is not JSON");
    return j;
}

void RecordRepository::markSentAgain(const std::string& id)
{
    m_db.cached("INSERT OR IGNORE INTO sync_reset_seen (record_id) VALUES (?)").bind(1, id).run();
}

std::vector<std::string> RecordRepository::notSentAgain()
{
    std::vector<std::string> ids;
    Statement st = m_db.cached(
        "SELECT id FROM records WHERE id NOT IN (SELECT record_id FROM sync_reset_seen)");
    while (st.step())
        ids.push_back(st.text(0));
    return ids;
}

void RecordRepository::clearSentAgain()
{
    m_db.exec("DELETE FROM sync_reset_seen");
}

WorkqueuePage RecordRepository::workqueue(const WorkqueueQuery& q)
{
    if (q.statuses.empty())
        throw StoreError(StoreErrc::InvalidArgument, "a workqueue needs at least one status");
    if (q.pageSize <= 0 || q.pageSize > 1000)
        throw StoreError(StoreErrc::InvalidArgument,
                         "workqueue page size must be 1..1000, got " + std::to_string(q.pageSize));
    // One index range scan per status, merged here: an IN list would force a sort over
    // every matching row instead of reading pageSize+1 rows per status.
    std::string sql = std::string("SELECT ") + kColumns + " FROM records WHERE status = ?1";
    if (!q.officeId.empty())
        sql += " AND office_id = ?5";
    if (q.after)
        sql += " AND (updated_at < ?2 OR (updated_at = ?2 AND local_id < ?3))";
    sql += " ORDER BY updated_at DESC, local_id DESC LIMIT ?4";
    std::vector<Row> rows;
    for (RecordStatus status : q.statuses) {
        Statement st = m_db.cached(sql);
        st.bind(1, toString(status)).bind(4, q.pageSize + 1);
        if (q.after)
            st.bind(2, q.after->updatedAt).bind(3, q.after->localId);
        if (!q.officeId.empty())
            st.bind(5, q.officeId);
        while (st.step())
            rows.push_back(readRow(st));
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return std::tie(a.record.updatedAt, a.localId) > std::tie(b.record.updatedAt, b.localId);
    });
    WorkqueuePage page;
    const bool more = rows.size() > static_cast<std::size_t>(q.pageSize);
    if (more)
        rows.resize(static_cast<std::size_t>(q.pageSize));
    if (more && !rows.empty())
        page.next = WorkqueueCursor{rows.back().record.updatedAt, rows.back().localId};
    page.records.reserve(rows.size());
    for (auto& r : rows)
        page.records.push_back(std::move(r.record));
    return page;
}

std::vector<Record> RecordRepository::loadByLocalIds(const std::vector<std::int64_t>& ids)
{
    std::vector<Record> out;
    out.reserve(ids.size());
    Statement st =
        m_db.cached(std::string("SELECT ") + kColumns + " FROM records WHERE local_id = ?");
    for (std::int64_t id : ids) {
        st.reset();
        st.bind(1, id);
        if (st.step())
            out.push_back(readRow(st).record);
    }
    return out;
}

std::vector<Record> RecordRepository::search(const SearchQuery& query)
{
    return loadByLocalIds(m_search.find(query));
}

void RecordRepository::saveServerCopy(const Record& record)
{
    if (!record.fields.is_object())
        throw StoreError(StoreErrc::InvalidArgument,
                         "record " + record.id + ": fields must be a JSON object");
    writeServerCopy(record, record.fields.dump(), m_search.terms(record.fields));
}

void RecordRepository::saveServerCopy(const Record& record, const std::string& fieldsJson)
{
    writeServerCopy(record, fieldsJson, m_search.terms(std::string_view(fieldsJson)));
}

void RecordRepository::writeServerCopy(const Record& r, const std::string& fieldsJson,
                                       const SearchTerms& terms)
{
    Transaction tx(m_db);
    std::optional<std::int64_t> lid;
    SearchTerms old;
    std::int64_t createdAt = r.createdAt;
    {
        Statement cur = m_db.cached(
            "SELECT local_id, search_names, search_keys, created_at FROM records WHERE id = ?");
        cur.bind(1, r.id);
        if (cur.step()) {
            lid = cur.int64(0);
            old = {cur.text(1), cur.text(2)};
            if (createdAt == 0)
                createdAt = cur.int64(3);
        }
    }
    if (!lid) {
        Statement st = m_db.cached(
            "INSERT OR FAIL INTO records(id, event_type, form_id, form_version, fields, "
            "tracking_id, registration_number, office_id, status, status_reason, server_revision, "
            "created_at, updated_at, created_by, updated_by, search_names, search_keys, "
            "base_fields, national_id_state, registered_at, not_duplicate_of) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'=',?,?,?)");
        bindRecord(st, r, fieldsJson);
        st.bind(12, createdAt)
            .bind(16, terms.names)
            .bind(17, terms.keys)
            .bind(18, r.nationalIdState)
            .bind(19, r.registeredAt)
            .bind(20, idListText(r.notDuplicateOf));
        st.run();
        m_search.addToIndex(m_db.lastInsertRowid(), terms);
        tx.commit();
        return;
    }
    const bool reindex = terms != old;
    if (reindex)
        m_search.removeFromIndex(*lid);
    Statement st = m_db.cached(
        "UPDATE OR FAIL records SET id = ?1, event_type = ?2, form_id = ?3, form_version = ?4, "
        "fields = ?5, tracking_id = ?6, registration_number = ?7, office_id = ?8, status = ?9, "
        "status_reason = ?10, server_revision = ?11, created_at = ?12, updated_at = ?13, "
        "created_by = ?14, updated_by = ?15, search_names = ?17, search_keys = ?18, "
        "base_fields = '=', national_id_state = ?19, registered_at = ?20, "
        "not_duplicate_of = ?21 WHERE local_id = ?16");
    bindRecord(st, r, fieldsJson);
    st.bind(12, createdAt)
        .bind(16, *lid)
        .bind(17, terms.names)
        .bind(18, terms.keys)
        .bind(19, r.nationalIdState)
        .bind(20, r.registeredAt)
        .bind(21, idListText(r.notDuplicateOf));
    st.run();
    if (reindex)
        m_search.addToIndex(*lid, terms);
    tx.commit();
}

bool RecordRepository::acknowledgeCreation(const std::string& id, std::int64_t expectedRevision,
                                           std::int64_t serverRevision,
                                           std::optional<RecordStatus> status,
                                           const std::optional<std::string>& statusReason,
                                           const std::string& registrationNumber)
{
    Statement st = m_db.cached(
        "UPDATE OR FAIL records SET server_revision = ?1, status = COALESCE(?2, status), "
        "status_reason = COALESCE(?3, status_reason), registration_number = CASE WHEN ?4 = '' "
        "THEN registration_number ELSE ?4 END, base_fields = '=' WHERE id = ?5 AND "
        "server_revision = ?6");
    st.bind(1, serverRevision)
        .bind(2, status ? std::optional<std::string>(std::string(toString(*status))) : std::nullopt)
        .bind(3, statusReason)
        .bind(4, registrationNumber)
        .bind(5, id)
        .bind(6, expectedRevision)
        .run();
    return m_db.changes() > 0;
}

} // namespace vitalis
