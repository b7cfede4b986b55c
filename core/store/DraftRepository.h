// Autosave of forms being filled in: the record, the page the user is on and the field
// values so far. One row per record, rewritten only when the page or the values changed.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis
{

class Database;

struct Draft {
    std::string recordId;
    std::string page; // page id the user was on
    nlohmann::json fields = nlohmann::json::object();
    std::int64_t savedAt = 0;
};

class DraftRepository
{
public:
    explicit DraftRepository(Database& db);
    // One statement. A save with the page and values already stored writes nothing (its
    // savedAt is not stored either: the row keeps the time those values were first saved).
    // Returns whether the row was written.
    bool save(const Draft& draft);
    std::optional<Draft> load(const std::string& recordId);
    bool remove(const std::string& recordId);
    std::vector<Draft> list(); // most recently saved first

private:
    Database& m_db;
};

} // namespace vitalis
