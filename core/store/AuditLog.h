// Append-only local audit log: each entry's BLAKE2b hash covers the previous entry's hash,
// so an edited, removed or truncated entry is found by verify(). The head goes to the server.
#pragma once

#include <array>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis
{

class Database;

struct AuditEntry {
    std::int64_t seq = 0; // 1, 2, 3, ... with no gaps
    std::int64_t at = 0;  // unix ms
    std::string userId;
    std::string action;   // "create", "edit", "declare", "pin.failed", ...
    std::string recordId; // empty when not about a record
    std::string details;  // JSON text, hashed exactly as stored
    std::array<std::uint8_t, 32> prevHash{};
    std::array<std::uint8_t, 32> hash{};
};

struct AuditHead {
    std::int64_t seq = 0; // 0 = empty log
    std::string hashHex;  // 64 hex chars; all zeros for the empty log
};

struct AuditVerification {
    bool ok = true;
    std::int64_t entriesChecked = 0;
    std::int64_t firstBadSeq = 0; // the first entry that is altered or missing
    std::string problem;          // human-readable, names the entry
};

class AuditLog
{
public:
    explicit AuditLog(Database& db);

    std::int64_t append(std::int64_t at, const std::string& userId, const std::string& action,
                        const std::string& recordId,
                        const nlohmann::json& details = nlohmann::json::object());
    AuditHead head();
    AuditVerification verify();
    std::vector<AuditEntry> entries(std::int64_t afterSeq, int limit);
    std::vector<AuditEntry> forRecord(const std::string& recordId);

    // BLAKE2b-256(prevHash || seq || at || len-prefixed user, action, record, details).
    static std::array<std::uint8_t, 32> computeHash(const AuditEntry& entry);

private:
    Database& m_db;
};

} // namespace vitalis
