// Registration numbers, allocated inside the registering transaction so a number is never
// lost or reused: <OFFICE CODE>-<YEAR>-<6-digit sequence>, e.g. "NOR-2026-000042", unique
// per office and calendar year (UTC, server clock).
#pragma once

#include "sync/server/db/Db.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vitalis::server
{

class RegistrationNumberAllocator
{
public:
    static std::string allocate(Db& db, const std::string& officeId, const std::string& officeCode,
                                std::int64_t serverTimeMillis);
    // Takes `count` numbers of the office's counter for `year` at once (a device's block of
    // numbers for offline registration); returns the first. The same counter as allocate():
    // online and reserved numbers never meet.
    static std::int64_t reserve(Db& db, const std::string& officeId, int year, std::int64_t count);
    // Every counter (office, year, last number taken), and raising one to at least `value`:
    // a restored database carries forward the counters of the one it replaces.
    struct Counter {
        std::string officeId;
        int year = 0;
        std::int64_t value = 0;
    };
    static std::vector<Counter> counters(Db& db);
    static void raiseTo(Db& db, const Counter& counter);
    static std::string format(const std::string& officeCode, int year, std::int64_t sequence);
    static int yearOf(std::int64_t serverTimeMillis);
};

} // namespace vitalis::server
