#include "core/store/ConflictRepository.h"

#include "core/store/Database.h"
#include "core/store/OutboxRepository.h"

namespace vitalis
{
namespace
{
constexpr const char* kSelect =
    "SELECT id, record_id, field_id, base_value, mine_value, theirs_value, mutation_id, "
    "server_revision, their_user, their_at, my_user, my_at, detected_at, resolved_at, "
    "resolved_by, resolution, resolved_value FROM conflicts ";

nlohmann::json parse(const Statement& st, int col, std::int64_t id)
{
    if (st.isNull(col))
        return nullptr;
    auto j = nlohmann::json::parse(st.text(col), nullptr, false);
    if (j.is_discarded())
        throw StoreError(StoreErrc::Corrupt,
                         "conflict " + std::to_string(id) + ": a stored value is not JSON");
    return j;
}

Conflict readConflict(const Statement& st)
{
    Conflict c;
    c.id = st.int64(0);
    c.recordId = st.text(1);
    c.fieldId = st.text(2);
    c.base = parse(st, 3, c.id);
    c.mine = parse(st, 4, c.id);
    c.theirs = parse(st, 5, c.id);
    c.mutationId = st.int64(6);
    c.serverRevision = st.int64(7);
    c.theirUser = st.text(8);
    c.theirAt = st.int64(9);
    c.myUser = st.text(10);
    c.myAt = st.int64(11);
    c.detectedAt = st.int64(12);
    if (!st.isNull(13))
        c.resolvedAt = st.int64(13);
    c.resolvedBy = st.text(14);
    const std::string r = st.text(15);
    if (r == "mine")
        c.resolution = ConflictResolution::KeepMine;
    else if (r == "theirs")
        c.resolution = ConflictResolution::KeepTheirs;
    else if (r == "edited")
        c.resolution = ConflictResolution::Edited;
    c.resolvedValue = parse(st, 16, c.id);
    return c;
}

std::vector<Conflict> readAll(Statement& st)
{
    std::vector<Conflict> out;
    while (st.step())
        out.push_back(readConflict(st));
    return out;
}
} // namespace

std::string_view toString(ConflictResolution r)
{
    switch (r) {
    case ConflictResolution::KeepMine:
        return "mine";
    case ConflictResolution::KeepTheirs:
        return "theirs";
    case ConflictResolution::Edited:
        return "edited";
    }
    return "unknown";
}

ConflictRepository::ConflictRepository(Database& db) : m_db(db) {}

std::int64_t ConflictRepository::add(const Conflict& c)
{
    if (c.recordId.empty() || c.fieldId.empty())
        throw StoreError(StoreErrc::InvalidArgument, "a conflict needs a record id and a field id");
    m_db.cached("INSERT INTO conflicts(record_id, field_id, base_value, mine_value, theirs_value, "
                "mutation_id, server_revision, their_user, their_at, my_user, my_at, detected_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
        .bind(1, c.recordId)
        .bind(2, c.fieldId)
        .bind(3, c.base.dump())
        .bind(4, c.mine.dump())
        .bind(5, c.theirs.dump())
        .bind(6, c.mutationId)
        .bind(7, c.serverRevision)
        .bind(8, c.theirUser)
        .bind(9, c.theirAt)
        .bind(10, c.myUser)
        .bind(11, c.myAt)
        .bind(12, c.detectedAt)
        .run();
    return m_db.lastInsertRowid();
}

std::optional<Conflict> ConflictRepository::find(std::int64_t id)
{
    Statement st = m_db.cached(std::string(kSelect) + "WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readConflict(st);
}

std::vector<Conflict> ConflictRepository::open(const std::string& recordId)
{
    Statement st = m_db.cached(std::string(kSelect) +
                               "WHERE resolved_at IS NULL AND (?1 = '' OR record_id = ?1) "
                               "ORDER BY id");
    st.bind(1, recordId);
    return readAll(st);
}

std::vector<Conflict> ConflictRepository::forRecord(const std::string& recordId)
{
    Statement st = m_db.cached(std::string(kSelect) + "WHERE record_id = ? ORDER BY id");
    st.bind(1, recordId);
    return readAll(st);
}

std::int64_t ConflictRepository::openCount()
{
    Statement st = m_db.cached("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL");
    st.step();
    return st.int64(0);
}

void ConflictRepository::resolve(std::int64_t id, ConflictResolution resolution,
                                 const nlohmann::json& value, const std::string& by,
                                 std::int64_t at)
{
    m_db.cached("UPDATE conflicts SET resolved_at = ?, resolved_by = ?, resolution = ?, "
                "resolved_value = ? WHERE id = ? AND resolved_at IS NULL")
        .bind(1, at)
        .bind(2, by)
        .bind(3, toString(resolution))
        .bind(4, value.dump())
        .bind(5, id)
        .run();
    if (m_db.changes() == 0) {
        if (!find(id))
            throw StoreError(StoreErrc::NotFound,
                             "conflict " + std::to_string(id) + " does not exist");
        throw StoreError(StoreErrc::InvalidArgument,
                         "conflict " + std::to_string(id) + " is already resolved");
    }
    // The op that hit the conflicts is settled once nothing about its record is left to
    // decide: it no longer asks anyone for a decision (outbox screens, the CLI's hint).
    Statement open = m_db.cached("SELECT c.record_id, (SELECT count(*) FROM conflicts o WHERE "
                                 "o.record_id = c.record_id AND o.resolved_at IS NULL) "
                                 "FROM conflicts c WHERE c.id = ?");
    open.bind(1, id);
    if (!open.step() || open.int64(1) > 0)
        return;
    const std::string recordId = open.text(0);
    open.reset();
    OutboxRepository(m_db).settleConflicts(recordId, at);
}

} // namespace vitalis
