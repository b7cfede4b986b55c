// The server's check of a registration number a device took from its reserved pool while
// offline: it names the record only when it comes from an active block of this device and
// user, for the record's office, and was never used; otherwise it is voided with the reason.
#pragma once

#include "sync/server/auth/AuthService.h"
#include "sync/server/db/Db.h"
#include "sync/server/sync/NumberPoolStore.h"

#include <optional>
#include <string>

namespace vitalis::server
{

struct Office;

struct NumberVerdict {
    bool accepted = false;
    std::string reason;               // why not, as the registrar reads it
    std::optional<NumberBlock> block; // the block it came from, when it is this device's
};

class OfferedNumber
{
public:
    static NumberVerdict check(Db& db, const AuthContext& auth, const Office& office,
                               const std::string& number);
    // The number names the record: counted as used in its block.
    static void accept(Db& db, const NumberVerdict& verdict);
    // Records the number as voided for `recordId` (never issued again; a certificate printed
    // with it goes on the revocation list) and counts it as used in this device's block.
    static void voidNumber(Db& db, const AuthContext& auth, const std::string& officeId,
                           const std::string& recordId, const std::string& number,
                           const NumberVerdict& verdict, const std::string& reason,
                           std::int64_t now);
};

} // namespace vitalis::server
