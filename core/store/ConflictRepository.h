// Field-level conflicts the server reported (same field changed on both sides): base, mine
// and theirs with who/when, kept until a person resolves them.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis
{

class Database;

enum class ConflictResolution { KeepMine, KeepTheirs, Edited };
std::string_view toString(ConflictResolution r);

struct Conflict {
    std::int64_t id = 0; // assigned by add()
    std::string recordId;
    std::string fieldId;
    nlohmann::json base;             // value both sides started from
    nlohmann::json mine;             // this device's value
    nlohmann::json theirs;           // the server's value
    std::int64_t mutationId = 0;     // our outbox op that hit the conflict
    std::int64_t serverRevision = 0; // revision holding "theirs"
    std::string theirUser;
    std::int64_t theirAt = 0;
    std::string myUser;
    std::int64_t myAt = 0;
    std::int64_t detectedAt = 0;
    // Set once resolved.
    std::optional<std::int64_t> resolvedAt;
    std::string resolvedBy;
    std::optional<ConflictResolution> resolution;
    nlohmann::json resolvedValue;
};

class ConflictRepository
{
public:
    explicit ConflictRepository(Database& db);
    std::int64_t add(const Conflict& conflict);
    std::optional<Conflict> find(std::int64_t id);
    std::vector<Conflict>
    open(const std::string& recordId = {}); // unresolved; all records if empty
    std::vector<Conflict> forRecord(const std::string& recordId); // resolved ones too
    std::int64_t openCount();
    // Resolving records the decision; the sync engine sends it as an ordinary op. The last
    // open conflict of a record settles its Conflict outbox entries (OutboxState::Resolved).
    void resolve(std::int64_t id, ConflictResolution resolution, const nlohmann::json& value,
                 const std::string& by, std::int64_t at);

private:
    Database& m_db;
};

} // namespace vitalis
