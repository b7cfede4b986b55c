#include "core/store/DedupIndexRepository.h"

#include "core/store/Database.h"

#include <set>

namespace vitalis
{

std::vector<DirtyRecord> DedupIndexRepository::dirty(int limit)
{
    Statement st = m_db.cached("SELECT d.record_id, r.event_type, r.fields FROM dedup_dirty d "
                               "LEFT JOIN records r ON r.id = d.record_id LIMIT ?");
    st.bind(1, limit);
    std::vector<DirtyRecord> out;
    while (st.step())
        out.push_back({st.text(0), st.isNull(1) ? std::string() : st.text(1),
                       st.isNull(2) ? std::string() : st.text(2)});
    return out;
}

void DedupIndexRepository::replaceKeys(const std::string& recordId,
                                       const std::vector<std::string>& keys)
{
    Transaction tx(m_db);
    m_db.cached("DELETE FROM dedup_keys WHERE record_id = ?").bind(1, recordId).run();
    for (const std::string& k : std::set<std::string>(keys.begin(), keys.end()))
        m_db.cached("INSERT INTO dedup_keys(key, record_id) VALUES (?, ?)")
            .bind(1, k)
            .bind(2, recordId)
            .run();
    m_db.cached("DELETE FROM dedup_dirty WHERE record_id = ?").bind(1, recordId).run();
    tx.commit();
}

std::vector<std::string> DedupIndexRepository::candidates(const std::vector<std::string>& keys,
                                                          const std::string& exceptId, int limit)
{
    // A key shared by more than `limit` records tells nothing: skipped, as on the server.
    std::set<std::string> ids;
    for (const std::string& k : keys) {
        Statement st = m_db.cached("SELECT record_id FROM dedup_keys WHERE key = ? LIMIT ?");
        st.bind(1, k).bind(2, limit + 1);
        std::vector<std::string> found;
        while (st.step())
            found.push_back(st.text(0));
        if (static_cast<int>(found.size()) > limit)
            continue;
        for (std::string& id : found)
            if (id != exceptId)
                ids.insert(std::move(id));
    }
    return {ids.begin(), ids.end()};
}

} // namespace vitalis
