#include "sync/server/sync/RegistrationNumberAllocator.h"

#include "core/RegistrationNumber.h"
#include "sync/server/db/SqlValue.h"

namespace vitalis::server
{

int RegistrationNumberAllocator::yearOf(std::int64_t serverTimeMillis)
{
    return registration_number::yearOf(serverTimeMillis);
}

std::string RegistrationNumberAllocator::format(const std::string& officeCode, int year,
                                                std::int64_t sequence)
{
    return registration_number::format(officeCode, year, sequence);
}

std::int64_t RegistrationNumberAllocator::reserve(Db& db, const std::string& officeId, int year,
                                                  std::int64_t count)
{
    const QString office = QString::fromStdString(officeId);
    // The upsert takes the row lock on PostgreSQL, so concurrent registrations and block
    // reservations of one office, in any server process, queue here and never share a number.
    db.execute(QStringLiteral("INSERT INTO registration_counters (office_id, year, value) "
                              "VALUES (?, ?, ?) ON CONFLICT (office_id, year) DO UPDATE SET "
                              "value = registration_counters.value + excluded.value"),
               {office, year, sql::i64(count)});
    const auto last = db.scalarInt(QStringLiteral("SELECT value FROM registration_counters "
                                                  "WHERE office_id = ? AND year = ?"),
                                   {office, year});
    return last.value_or(count) - count + 1;
}

std::vector<RegistrationNumberAllocator::Counter> RegistrationNumberAllocator::counters(Db& db)
{
    Rows r = db.query(QStringLiteral("SELECT office_id, year, value FROM registration_counters "
                                     "ORDER BY office_id, year"));
    std::vector<Counter> out;
    while (r.next())
        out.push_back({r.text(0), static_cast<int>(r.i64(1)), r.i64(2)});
    return out;
}

void RegistrationNumberAllocator::raiseTo(Db& db, const Counter& c)
{
    const QString larger = db.isPostgres() ? QStringLiteral("GREATEST") : QStringLiteral("MAX");
    db.execute(u"INSERT INTO registration_counters (office_id, year, value) VALUES (?, ?, ?) "
               u"ON CONFLICT (office_id, year) DO UPDATE SET value = "_qs +
                   larger + u"(registration_counters.value, excluded.value)"_qs,
               {QString::fromStdString(c.officeId), c.year, sql::i64(c.value)});
}

std::string RegistrationNumberAllocator::allocate(Db& db, const std::string& officeId,
                                                  const std::string& officeCode,
                                                  std::int64_t serverTimeMillis)
{
    const int year = yearOf(serverTimeMillis);
    return format(officeCode, year, reserve(db, officeId, year, 1));
}

} // namespace vitalis::server
