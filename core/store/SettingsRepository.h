// Per-profile key/value settings (sync cursor, server URL, UI language, ...), stored
// encrypted with everything else.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace vitalis
{

class Database;

class SettingsRepository
{
public:
    explicit SettingsRepository(Database& db);
    std::optional<std::string> get(const std::string& key);
    std::string get(const std::string& key, const std::string& fallback);
    std::int64_t getInt(const std::string& key, std::int64_t fallback);
    void set(const std::string& key, const std::string& value);
    void setInt(const std::string& key, std::int64_t value);
    bool remove(const std::string& key);

private:
    Database& m_db;
};

} // namespace vitalis
