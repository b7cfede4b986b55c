// Which server conflict each local conflict row stands for (one server conflict may cover
// several fields, hence several local rows): resolutions and the server's list meet here.
#pragma once

#include <cstdint>
#include <string>

namespace vitalis
{

class Database;

class ConflictMapRepository
{
public:
    explicit ConflictMapRepository(Database& db);

    void add(std::int64_t localConflictId, const std::string& serverConflictId,
             const std::string& recordId);
    // Empty when the local conflict has no server id (detected without one).
    std::string serverIdOf(std::int64_t localConflictId);
    bool knows(const std::string& serverConflictId);

private:
    Database& m_db;
};

} // namespace vitalis
