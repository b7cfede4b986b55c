#include "sync/server/sync/RegistrationNumberAllocator.h"

#include <chrono>
#include <cstdio>

namespace vitalis::server
{

int RegistrationNumberAllocator::yearOf(std::int64_t serverTimeMillis)
{
    using namespace std::chrono;
    const sys_days day = floor<days>(sys_time<milliseconds>(milliseconds(serverTimeMillis)));
    return static_cast<int>(year_month_day(day).year());
}

std::string RegistrationNumberAllocator::format(const std::string& officeCode, int year,
                                                std::int64_t sequence)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "-%04d-%06lld", year, static_cast<long long>(sequence));
    return officeCode + buf;
}

std::string RegistrationNumberAllocator::allocate(Db& db, const std::string& officeId,
                                                  const std::string& officeCode,
                                                  std::int64_t serverTimeMillis)
{
    const int year = yearOf(serverTimeMillis);
    const QString office = QString::fromStdString(officeId);
    // The upsert takes the row lock on PostgreSQL, so concurrent registrations in one office
    // queue here and never share a number.
    db.execute(QStringLiteral("INSERT INTO registration_counters (office_id, year, value) "
                              "VALUES (?, ?, 1) ON CONFLICT (office_id, year) DO UPDATE SET "
                              "value = registration_counters.value + 1"),
               {office, year});
    const auto seq = db.scalarInt(QStringLiteral("SELECT value FROM registration_counters "
                                                 "WHERE office_id = ? AND year = ?"),
                                  {office, year});
    return format(officeCode, year, seq.value_or(0));
}

} // namespace vitalis::server
