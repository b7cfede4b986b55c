#include "core/store/ConflictMapRepository.h"

#include "core/store/Database.h"

namespace vitalis
{

ConflictMapRepository::ConflictMapRepository(Database& db) : m_db(db) {}

void ConflictMapRepository::add(std::int64_t localConflictId, const std::string& serverConflictId,
                                const std::string& recordId)
{
    m_db.cached("INSERT INTO sync_conflict_map (local_conflict_id, server_conflict_id, "
                "record_id) VALUES (?, ?, ?)")
        .bind(1, localConflictId)
        .bind(2, serverConflictId)
        .bind(3, recordId)
        .run();
}

std::string ConflictMapRepository::serverIdOf(std::int64_t localConflictId)
{
    Statement st =
        m_db.cached("SELECT server_conflict_id FROM sync_conflict_map WHERE local_conflict_id = ?");
    st.bind(1, localConflictId);
    return st.step() ? st.text(0) : std::string();
}

bool ConflictMapRepository::knows(const std::string& serverConflictId)
{
    Statement st = m_db.cached("SELECT 1 FROM sync_conflict_map WHERE server_conflict_id = ?");
    st.bind(1, serverConflictId);
    return st.step();
}

} // namespace vitalis
