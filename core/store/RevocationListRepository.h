// The device's copy of the server's signed certificate revocation list, refreshed at every
// sync and used by the Verify screen and `vitalis-cli verify` when offline. Stored as the
// server signed it; whoever uses it opens it with the root key (certificates::RevocationList).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace vitalis
{

class Database;

struct StoredRevocationList {
    std::vector<std::uint8_t> signedList;
    std::int64_t fetchedAt = 0; // device clock, unix ms
};

class RevocationListRepository
{
public:
    explicit RevocationListRepository(Database& db) : m_db(db) {}
    std::optional<StoredRevocationList> current();
    void replace(const std::vector<std::uint8_t>& signedList, std::int64_t fetchedAt);

private:
    Database& m_db;
};

} // namespace vitalis
