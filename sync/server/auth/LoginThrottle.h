// Slows password guessing, with its state in the database so every server process sharing it
// sees the same counts: an account name (existing or not, so the answer never reveals which)
// locks after N failures in a row and after a cap per hour; a client address that fails too
// often in a window is refused whatever account it tries (password spraying). The same window
// rule limits public requests per address (countRequest: the /verify page).
#pragma once

#include "core/Clock.h"
#include "sync/server/db/Db.h"

#include <cstdint>
#include <string>

namespace vitalis::server
{

struct ThrottleSettings {
    int accountThreshold = 5; // failures in a row that lock the account name
    std::int64_t accountLockMs = 15 * 60 * 1000;
    int accountHourlyLimit = 100; // ASVS V2.2.1: at most 100 failures an hour
    int addressLimit = 20;        // failures per address per window
    std::int64_t addressWindowMs = 15 * 60 * 1000;
};

class LoginThrottle
{
public:
    enum class Block { None, Account, Address };
    struct Verdict {
        Block block = Block::None;
        std::int64_t retryAfterSeconds = 0;
        bool lockedNow = false; // this failure is the one that locked
    };

    LoginThrottle(const Clock& clock, ThrottleSettings settings);

    Verdict check(Db& db, const std::string& username, const std::string& address) const;
    // Inside the caller's write transaction; returns the state after this failure.
    Verdict recordFailure(Db& db, const std::string& username, const std::string& address) const;
    // A successful login ends the run of failures (the hourly and address counts stay).
    void recordSuccess(Db& db, const std::string& username) const;
    // Administrator unlock or password reset.
    static void clearAccount(Db& db, const std::string& username);
    // Inside the caller's write transaction: counts one request of `address` under `scope`
    // (e.g. "verify"); Block::Address once `limit` requests came in the window, until it ends.
    Verdict countRequest(Db& db, const char* scope, const std::string& address, int limit,
                         std::int64_t windowMs) const;

private:
    struct Row {
        std::int64_t failures = 0, windowStart = 0, windowFailures = 0, lockedUntil = 0;
    };
    Row lockRow(Db& db, const char* scope, const std::string& subject) const;
    void saveRow(Db& db, const char* scope, const std::string& subject, const Row& row) const;
    Verdict blocked(Block block, std::int64_t until) const;
    // The fixed-window count of one (scope, subject): true when this event locked it.
    bool countInWindow(Db& db, const char* scope, const std::string& subject, int limit,
                       std::int64_t windowMs, std::int64_t& lockedUntil) const;

    const Clock& clock_;
    ThrottleSettings settings_;
};

} // namespace vitalis::server
