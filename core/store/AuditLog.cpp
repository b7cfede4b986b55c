#include "core/store/AuditLog.h"

#include "core/store/Database.h"

#include <cstring>
#include <sodium.h>

namespace vitalis
{
namespace
{
using Hash = std::array<std::uint8_t, 32>;

void update(crypto_generichash_state& st, std::uint64_t v)
{
    std::uint8_t le[8];
    for (int i = 0; i < 8; ++i)
        le[i] = static_cast<std::uint8_t>(v >> (8 * i));
    crypto_generichash_update(&st, le, sizeof le);
}

void update(crypto_generichash_state& st, const std::string& s)
{
    update(st, static_cast<std::uint64_t>(s.size())); // length prefix: no ambiguous splits
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(s.data()), s.size());
}

Hash toHash(std::span<const std::uint8_t> bytes)
{
    Hash h{};
    if (bytes.size() == h.size())
        std::memcpy(h.data(), bytes.data(), h.size());
    return h; // wrong length -> zeros -> verify() reports the entry
}

std::string hex(const Hash& h)
{
    char out[65];
    sodium_bin2hex(out, sizeof out, h.data(), h.size());
    return out;
}

AuditEntry readEntry(const Statement& st)
{
    AuditEntry e;
    e.seq = st.int64(0);
    e.at = st.int64(1);
    e.userId = st.text(2);
    e.action = st.text(3);
    e.recordId = st.text(4);
    e.details = st.text(5);
    e.prevHash = toHash(st.blobView(6));
    e.hash = toHash(st.blobView(7));
    return e;
}

constexpr const char* kSelect =
    "SELECT seq, at, user_id, action, record_id, details, prev_hash, hash FROM audit_log ";
} // namespace

AuditLog::AuditLog(Database& db) : m_db(db) {}

Hash AuditLog::computeHash(const AuditEntry& e)
{
    if (sodium_init() < 0)
        throw StoreError(StoreErrc::Sqlite, "libsodium could not be initialised");
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, crypto_generichash_BYTES);
    crypto_generichash_update(&st, e.prevHash.data(), e.prevHash.size());
    update(st, static_cast<std::uint64_t>(e.seq));
    update(st, static_cast<std::uint64_t>(e.at));
    update(st, e.userId);
    update(st, e.action);
    update(st, e.recordId);
    update(st, e.details);
    Hash out{};
    crypto_generichash_final(&st, out.data(), out.size());
    return out;
}

AuditHead AuditLog::head()
{
    Statement st = m_db.cached("SELECT seq, hash FROM audit_head WHERE id = 1");
    if (!st.step())
        return {0, hex(Hash{})};
    return {st.int64(0), hex(toHash(st.blobView(1)))};
}

std::int64_t AuditLog::append(std::int64_t at, const std::string& userId, const std::string& action,
                              const std::string& recordId, const nlohmann::json& details)
{
    if (action.empty())
        throw StoreError(StoreErrc::InvalidArgument, "an audit entry needs an action");
    Transaction tx(m_db);
    AuditEntry e;
    {
        Statement st = m_db.cached("SELECT seq, hash FROM audit_head WHERE id = 1");
        if (st.step()) {
            e.seq = st.int64(0) + 1;
            e.prevHash = toHash(st.blobView(1));
        } else {
            e.seq = 1;
        }
    }
    e.at = at;
    e.userId = userId;
    e.action = action;
    e.recordId = recordId;
    e.details = details.dump();
    e.hash = computeHash(e);
    m_db.cached("INSERT INTO audit_log(seq, at, user_id, action, record_id, details, prev_hash, "
                "hash) VALUES (?,?,?,?,?,?,?,?)")
        .bind(1, e.seq)
        .bind(2, e.at)
        .bind(3, e.userId)
        .bind(4, e.action)
        .bind(5, e.recordId)
        .bind(6, e.details)
        .bindBlob(7, e.prevHash)
        .bindBlob(8, e.hash)
        .run();
    m_db.cached("INSERT OR REPLACE INTO audit_head(id, seq, hash) VALUES (1, ?, ?)")
        .bind(1, e.seq)
        .bindBlob(2, e.hash)
        .run();
    tx.commit();
    return e.seq;
}

AuditVerification AuditLog::verify()
{
    AuditVerification v;
    auto fail = [&](std::int64_t seq, std::string problem) {
        v.ok = false;
        v.firstBadSeq = seq;
        v.problem = std::move(problem);
        return v;
    };
    Hash prev{};
    std::int64_t expected = 1;
    Statement st = m_db.prepare(std::string(kSelect) + "ORDER BY seq");
    while (st.step()) {
        const AuditEntry e = readEntry(st);
        if (e.seq != expected)
            return fail(expected, "audit entry " + std::to_string(expected) +
                                      " is missing (entry " + std::to_string(e.seq) +
                                      " follows entry " + std::to_string(expected - 1) + ")");
        if (e.prevHash != prev)
            return fail(e.seq, "audit entry " + std::to_string(e.seq) +
                                   " does not link to the entry before it");
        if (computeHash(e) != e.hash)
            return fail(e.seq, "audit entry " + std::to_string(e.seq) +
                                   " was altered (its content no longer matches its hash)");
        prev = e.hash;
        ++expected;
        ++v.entriesChecked;
    }
    const AuditHead h = head();
    if (h.seq != expected - 1)
        return fail(expected, "audit entries from " + std::to_string(expected) + " to " +
                                  std::to_string(h.seq) + " are missing (the chain head says " +
                                  std::to_string(h.seq) + " entries)");
    if (h.hashHex != hex(prev))
        return fail(h.seq, "audit entry " + std::to_string(h.seq) +
                               " does not match the recorded chain head");
    return v;
}

std::vector<AuditEntry> AuditLog::entries(std::int64_t afterSeq, int limit)
{
    Statement st = m_db.cached(std::string(kSelect) + "WHERE seq > ? ORDER BY seq LIMIT ?");
    st.bind(1, afterSeq).bind(2, limit);
    std::vector<AuditEntry> out;
    while (st.step())
        out.push_back(readEntry(st));
    return out;
}

std::vector<AuditEntry> AuditLog::forRecord(const std::string& recordId)
{
    // Rare query (record history screen): a scan is acceptable, no index to maintain.
    Statement st = m_db.cached(std::string(kSelect) + "WHERE record_id = ? ORDER BY seq");
    st.bind(1, recordId);
    std::vector<AuditEntry> out;
    while (st.step())
        out.push_back(readEntry(st));
    return out;
}

} // namespace vitalis
