#include "core/store/SettingsRepository.h"

#include "core/store/Database.h"

#include <charconv>

namespace vitalis
{

SettingsRepository::SettingsRepository(Database& db) : m_db(db) {}

std::optional<std::string> SettingsRepository::get(const std::string& key)
{
    Statement st = m_db.cached("SELECT value FROM settings WHERE key = ?");
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

std::string SettingsRepository::get(const std::string& key, const std::string& fallback)
{
    return get(key).value_or(fallback);
}

std::int64_t SettingsRepository::getInt(const std::string& key, std::int64_t fallback)
{
    auto v = get(key);
    if (!v)
        return fallback;
    std::int64_t out = 0;
    auto r = std::from_chars(v->data(), v->data() + v->size(), out);
    if (r.ec != std::errc() || r.ptr != v->data() + v->size())
        throw StoreError(StoreErrc::Corrupt,
                         "setting '" + key + "' is not an integer: '" + *v + "'");
    return out;
}

void SettingsRepository::set(const std::string& key, const std::string& value)
{
    if (key.empty())
        throw StoreError(StoreErrc::InvalidArgument, "a setting needs a key");
    // Not INSERT OR REPLACE: on a NOT NULL column it journals the pages it touches (the one-row
    // rule in Database.h). The transaction keeps the pair atomic beside another connection.
    Transaction tx(m_db);
    m_db.cached("UPDATE OR FAIL settings SET value = ? WHERE key = ?")
        .bind(1, value)
        .bind(2, key)
        .run();
    if (m_db.changes() == 0)
        m_db.cached("INSERT INTO settings(key, value) VALUES (?, ?)")
            .bind(1, key)
            .bind(2, value)
            .run();
    tx.commit();
}

void SettingsRepository::setInt(const std::string& key, std::int64_t value)
{
    set(key, std::to_string(value));
}

bool SettingsRepository::remove(const std::string& key)
{
    m_db.cached("DELETE FROM settings WHERE key = ?").bind(1, key).run();
    return m_db.changes() > 0;
}

} // namespace vitalis
