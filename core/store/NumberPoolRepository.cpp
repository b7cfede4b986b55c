#include "core/store/NumberPoolRepository.h"

#include "core/RegistrationNumber.h"
#include "core/store/Database.h"

#include <map>

namespace vitalis
{

namespace
{
constexpr const char* kBlockColumns = "block_id, office_id, office_code, year, first_seq, "
                                      "last_seq, next_seq, expires_at";

PoolBlock blockOf(const Statement& st)
{
    return {st.text(0),  st.text(1),  st.text(2),  st.integer(3),
            st.int64(4), st.int64(5), st.int64(6), st.int64(7)};
}
} // namespace

NumberPoolRepository::NumberPoolRepository(Database& db) : m_db(db) {}

std::vector<PoolBlock> NumberPoolRepository::blocks()
{
    Statement st = m_db.cached(std::string("SELECT ") + kBlockColumns +
                               " FROM number_blocks ORDER BY office_id, year, first_seq");
    std::vector<PoolBlock> out;
    while (st.step())
        out.push_back(blockOf(st));
    return out;
}

std::vector<PoolOffice> NumberPoolRepository::offices()
{
    Statement st = m_db.cached("SELECT office_id, office_code, offline_registration, "
                               "max_offline_days FROM number_pool_offices ORDER BY office_id");
    std::vector<PoolOffice> out;
    while (st.step())
        out.push_back({st.text(0), st.text(1), st.int64(2) != 0, st.integer(3)});
    return out;
}

std::optional<PoolOffice> NumberPoolRepository::office(const std::string& officeId)
{
    for (auto& o : offices())
        if (o.officeId == officeId)
            return o;
    return std::nullopt;
}

void NumberPoolRepository::replace(const std::vector<PoolOffice>& offices,
                                   const std::vector<PoolBlock>& blocks)
{
    std::map<std::string, std::int64_t> used;
    for (const auto& b : this->blocks())
        used[b.blockId] = b.nextSeq;
    m_db.exec("DELETE FROM number_blocks; DELETE FROM number_pool_offices;");
    for (const auto& o : offices)
        m_db.cached("INSERT INTO number_pool_offices (office_id, office_code, "
                    "offline_registration, max_offline_days) VALUES (?, ?, ?, ?)")
            .bind(1, o.officeId)
            .bind(2, o.officeCode)
            .bind(3, o.offlineRegistration ? 1 : 0)
            .bind(4, o.maxOfflineDays)
            .run();
    for (const auto& b : blocks) {
        const auto it = used.find(b.blockId);
        const std::int64_t next = it == used.end() ? b.firstSeq : it->second;
        m_db.cached(std::string("INSERT INTO number_blocks (") + kBlockColumns +
                    ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, b.blockId)
            .bind(2, b.officeId)
            .bind(3, b.officeCode)
            .bind(4, b.year)
            .bind(5, b.firstSeq)
            .bind(6, b.lastSeq)
            .bind(7, next)
            .bind(8, b.expiresAt)
            .run();
    }
}

std::int64_t NumberPoolRepository::usable(const std::string& officeId, int year, std::int64_t now)
{
    Statement st = m_db.cached("SELECT COALESCE(SUM(last_seq - next_seq + 1), 0) FROM "
                               "number_blocks WHERE office_id = ? AND year = ? AND expires_at > "
                               "? AND next_seq <= last_seq");
    st.bind(1, officeId).bind(2, year).bind(3, now);
    return st.step() ? st.int64(0) : 0;
}

std::optional<std::string> NumberPoolRepository::take(const std::string& officeId, int year,
                                                      std::int64_t now)
{
    Statement st = m_db.cached(std::string("SELECT ") + kBlockColumns +
                               " FROM number_blocks WHERE office_id = ? AND year = ? AND "
                               "expires_at > ? AND next_seq <= last_seq ORDER BY first_seq "
                               "LIMIT 1");
    st.bind(1, officeId).bind(2, year).bind(3, now);
    if (!st.step())
        return std::nullopt;
    const PoolBlock b = blockOf(st);
    st.reset();
    m_db.cached("UPDATE number_blocks SET next_seq = next_seq + 1 WHERE block_id = ?")
        .bind(1, b.blockId)
        .run();
    return registration_number::format(b.officeCode, b.year, b.nextSeq);
}

} // namespace vitalis
