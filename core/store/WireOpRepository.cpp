#include "core/store/WireOpRepository.h"

#include "core/store/Database.h"

namespace vitalis
{

WireOpRepository::WireOpRepository(Database& db) : m_db(db) {}

void WireOpRepository::add(std::int64_t wireId, const std::string& recordId,
                           std::string_view opText, std::span<const std::int64_t> outboxIds)
{
    m_db.cached("INSERT INTO sync_wire (wire_id, record_id, op) VALUES (?, ?, ?)")
        .bind(1, wireId)
        .bind(2, recordId)
        .bind(3, opText)
        .run();
    for (const auto id : outboxIds)
        m_db.cached("INSERT INTO sync_op_map (local_id, wire_id) VALUES (?, ?)")
            .bind(1, id)
            .bind(2, wireId)
            .run();
}

std::vector<std::int64_t> WireOpRepository::unanswered(std::int64_t afterWireId, int limit)
{
    Statement st = m_db.cached("SELECT wire_id FROM sync_wire WHERE acked = 0 AND wire_id > ? "
                               "ORDER BY wire_id LIMIT ?");
    st.bind(1, afterWireId).bind(2, limit);
    std::vector<std::int64_t> out;
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

std::string WireOpRepository::opText(std::int64_t wireId)
{
    Statement st = m_db.cached("SELECT op FROM sync_wire WHERE wire_id = ?");
    st.bind(1, wireId);
    if (!st.step())
        throw StoreError(StoreErrc::NotFound, "wire op " + std::to_string(wireId) + " is gone");
    return st.text(0);
}

std::vector<std::int64_t> WireOpRepository::outboxIdsOf(std::int64_t wireId)
{
    Statement st =
        m_db.cached("SELECT local_id FROM sync_op_map WHERE wire_id = ? ORDER BY local_id");
    st.bind(1, wireId);
    std::vector<std::int64_t> out;
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

std::int64_t WireOpRepository::unansweredCount()
{
    Statement st = m_db.cached("SELECT COUNT(*) FROM sync_wire WHERE acked = 0");
    st.step();
    return st.int64(0);
}

std::int64_t WireOpRepository::lastAnswered()
{
    Statement st = m_db.cached("SELECT COALESCE(MAX(wire_id), 0) FROM sync_wire WHERE acked = 1");
    st.step();
    return st.int64(0);
}

std::int64_t WireOpRepository::highestCarried()
{
    Statement st = m_db.cached("SELECT COALESCE(MAX(local_id), 0) FROM sync_op_map");
    st.step();
    return st.int64(0);
}

bool WireOpRepository::reachedServer(const std::string& recordId)
{
    Statement st = m_db.cached("SELECT 1 FROM sync_wire WHERE record_id = ? AND (acked = 0 OR "
                               "outcome IN ('applied', 'merged', 'conflict')) LIMIT 1");
    st.bind(1, recordId);
    return st.step();
}

void WireOpRepository::answer(std::int64_t wireId, OutboxState outcome)
{
    if (outcome != OutboxState::Applied && outcome != OutboxState::Merged &&
        outcome != OutboxState::Conflict && outcome != OutboxState::Rejected)
        throw StoreError(StoreErrc::InvalidArgument, "a wire op's answer must be final, got '" +
                                                         std::string(toString(outcome)) + "'");
    m_db.cached("UPDATE OR FAIL sync_wire SET acked = 1, outcome = ?, op = '' WHERE wire_id = ?")
        .bind(1, toString(outcome))
        .bind(2, wireId)
        .run();
}

std::vector<std::int64_t> WireOpRepository::dropAbove(std::int64_t watermark)
{
    std::vector<std::int64_t> carried;
    {
        Statement st = m_db.cached("SELECT local_id FROM sync_op_map WHERE wire_id > ? ORDER BY "
                                   "local_id");
        st.bind(1, watermark);
        while (st.step())
            carried.push_back(st.int64(0));
    }
    m_db.cached("DELETE FROM sync_op_map WHERE wire_id > ?").bind(1, watermark).run();
    m_db.cached("DELETE FROM sync_wire WHERE wire_id > ?").bind(1, watermark).run();
    return carried;
}

} // namespace vitalis
