#include "core/store/OutboxRepository.h"

#include "core/store/Database.h"

#include <array>
#include <utility>

namespace vitalis
{
namespace
{
constexpr std::array<std::pair<OutboxState, std::string_view>, 8> kStates{{
    {OutboxState::Queued, "queued"},
    {OutboxState::Sending, "sending"},
    {OutboxState::Applied, "applied"},
    {OutboxState::Merged, "merged"},
    {OutboxState::Conflict, "conflict"},
    {OutboxState::Rejected, "rejected"},
    {OutboxState::WaitingRetry, "waiting_retry"},
    {OutboxState::Resolved, "resolved"},
}};

// An entry is its content (outbox, written once, rewritten only by coalescing) joined with
// its status (outbox_status, small, rewritten at every step of its way to the server).
constexpr const char* kSelect =
    "SELECT o.mutation_id, o.record_id, o.kind, o.base_revision, o.changes, o.payload, "
    "o.form_version, s.state, s.last_error, s.attempts, o.created_at, "
    "MAX(o.updated_at, s.updated_at), s.next_attempt_at "
    "FROM outbox o JOIN outbox_status s ON s.mutation_id = o.mutation_id";

// The states of a row still to be sent, and the same as an SQL list.
constexpr std::array<const char*, 3> kUnsentStates = {"queued", "sending", "waiting_retry"};
const std::string kUnsent = [] {
    std::string list;
    for (const char* state : kUnsentStates)
        list += std::string(list.empty() ? "('" : ", '") + state + "'";
    return list + ")";
}();

void setCounter(Database& db, std::string_view name, std::int64_t value)
{
    setKeyedValue(db, "counters", "name", name, value);
}

void requireChanged(Database& db, std::int64_t id)
{
    if (db.changes() == 0)
        throw StoreError(StoreErrc::NotFound,
                         "outbox entry " + std::to_string(id) + " does not exist");
}

nlohmann::json parseJson(const std::string& text, std::int64_t id, const char* what)
{
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded())
        throw StoreError(StoreErrc::Corrupt,
                         "outbox entry " + std::to_string(id) + ": " + what + " is not JSON");
    return j;
}

enum class Changes { Parsed, Text };

OutboxEntry readEntry(const Statement& st, Changes changes = Changes::Parsed)
{
    OutboxEntry e;
    e.mutationId = st.int64(0);
    e.recordId = st.text(1);
    const std::string kind = st.text(2);
    auto k = OpKind::fromName(kind);
    if (!k)
        throw StoreError(StoreErrc::Corrupt, "outbox entry " + std::to_string(e.mutationId) +
                                                 ": unknown kind '" + kind + "'");
    e.kind = *k;
    e.baseRevision = st.int64(3);
    if (changes == Changes::Parsed) {
        e.changes = parseJson(st.text(4), e.mutationId, "changes");
    } else {
        e.changes = nullptr;
        e.changesText = st.text(4);
    }
    e.payload = parseJson(st.text(5), e.mutationId, "payload");
    e.formVersion = st.integer(6);
    const std::string state = st.text(7);
    auto s = outboxStateFromString(state);
    if (!s)
        throw StoreError(StoreErrc::Corrupt, "outbox entry " + std::to_string(e.mutationId) +
                                                 ": unknown state '" + state + "'");
    e.state = *s;
    e.lastError = st.text(8);
    e.attempts = st.integer(9);
    e.createdAt = st.int64(10);
    e.updatedAt = st.int64(11);
    e.nextAttemptAt = st.int64(12);
    return e;
}

std::vector<OutboxEntry> readAll(Statement& st, Changes changes = Changes::Parsed)
{
    std::vector<OutboxEntry> out;
    while (st.step())
        out.push_back(readEntry(st, changes));
    return out;
}
} // namespace

std::string_view toString(OutboxState state)
{
    for (const auto& [s, name] : kStates)
        if (s == state)
            return name;
    return "unknown";
}

std::optional<OutboxState> outboxStateFromString(std::string_view name)
{
    for (const auto& [s, n] : kStates)
        if (n == name)
            return s;
    return std::nullopt;
}

OutboxRepository::OutboxRepository(Database& db) : m_db(db) {}

std::int64_t OutboxRepository::lastMutationId()
{
    Statement st = m_db.cached("SELECT value FROM counters WHERE name = 'outbox.mutation_id'");
    return st.step() ? st.int64(0) : 0;
}

std::int64_t OutboxRepository::enqueue(OutboxEntry e)
{
    if (e.recordId.empty() || e.kind == OpKind::draft())
        throw StoreError(StoreErrc::InvalidArgument,
                         "an outbox entry needs a record id, and a local draft save is not one");
    if (!e.changes.is_object() || !e.payload.is_object())
        throw StoreError(StoreErrc::InvalidArgument,
                         "outbox entry for record " + e.recordId +
                             ": changes and payload must be JSON objects");
    Transaction tx(m_db);
    const std::int64_t id = lastMutationId() + 1;
    setCounter(m_db, "outbox.mutation_id", id);
    const std::int64_t updatedAt = e.updatedAt ? e.updatedAt : e.createdAt;
    m_db.cached("INSERT INTO outbox(mutation_id, record_id, kind, base_revision, form_version, "
                "created_at, updated_at, payload, changes) VALUES (?,?,?,?,?,?,?,?,?)")
        .bind(1, id)
        .bind(2, e.recordId)
        .bind(3, e.kind.name())
        .bind(4, e.baseRevision)
        .bind(5, e.formVersion)
        .bind(6, e.createdAt)
        .bind(7, updatedAt)
        .bind(8, e.payload.dump())
        .bind(9, e.changes.dump())
        .run();
    m_db.cached("INSERT INTO outbox_status(mutation_id, state, updated_at) VALUES (?, ?, ?)")
        .bind(1, id)
        .bind(2, toString(OutboxState::Queued))
        .bind(3, updatedAt)
        .run();
    tx.commit();
    return id;
}

bool OutboxRepository::hasAnyFor(const std::string& recordId)
{
    Statement st = m_db.cached("SELECT 1 FROM outbox WHERE record_id = ? LIMIT 1");
    st.bind(1, recordId);
    return st.step();
}

std::optional<OutboxEntry> OutboxRepository::openTail(const std::string& recordId)
{
    Statement st = m_db.cached(std::string(kSelect) +
                               " WHERE o.record_id = ? ORDER BY o.mutation_id DESC LIMIT 1");
    st.bind(1, recordId);
    if (!st.step())
        return std::nullopt;
    OutboxEntry e = readEntry(st);
    st.reset();
    if (e.state != OutboxState::Queued || e.mutationId <= sealedThrough())
        return std::nullopt;
    return e;
}

void OutboxRepository::absorb(std::int64_t mutationId, const nlohmann::json& changes,
                              std::int64_t at)
{
    // The state and sealed checks are repeated here, in the same statement, so a row the sync
    // engine took in the meantime is never rewritten.
    m_db.cached(
            "UPDATE OR FAIL outbox SET changes = ?1, updated_at = ?2 WHERE mutation_id = ?3 AND "
            "mutation_id > ?4 AND (SELECT state FROM outbox_status WHERE mutation_id = ?3) "
            "= 'queued'")
        .bind(1, changes.dump())
        .bind(2, at)
        .bind(3, mutationId)
        .bind(4, sealedThrough())
        .run();
    if (m_db.changes() == 0)
        throw StoreError(StoreErrc::InvalidArgument,
                         "outbox entry " + std::to_string(mutationId) + " is no longer open");
}

std::int64_t OutboxRepository::sealedThrough()
{
    Statement st = m_db.cached("SELECT value FROM counters WHERE name = 'outbox.sealed_through'");
    // No mark yet (a profile from before coalescing): rows may have been built by a sync run
    // that did not record it, so every existing row counts as sealed until the next run does.
    return st.step() ? st.int64(0) : lastMutationId();
}

void OutboxRepository::sealThrough(std::int64_t mutationId)
{
    Statement st = m_db.cached("SELECT value FROM counters WHERE name = 'outbox.sealed_through'");
    if (st.step() && st.int64(0) >= mutationId)
        return;
    st.reset();
    setCounter(m_db, "outbox.sealed_through", mutationId);
}

int OutboxRepository::removeForRecord(const std::string& recordId)
{
    m_db.cached("DELETE FROM outbox WHERE record_id = ?").bind(1, recordId).run();
    return m_db.changes();
}

std::optional<OutboxEntry> OutboxRepository::find(std::int64_t mutationId)
{
    Statement st = m_db.cached(std::string(kSelect) + " WHERE o.mutation_id = ?");
    st.bind(1, mutationId);
    if (!st.step())
        return std::nullopt;
    return readEntry(st);
}

std::vector<OutboxEntry> OutboxRepository::pending(std::int64_t now, int limit)
{
    Statement st = m_db.cached(std::string(kSelect) +
                               " WHERE s.state = 'queued' OR (s.state = 'waiting_retry' AND "
                               "s.next_attempt_at <= ?) ORDER BY o.mutation_id LIMIT ?");
    st.bind(1, now).bind(2, limit);
    return readAll(st);
}

std::vector<OutboxEntry> OutboxRepository::list(std::optional<OutboxState> state,
                                                std::int64_t afterMutationId, int limit)
{
    Statement st = m_db.cached(std::string(kSelect) +
                               " WHERE o.mutation_id > ?1 AND (?2 IS NULL OR s.state = ?2) "
                               "ORDER BY o.mutation_id LIMIT ?3");
    st.bind(1, afterMutationId).bind(3, limit);
    if (state)
        st.bind(2, toString(*state));
    return readAll(st);
}

std::vector<OutboxEntry> OutboxRepository::forRecord(const std::string& recordId)
{
    Statement st =
        m_db.cached(std::string(kSelect) + " WHERE o.record_id = ? ORDER BY o.mutation_id");
    st.bind(1, recordId);
    return readAll(st);
}

std::vector<OutboxEntry> OutboxRepository::unsentForRecord(const std::string& recordId)
{
    // The index finds the record's rows; only unsent ones are decoded (their JSON is the cost).
    Statement st = m_db.cached(std::string(kSelect) + " WHERE o.record_id = ? AND s.state IN " +
                               kUnsent + " ORDER BY o.mutation_id");
    st.bind(1, recordId);
    return readAll(st);
}

std::unordered_set<std::string> OutboxRepository::recordsWithUnsent()
{
    Statement st = m_db.cached("SELECT DISTINCT o.record_id FROM outbox o JOIN outbox_status s "
                               "ON s.mutation_id = o.mutation_id WHERE s.state IN " +
                               kUnsent);
    std::unordered_set<std::string> ids;
    while (st.step())
        ids.insert(st.text(0));
    return ids;
}

std::map<OutboxState, std::int64_t> OutboxRepository::countByState()
{
    std::map<OutboxState, std::int64_t> out;
    Statement st = m_db.cached("SELECT state, count(*) FROM outbox_status GROUP BY state");
    while (st.step())
        if (auto s = outboxStateFromString(st.text(0)))
            out[*s] = st.int64(1);
    return out;
}

void OutboxRepository::markSending(std::span<const std::int64_t> ids, std::int64_t at)
{
    Transaction tx(m_db);
    for (std::int64_t id : ids) {
        m_db.cached("UPDATE OR FAIL outbox_status SET state = 'sending', attempts = attempts + 1, "
                    "updated_at = ? WHERE mutation_id = ?")
            .bind(1, at)
            .bind(2, id)
            .run();
        requireChanged(m_db, id);
    }
    tx.commit();
}

void OutboxRepository::markResult(std::int64_t id, OutboxState state, const std::string& error,
                                  std::int64_t at)
{
    if (state != OutboxState::Applied && state != OutboxState::Merged &&
        state != OutboxState::Conflict && state != OutboxState::Rejected)
        throw StoreError(StoreErrc::InvalidArgument, "markResult needs a final state, got '" +
                                                         std::string(toString(state)) + "'");
    m_db.cached("UPDATE OR FAIL outbox_status SET state = ?, last_error = ?, updated_at = ? "
                "WHERE mutation_id = ?")
        .bind(1, toString(state))
        .bind(2, error)
        .bind(3, at)
        .bind(4, id)
        .run();
    requireChanged(m_db, id);
}

int OutboxRepository::settleConflicts(const std::string& recordId, std::int64_t at)
{
    m_db.cached("UPDATE outbox_status SET state = ?, updated_at = ? WHERE state = ? AND "
                "mutation_id IN (SELECT mutation_id FROM outbox WHERE record_id = ?)")
        .bind(1, toString(OutboxState::Resolved))
        .bind(2, at)
        .bind(3, toString(OutboxState::Conflict))
        .bind(4, recordId)
        .run();
    return m_db.changes();
}

void OutboxRepository::markRetry(std::int64_t id, const std::string& error,
                                 std::int64_t nextAttemptAt, std::int64_t at)
{
    m_db.cached("UPDATE OR FAIL outbox_status SET state = 'waiting_retry', last_error = ?, "
                "next_attempt_at = ?, updated_at = ? WHERE mutation_id = ?")
        .bind(1, error)
        .bind(2, nextAttemptAt)
        .bind(3, at)
        .bind(4, id)
        .run();
    requireChanged(m_db, id);
}

int OutboxRepository::requeueSending(std::int64_t at)
{
    m_db.cached("UPDATE outbox_status SET state = 'queued', updated_at = ? WHERE state = "
                "'sending'")
        .bind(1, at)
        .run();
    return m_db.changes();
}

void OutboxRepository::retryNow(std::int64_t id, std::int64_t at)
{
    m_db.cached("UPDATE OR FAIL outbox_status SET state = 'queued', next_attempt_at = 0, "
                "updated_at = ? WHERE mutation_id = ? AND state = 'waiting_retry'")
        .bind(1, at)
        .bind(2, id)
        .run();
}

void OutboxRepository::requeue(std::span<const std::int64_t> ids, const std::string& reason,
                               std::int64_t at)
{
    Transaction tx(m_db);
    for (std::int64_t id : ids)
        m_db.cached(
                "UPDATE OR FAIL outbox_status SET state = 'queued', last_error = ?, updated_at = ? "
                "WHERE mutation_id = ?")
            .bind(1, reason)
            .bind(2, at)
            .bind(3, id)
            .run();
    tx.commit();
}

namespace
{
// The first `limit` unsent rows no wire op carries, in mutation order, each unsent state walked
// on its own in (state, mutation_id) order. One `state IN (...)` would sort every unsent row,
// its changes text included, at every call: a sync of 100,000 declarations read them all again
// for each batch it built. This way a call reads about `limit` index entries per state, plus
// the few rows already carried by ops not answered yet.
std::string unsentWithoutWireOpSql()
{
    std::string ids;
    for (const char* state : kUnsentStates)
        ids += std::string(ids.empty() ? "" : " UNION ALL ") +
               "SELECT mutation_id FROM (SELECT u.mutation_id FROM outbox_status u WHERE u.state "
               "= '" +
               state +
               "' AND NOT EXISTS (SELECT 1 FROM sync_op_map m WHERE m.local_id = u.mutation_id) "
               "ORDER BY u.mutation_id LIMIT ?1)";
    return std::string(kSelect) + " WHERE o.mutation_id IN (" + ids +
           " ORDER BY 1 LIMIT ?1) ORDER BY o.mutation_id";
}
} // namespace

std::int64_t OutboxRepository::unsentWithoutWireOpCount()
{
    static const std::string sql =
        "SELECT COUNT(*) FROM outbox_status u WHERE u.state IN " + kUnsent +
        " AND NOT EXISTS (SELECT 1 FROM sync_op_map m WHERE m.local_id = u.mutation_id)";
    Statement st = m_db.cached(sql);
    return st.step() ? st.int64(0) : 0;
}

std::vector<OutboxEntry> OutboxRepository::unsentWithoutWireOp(int limit)
{
    static const std::string sql = unsentWithoutWireOpSql();
    Statement st = m_db.cached(sql);
    st.bind(1, limit);
    return readAll(st, Changes::Text);
}

void OutboxRepository::loadChanges(OutboxEntry& e)
{
    if (e.changes.is_null())
        e.changes = parseJson(e.changesText, e.mutationId, "changes");
}

bool OutboxRepository::hasUnsent(const std::string& recordId)
{
    Statement st = m_db.cached(std::string("SELECT 1 FROM outbox o JOIN outbox_status s ON "
                                           "s.mutation_id = o.mutation_id WHERE o.record_id = ? "
                                           "AND s.state IN ") +
                               kUnsent + " LIMIT 1");
    st.bind(1, recordId);
    return st.step();
}

std::int64_t OutboxRepository::firstMutationOf(const std::string& recordId)
{
    Statement st = m_db.cached("SELECT MIN(mutation_id) FROM outbox WHERE record_id = ?");
    st.bind(1, recordId);
    return st.step() && !st.isNull(0) ? st.int64(0) : 0;
}

} // namespace vitalis
