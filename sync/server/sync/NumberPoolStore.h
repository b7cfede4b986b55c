// The one owner of number_blocks (registration numbers reserved for a device and user) and
// number_voids (numbers that will never name a record): SQL only, the rules are elsewhere
// (NumberPoolService, OfferedNumber).
#pragma once

#include "sync/server/db/Db.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace vitalis::server
{

struct NumberBlock {
    std::string id;
    std::string officeId;
    int year = 0;
    std::string deviceId;
    std::string userId;
    std::int64_t firstSeq = 0;
    std::int64_t lastSeq = 0;
    std::int64_t used = 0; // numbers of it the server has seen, accepted or voided
    std::int64_t issuedAt = 0;
    std::int64_t expiresAt = 0;
    std::string status = "active"; // active | closed
    std::int64_t size() const { return lastSeq - firstSeq + 1; }
};

struct NumberVoid {
    std::string number;
    std::string officeId;
    int year = 0;
    std::int64_t seq = 0;
    std::string kind; // "voided" (offered, refused) | "expired" (reserved, never used)
    std::string recordId;
    std::string deviceId;
    std::string userId;
    std::string reason;
    std::int64_t at = 0;
};

class NumberPoolStore
{
public:
    static std::vector<NumberBlock> activeOf(Db& db, const std::string& deviceId,
                                             const std::string& userId);
    // The block of the office's `year` that contains `seq`, locked for the transaction.
    static std::optional<NumberBlock> holding(Db& db, const std::string& officeId, int year,
                                              std::int64_t seq);
    static void insert(Db& db, const NumberBlock& block);
    // Inserts the block unless one with its id exists (a restore carrying blocks forward).
    static bool insertMissing(Db& db, const NumberBlock& block);
    static void countUse(Db& db, const std::string& blockId);
    static void close(Db& db, const std::string& blockId, std::int64_t now);
    // Active blocks that expired before `expiredBefore`, locked for the transaction.
    static std::vector<NumberBlock> expiredActive(Db& db, std::int64_t expiredBefore);
    static std::vector<NumberBlock> all(Db& db);

    static void addVoid(Db& db, const NumberVoid& v);
    static void addVoids(Db& db, const std::vector<NumberVoid>& voids);
    // Voided after this device offered it (a number some other device made up does not
    // spoil the block it belongs to).
    static bool isVoidedBy(Db& db, const std::string& number, const std::string& deviceId);
    // Sequences of the office's `year` between first and last that this device's voids list.
    static std::set<std::int64_t> voidedSeqs(Db& db, const std::string& officeId, int year,
                                             std::int64_t first, std::int64_t last,
                                             const std::string& deviceId);
    static std::vector<NumberVoid> voidsOfRecord(Db& db, const std::string& recordId);
    // Of one kind ("voided": the revocation list; "expired": the gaps), in order of `at`, from
    // `since` on.
    static std::vector<NumberVoid> voidsSince(Db& db, const std::string& kind, std::int64_t since,
                                              int limit);
    static std::int64_t countVoids(Db& db, const std::string& kind);
    // Every number voided after it was offered (kind "voided"), once each: the registration
    // numbers the published revocation list cancels.
    static std::vector<std::string> voidedNumbers(Db& db);
};

} // namespace vitalis::server
