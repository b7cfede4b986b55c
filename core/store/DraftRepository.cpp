#include "core/store/DraftRepository.h"

#include "core/store/Database.h"

namespace vitalis
{
namespace
{
Draft readDraft(const Statement& st)
{
    Draft d;
    d.recordId = st.text(0);
    d.page = st.text(1);
    d.fields = nlohmann::json::parse(st.text(2), nullptr, false);
    if (d.fields.is_discarded())
        throw StoreError(StoreErrc::Corrupt, "draft of record " + d.recordId + " is not JSON");
    d.savedAt = st.int64(3);
    return d;
}
} // namespace

DraftRepository::DraftRepository(Database& db) : m_db(db) {}

bool DraftRepository::save(const Draft& d)
{
    if (d.recordId.empty())
        throw StoreError(StoreErrc::InvalidArgument, "a draft needs a record id");
    if (!d.fields.is_object())
        throw StoreError(StoreErrc::InvalidArgument,
                         "draft of record " + d.recordId + ": fields must be a JSON object");
    // Autosave runs on every finished field and every page turn: an unchanged form must not
    // re-encrypt and rewrite its page of the store each time.
    // SQLCipher 3.4 is SQLite 3.15: no UPSERT. An UPDATE that only matches a changed row, then
    // an INSERT that does nothing when the row exists (unchanged).
    const std::string fields = d.fields.dump();
    m_db.cached("UPDATE OR FAIL drafts SET page = ?, fields = ?, saved_at = ? "
                "WHERE record_id = ? AND (page IS NOT ? OR fields IS NOT ?)")
        .bind(1, d.page)
        .bind(2, fields)
        .bind(3, d.savedAt)
        .bind(4, d.recordId)
        .bind(5, d.page)
        .bind(6, fields)
        .run();
    if (m_db.changes() > 0)
        return true;
    m_db.cached("INSERT OR IGNORE INTO drafts(record_id, page, fields, saved_at) VALUES (?,?,?,?)")
        .bind(1, d.recordId)
        .bind(2, d.page)
        .bind(3, fields)
        .bind(4, d.savedAt)
        .run();
    return m_db.changes() > 0;
}

std::optional<Draft> DraftRepository::load(const std::string& recordId)
{
    Statement st =
        m_db.cached("SELECT record_id, page, fields, saved_at FROM drafts WHERE record_id = ?");
    st.bind(1, recordId);
    if (!st.step())
        return std::nullopt;
    return readDraft(st);
}

bool DraftRepository::remove(const std::string& recordId)
{
    m_db.cached("DELETE FROM drafts WHERE record_id = ?").bind(1, recordId).run();
    return m_db.changes() > 0;
}

std::vector<Draft> DraftRepository::list()
{
    Statement st =
        m_db.cached("SELECT record_id, page, fields, saved_at FROM drafts ORDER BY saved_at DESC");
    std::vector<Draft> out;
    while (st.step())
        out.push_back(readDraft(st));
    return out;
}

} // namespace vitalis
