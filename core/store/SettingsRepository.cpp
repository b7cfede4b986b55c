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
    setKeyedValue(m_db, "settings", "key", key, value);
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
