#include "sync/server/auth/LoginThrottle.h"

#include "sync/server/db/SqlValue.h"

#include <algorithm>

namespace vitalis::server
{

using sql::i64;
using sql::q;

namespace
{
constexpr std::int64_t kHourMs = 3600 * 1000;
constexpr const char* kAccount = "account";
constexpr const char* kAddress = "address";

std::int64_t lockedUntil(Db& db, const char* scope, const std::string& subject)
{
    return db
        .scalarInt(QStringLiteral("SELECT locked_until FROM login_throttle WHERE scope = ? "
                                  "AND subject = ?"),
                   {QString::fromLatin1(scope), q(subject)})
        .value_or(0);
}
} // namespace

LoginThrottle::LoginThrottle(const Clock& clock, ThrottleSettings settings)
    : clock_(clock), settings_(settings)
{
}

LoginThrottle::Verdict LoginThrottle::blocked(Block block, std::int64_t until) const
{
    return {block, std::max<std::int64_t>(1, (until - clock_.nowMillis() + 999) / 1000), false};
}

LoginThrottle::Verdict LoginThrottle::check(Db& db, const std::string& username,
                                            const std::string& address) const
{
    const std::int64_t now = clock_.nowMillis();
    if (const auto until = lockedUntil(db, kAddress, address); until > now)
        return blocked(Block::Address, until);
    if (const auto until = lockedUntil(db, kAccount, username); until > now)
        return blocked(Block::Account, until);
    return {};
}

LoginThrottle::Row LoginThrottle::lockRow(Db& db, const char* scope,
                                          const std::string& subject) const
{
    // Insert-then-lock, so two processes failing the same name at once count both failures.
    db.execute(
        QStringLiteral("INSERT INTO login_throttle (scope, subject, failures, "
                       "window_start, window_failures, locked_until, updated_at) VALUES "
                       "(?, ?, 0, ?, 0, 0, ?) ON CONFLICT (scope, subject) DO NOTHING"),
        {QString::fromLatin1(scope), q(subject), i64(clock_.nowMillis()), i64(clock_.nowMillis())});
    Rows r = db.query(u"SELECT failures, window_start, window_failures, locked_until FROM "
                      u"login_throttle WHERE scope = ? AND subject = ?"_qs +
                          db.forUpdate(),
                      {QString::fromLatin1(scope), q(subject)});
    Row row;
    if (r.next())
        row = {r.i64(0), r.i64(1), r.i64(2), r.i64(3)};
    return row;
}

void LoginThrottle::saveRow(Db& db, const char* scope, const std::string& subject,
                            const Row& row) const
{
    db.execute(QStringLiteral("UPDATE login_throttle SET failures = ?, window_start = ?, "
                              "window_failures = ?, locked_until = ?, updated_at = ? WHERE "
                              "scope = ? AND subject = ?"),
               {i64(row.failures), i64(row.windowStart), i64(row.windowFailures),
                i64(row.lockedUntil), i64(clock_.nowMillis()), QString::fromLatin1(scope),
                q(subject)});
}

LoginThrottle::Verdict LoginThrottle::recordFailure(Db& db, const std::string& username,
                                                    const std::string& address) const
{
    const std::int64_t now = clock_.nowMillis();
    Verdict verdict;
    std::int64_t addressUntil = 0;
    if (countInWindow(db, kAddress, address, settings_.addressLimit, settings_.addressWindowMs,
                      addressUntil)) {
        verdict = blocked(Block::Address, addressUntil);
        verdict.lockedNow = true;
    }

    Row u = lockRow(db, kAccount, username);
    if (now - u.windowStart >= kHourMs)
        u = {u.failures, now, 0, u.lockedUntil};
    ++u.windowFailures;
    const bool wasLocked = u.lockedUntil > now;
    if (++u.failures >= settings_.accountThreshold) {
        u.failures = 0;
        u.lockedUntil = std::max(u.lockedUntil, now + settings_.accountLockMs);
    }
    if (u.windowFailures >= settings_.accountHourlyLimit)
        u.lockedUntil = std::max(u.lockedUntil, u.windowStart + kHourMs);
    saveRow(db, kAccount, username, u);
    if (verdict.block == Block::None && u.lockedUntil > now) {
        verdict = blocked(Block::Account, u.lockedUntil);
        verdict.lockedNow = !wasLocked;
    }
    // Rows of names nobody tried for a day go, so random names cannot grow the table forever.
    db.execute(QStringLiteral("DELETE FROM login_throttle WHERE updated_at < ? AND "
                              "locked_until < ?"),
               {i64(now - 24 * kHourMs), i64(now)});
    return verdict;
}

bool LoginThrottle::countInWindow(Db& db, const char* scope, const std::string& subject, int limit,
                                  std::int64_t windowMs, std::int64_t& lockedUntil) const
{
    const std::int64_t now = clock_.nowMillis();
    Row a = lockRow(db, scope, subject);
    if (now - a.windowStart >= windowMs)
        a = {0, now, 0, a.lockedUntil};
    bool lockedNow = false;
    if (++a.windowFailures >= limit && a.lockedUntil <= now) {
        a.lockedUntil = a.windowStart + windowMs;
        lockedNow = true;
    }
    saveRow(db, scope, subject, a);
    lockedUntil = a.lockedUntil;
    return lockedNow;
}

LoginThrottle::Verdict LoginThrottle::countRequest(Db& db, const char* scope,
                                                   const std::string& address, int limit,
                                                   std::int64_t windowMs) const
{
    // The request that reaches the limit is still served; the next ones wait for the window.
    if (const auto until = lockedUntil(db, scope, address); until > clock_.nowMillis())
        return blocked(Block::Address, until);
    std::int64_t until = 0;
    countInWindow(db, scope, address, limit, windowMs, until);
    return {};
}

void LoginThrottle::recordSuccess(Db& db, const std::string& username) const
{
    db.execute(QStringLiteral("UPDATE login_throttle SET failures = 0 WHERE scope = ? AND "
                              "subject = ?"),
               {QString::fromLatin1(kAccount), q(username)});
}

void LoginThrottle::clearAccount(Db& db, const std::string& username)
{
    db.execute(QStringLiteral("DELETE FROM login_throttle WHERE scope = ? AND subject = ?"),
               {QString::fromLatin1(kAccount), q(username)});
}

} // namespace vitalis::server
