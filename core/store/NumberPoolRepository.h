// The device's pool of registration numbers reserved by the server (offline registration):
// its blocks, the offices' settings, and taking the next number inside the caller's
// transaction, so the number and the record's change commit together or not at all.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vitalis
{

class Database;

struct PoolBlock {
    std::string blockId;
    std::string officeId;
    std::string officeCode;
    int year = 0;
    std::int64_t firstSeq = 0;
    std::int64_t lastSeq = 0;
    std::int64_t nextSeq = 0;   // the next number to hand out; lastSeq + 1 when used up
    std::int64_t expiresAt = 0; // server time, unix ms
    std::int64_t remaining() const { return nextSeq > lastSeq ? 0 : lastSeq - nextSeq + 1; }
};

struct PoolOffice {
    std::string officeId;
    std::string officeCode;
    bool offlineRegistration = true;
    int maxOfflineDays = 14;
};

class NumberPoolRepository
{
public:
    // When the pool was last refreshed from the server (device clock, unix ms): the age the
    // offline limit is measured against.
    static constexpr const char* kLastSyncSetting = "numbers.last_sync_at";

    explicit NumberPoolRepository(Database& db);

    std::vector<PoolBlock> blocks();
    std::vector<PoolOffice> offices();
    std::optional<PoolOffice> office(const std::string& officeId);
    // The server's answer replaces what the device knew: blocks it no longer lists are gone,
    // blocks already held keep how far the device has used them. Caller's transaction.
    void replace(const std::vector<PoolOffice>& offices, const std::vector<PoolBlock>& blocks);
    // Numbers left in the office's blocks of `year` that have not expired at `now`.
    std::int64_t usable(const std::string& officeId, int year, std::int64_t now);
    // Takes the next number (the oldest usable block first); nullopt when none is left.
    std::optional<std::string> take(const std::string& officeId, int year, std::int64_t now);

private:
    Database& m_db;
};

} // namespace vitalis
