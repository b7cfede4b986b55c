#include "sync/server/admin/UserAdmin.h"

#include "core/Uuid.h"
#include "sync/server/Directory.h"
#include "sync/server/auth/AuthService.h"
#include "sync/server/auth/Secrets.h"
#include "sync/server/db/SqlValue.h"

#include <stdexcept>

namespace vitalis::server
{

namespace
{
using sql::i64;
using sql::q;
void checkPassword(const std::string& password)
{
    if (password.size() < 8)
        throw std::invalid_argument("the password must be at least 8 characters");
}
} // namespace

std::string UserAdmin::idOf(const std::string& username)
{
    Rows r = db_.query(QStringLiteral("SELECT id FROM users WHERE username = ?"), {q(username)});
    if (!r.next())
        throw std::invalid_argument("no user '" + username + "'");
    return r.text(0);
}

void UserAdmin::revokeSessions(const std::string& userId)
{
    db_.execute(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND "
                               "revoked_at IS NULL"),
                {i64(clock_.nowMillis()), q(userId)});
}

std::string UserAdmin::add(const NewUser& u)
{
    if (u.username.empty() || u.username.size() > 128)
        throw std::invalid_argument("--username: expected 1-128 characters");
    checkPassword(u.password);
    Directory directory;
    const auto dir = directory.current(db_);
    if (!dir->roles.find(u.role)) {
        std::string known;
        for (const auto& n : dir->roles.names())
            known += (known.empty() ? "" : ", ") + n;
        throw std::invalid_argument("--role: unknown role '" + u.role + "' (known: " + known + ")");
    }
    if (u.officeId.empty() && u.jurisdictionId.empty())
        throw std::invalid_argument("give --office (or --jurisdiction)");
    if (!u.officeId.empty() && !dir->office(u.officeId))
        throw std::invalid_argument("--office: unknown office '" + u.officeId + "'");
    if (!u.jurisdictionId.empty() && !dir->locations.contains(u.jurisdictionId))
        throw std::invalid_argument("--jurisdiction: unknown location '" + u.jurisdictionId + "'");
    const std::string hash = PasswordHasher::hash(u.password);
    const std::int64_t now = clock_.nowMillis();
    const std::string id = generateUuid();
    Transaction tx(db_, nullptr);
    if (db_.scalarInt(QStringLiteral("SELECT COUNT(*) FROM users WHERE username = ?"),
                      {q(u.username)})
            .value_or(0) > 0)
        throw std::invalid_argument("user '" + u.username + "' already exists");
    db_.execute(QStringLiteral("INSERT INTO users (id, username, display_name, role, office_id, "
                               "jurisdiction_id, password_hash, created_at, updated_at) VALUES "
                               "(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {q(id), q(u.username), q(u.displayName.empty() ? u.username : u.displayName),
                 q(u.role), u.officeId.empty() ? QVariant() : QVariant(q(u.officeId)),
                 u.jurisdictionId.empty() ? QVariant() : QVariant(q(u.jurisdictionId)), q(hash),
                 i64(now), i64(now)});
    AuthService::audit(db_, now, "admin-cli", "user_added", id,
                       {{"username", u.username}, {"role", u.role}});
    Directory::bumpVersion(db_);
    tx.commit();
    return id;
}

void UserAdmin::resetPassword(const std::string& username, const std::string& password)
{
    checkPassword(password);
    const std::string hash = PasswordHasher::hash(password);
    Transaction tx(db_, nullptr);
    const std::string id = idOf(username);
    db_.execute(QStringLiteral("UPDATE users SET password_hash = ?, failed_logins = 0, "
                               "locked_until = 0, updated_at = ? WHERE id = ?"),
                {q(hash), i64(clock_.nowMillis()), q(id)});
    LoginThrottle::clearAccount(db_, username);
    revokeSessions(id);
    AuthService::audit(db_, clock_.nowMillis(), "admin-cli", "password_reset", id,
                       nlohmann::json::object());
    tx.commit();
}

void UserAdmin::setDisabled(const std::string& username, bool disabled)
{
    Transaction tx(db_, nullptr);
    const std::string id = idOf(username);
    db_.execute(QStringLiteral("UPDATE users SET disabled = ?, updated_at = ? WHERE id = ?"),
                {disabled ? 1 : 0, i64(clock_.nowMillis()), q(id)});
    if (disabled)
        revokeSessions(id);
    AuthService::audit(db_, clock_.nowMillis(), "admin-cli",
                       disabled ? "user_disabled" : "user_enabled", id, nlohmann::json::object());
    Directory::bumpVersion(db_);
    tx.commit();
}

void UserAdmin::move(const std::string& username, const std::string& officeId,
                     const std::string& jurisdictionId)
{
    if (officeId.empty() && jurisdictionId.empty())
        throw std::invalid_argument("give --office and/or --jurisdiction");
    const auto dir = Directory().current(db_);
    if (!officeId.empty() && !dir->office(officeId))
        throw std::invalid_argument("--office: unknown office '" + officeId + "'");
    if (!jurisdictionId.empty() && !dir->locations.contains(jurisdictionId))
        throw std::invalid_argument("--jurisdiction: unknown location '" + jurisdictionId + "'");
    Transaction tx(db_, nullptr);
    const std::string id = idOf(username);
    const std::int64_t now = clock_.nowMillis();
    if (!officeId.empty())
        db_.execute(QStringLiteral("UPDATE users SET office_id = ?, updated_at = ? WHERE id = ?"),
                    {q(officeId), i64(now), q(id)});
    if (!jurisdictionId.empty())
        db_.execute(QStringLiteral("UPDATE users SET jurisdiction_id = ?, updated_at = ? WHERE "
                                   "id = ?"),
                    {q(jurisdictionId), i64(now), q(id)});
    AuthService::audit(db_, now, "admin-cli", "user_moved", id,
                       {{"office", officeId}, {"jurisdiction", jurisdictionId}});
    Directory::bumpVersion(db_);
    tx.commit();
}

void UserAdmin::unlock(const std::string& username)
{
    Transaction tx(db_, nullptr);
    const std::string id = idOf(username);
    db_.execute(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = "
                               "?"),
                {q(id)});
    LoginThrottle::clearAccount(db_, username);
    AuthService::audit(db_, clock_.nowMillis(), "admin-cli", "user_unlocked", id,
                       nlohmann::json::object());
    tx.commit();
}

void UserAdmin::resetTotp(const std::string& username)
{
    Transaction tx(db_, nullptr);
    const std::string id = idOf(username);
    db_.execute(QStringLiteral("UPDATE users SET totp_secret = NULL, totp_enabled = 0, "
                               "totp_last_step = 0 WHERE id = ?"),
                {q(id)});
    revokeSessions(id);
    AuthService::audit(db_, clock_.nowMillis(), "admin-cli", "totp_reset", id,
                       nlohmann::json::object());
    tx.commit();
}

} // namespace vitalis::server
