#include "sync/server/auth/AuthService.h"

#include "core/TrackingId.h"
#include "core/Uuid.h"
#include "sync/server/auth/Secrets.h"
#include "sync/server/auth/Totp.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/http/ApiError.h"

#include <cstdio>

namespace vitalis::server
{

using protocol::ErrorCode;

namespace
{
using sql::i64;
using sql::q;
struct UserRow {
    std::string id, username, displayName, role, officeId, jurisdictionId, passwordHash;
    bool disabled = false;
    std::int64_t lockedUntil = 0;
    QByteArray totpSecret;
    bool totpEnabled = false;
    std::int64_t totpLastStep = 0;
};

std::optional<UserRow> loadUser(Db& db, const TotpSecretStore& secrets, const QString& column,
                                const std::string& value)
{
    Rows r = db.query(u"SELECT u.id, u.username, u.display_name, u.role, u.office_id, "
                      u"COALESCE(u.jurisdiction_id, o.location_id), u.password_hash, u.disabled, "
                      u"u.locked_until, u.totp_secret, u.totp_enabled, u.totp_last_step "
                      u"FROM users u LEFT JOIN offices o ON o.id = u.office_id WHERE u."_qs +
                          column + u" = ?"_qs,
                      {q(value)});
    if (!r.next())
        return std::nullopt;
    UserRow u;
    u.id = r.text(0);
    u.username = r.text(1);
    u.displayName = r.text(2);
    u.role = r.text(3);
    u.officeId = r.isNull(4) ? std::string() : r.text(4);
    u.jurisdictionId = r.isNull(5) ? std::string() : r.text(5);
    u.passwordHash = r.text(6);
    u.disabled = r.i64(7) != 0;
    u.lockedUntil = r.i64(8);
    if (!r.isNull(9))
        u.totpSecret = secrets.decode(r.str(9));
    u.totpEnabled = r.i64(10) != 0;
    u.totpLastStep = r.i64(11);
    return u;
}

protocol::UserInfo info(const UserRow& u)
{
    return {u.id, u.username, u.displayName, u.role, u.officeId, u.jurisdictionId};
}
} // namespace

AuthService::AuthService(DbPool& pool, Directory& directory, const Clock& clock, Metrics& metrics,
                         const TotpSecretStore& totpSecrets, AuthSettings settings)
    : pool_(pool), directory_(directory), clock_(clock), metrics_(metrics),
      totpSecrets_(totpSecrets), settings_(std::move(settings)),
      throttle_(clock, settings_.throttle)
{
}

void AuthService::audit(Db& db, std::int64_t now, const std::string& actor,
                        const std::string& action, const std::string& subject,
                        const nlohmann::json& detail)
{
    db.execute(QStringLiteral("INSERT INTO audit_log (id, server_time, actor, action, subject, "
                              "detail) VALUES (?, ?, ?, ?, ?, ?)"),
               {q(generateUuid()), i64(now), q(actor), q(action), q(subject), q(detail.dump())});
}

bool AuthService::totpRequired(const std::string& role) const
{
    return settings_.totpRequiredRoles.contains(q(role));
}

void AuthService::refuseThrottled(const LoginThrottle::Verdict& v)
{
    if (v.block == LoginThrottle::Block::Address)
        throw ApiError(ErrorCode::TooManyRequests,
                       "too many failed logins from this address; retry in " +
                           std::to_string(v.retryAfterSeconds) + " seconds",
                       {{"retry_after_seconds", v.retryAfterSeconds}});
    throw ApiError(ErrorCode::AccountLocked,
                   "too many failed logins; the account is locked for " +
                       std::to_string(v.retryAfterSeconds) + " more seconds",
                   {{"retry_after_seconds", v.retryAfterSeconds}});
}

// Counts a failure against the name and the address; an unknown name is counted exactly like
// a known one, so neither the answer nor the lockout tells whether the account exists.
void AuthService::recordFailure(Db& db, const protocol::LoginRequest& request,
                                const std::string& userId, const std::string& remote,
                                bool totpFailed)
{
    const std::int64_t now = clock_.nowMillis();
    LoginThrottle::Verdict v;
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        v = throttle_.recordFailure(db, request.username, remote);
        const std::string actor = userId.empty() ? std::string("-") : userId;
        if (v.lockedNow)
            audit(db, now, actor,
                  v.block == LoginThrottle::Block::Address ? "login_address_throttled"
                                                           : "account_locked",
                  v.block == LoginThrottle::Block::Address ? remote : request.username,
                  {{"remote", remote}, {"username", request.username}});
        audit(db, now, actor, totpFailed ? "login_totp_failed" : "login_failed",
              userId.empty() ? request.username : userId,
              {{"remote", remote}, {"device_id", request.deviceId}});
        tx.commit();
    });
    if (v.lockedNow)
        std::fprintf(stderr, "vitalis-server: login throttled: %s %s for %lld s\n",
                     v.block == LoginThrottle::Block::Address ? "address" : "account name",
                     (v.block == LoginThrottle::Block::Address ? remote : request.username).c_str(),
                     static_cast<long long>(v.retryAfterSeconds));
    if (v.block != LoginThrottle::Block::None)
        refuseThrottled(v);
}

protocol::TokenPair AuthService::login(const protocol::LoginRequest& request,
                                       const std::string& remote)
{
    Db& db = pool_.local();
    const std::int64_t now = clock_.nowMillis();
    if (const auto v = throttle_.check(db, request.username, remote);
        v.block != LoginThrottle::Block::None) {
        metrics_.recordLogin(false);
        refuseThrottled(v);
    }
    const auto user = loadUser(db, totpSecrets_, QStringLiteral("username"), request.username);
    if (!user) {
        PasswordHasher::dummyVerify(request.password);
        metrics_.recordLogin(false);
        recordFailure(db, request, {}, remote, false);
        throw ApiError(ErrorCode::InvalidCredentials, "wrong username or password");
    }
    // The slow hash runs outside any transaction so logins never hold the write lock.
    bool ok = PasswordHasher::verify(user->passwordHash, request.password);
    std::optional<std::int64_t> totpStep;
    const bool needsTotp = totpRequired(user->role) && user->totpEnabled;
    if (ok && needsTotp && !request.totp.empty())
        totpStep = Totp::verify(user->totpSecret, q(request.totp), now / 1000);
    const bool totpFailed =
        ok && needsTotp && !request.totp.empty() && (!totpStep || *totpStep <= user->totpLastStep);

    if (!ok || totpFailed) {
        metrics_.recordLogin(false);
        recordFailure(db, request, user->id, remote, totpFailed);
        if (totpFailed)
            throw ApiError(ErrorCode::TotpInvalid, "the one-time code is wrong or was used");
        throw ApiError(ErrorCode::InvalidCredentials, "wrong username or password");
    }
    if (user->disabled) {
        metrics_.recordLogin(false);
        throw ApiError(ErrorCode::AccountDisabled, "this account is disabled; ask an "
                                                   "administrator");
    }
    if (needsTotp && request.totp.empty())
        throw ApiError(ErrorCode::TotpRequired,
                       "the role '" + user->role + "' needs a one-time code: send \"totp\"");
    const bool enrolmentOnly = totpRequired(user->role) && !user->totpEnabled;
    protocol::TokenPair tokens;
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        throttle_.recordSuccess(db, request.username);
        // Conditional, so two processes given the same code at once accept it only once.
        if (totpStep &&
            db.execute(QStringLiteral("UPDATE users SET totp_last_step = ? WHERE id = ? AND "
                                      "totp_last_step < ?"),
                       {i64(*totpStep), q(user->id), i64(*totpStep)}) == 0)
            throw ApiError(ErrorCode::TotpInvalid, "the one-time code is wrong or was used");
        tokens = createSession(db, user->id, request.deviceId, enrolmentOnly);
        audit(db, now, user->id, "login", user->id,
              {{"remote", remote}, {"device_id", request.deviceId}});
        tx.commit();
    });
    tokens.user = info(*user);
    metrics_.recordLogin(true);
    return tokens;
}

std::string AuthService::deviceCode(Db& db, const std::string& deviceId, std::int64_t now)
{
    if (auto r = db.query(QStringLiteral("SELECT code FROM device_codes WHERE device_id = ?"),
                          {q(deviceId)});
        r.next())
        return r.text(0);
    db.execute(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'device_code'"));
    const auto n =
        db.scalarInt(QStringLiteral("SELECT value FROM counters WHERE name = 'device_code'"))
            .value_or(0);
    // The same new device logging in through two processes at once: the counter's row lock
    // queues the second, which then finds the first one's code instead of failing.
    db.execute(QStringLiteral("INSERT INTO device_codes (device_id, code, created_at) VALUES (?, "
                              "?, ?) ON CONFLICT (device_id) DO NOTHING"),
               {q(deviceId), q(device_code::fromNumber(static_cast<std::uint32_t>(n))), i64(now)});
    Rows r = db.query(QStringLiteral("SELECT code FROM device_codes WHERE device_id = ?"),
                      {q(deviceId)});
    return r.next() ? r.text(0) : std::string();
}

protocol::TokenPair AuthService::createSession(Db& db, const std::string& userId,
                                               const std::string& deviceId, bool enrolmentOnly)
{
    const std::int64_t now = clock_.nowMillis();
    protocol::TokenPair t;
    t.accessToken = randomToken();
    t.refreshToken = randomToken();
    t.accessExpiresAt = now + settings_.accessTtlMs;
    t.refreshExpiresAt = now + settings_.refreshTtlMs;
    t.totpEnrolmentRequired = enrolmentOnly;
    db.execute(QStringLiteral("INSERT INTO sessions (id, user_id, device_id, access_hash, "
                              "access_expires_at, refresh_hash, refresh_expires_at, "
                              "enrolment_only, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {q(generateUuid()), q(userId), q(deviceId), q(tokenDigest(t.accessToken)),
                i64(t.accessExpiresAt), q(tokenDigest(t.refreshToken)), i64(t.refreshExpiresAt),
                enrolmentOnly ? 1 : 0, i64(now)});
    db.execute(QStringLiteral("INSERT INTO devices (user_id, device_id, last_mutation_id, "
                              "first_seen_at, last_seen_at) VALUES (?, ?, 0, ?, ?) "
                              "ON CONFLICT (user_id, device_id) DO UPDATE SET last_seen_at = ?"),
               {q(userId), q(deviceId), i64(now), i64(now), i64(now)});
    t.deviceCode = deviceCode(db, deviceId, now);
    return t;
}

protocol::TokenPair AuthService::refresh(const protocol::RefreshRequest& request)
{
    Db& db = pool_.local();
    const std::int64_t now = clock_.nowMillis();
    const std::string digest = tokenDigest(request.refreshToken);
    return withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        // A rotated-away refresh token coming back means two holders: revoke the session.
        std::string reusedSession, reusedUser;
        {
            Rows r = db.query(QStringLiteral("SELECT id, user_id FROM sessions WHERE "
                                             "prev_refresh_hash = ? AND revoked_at IS NULL"),
                              {q(digest)});
            if (r.next()) {
                reusedSession = r.text(0);
                reusedUser = r.text(1);
            }
        }
        if (!reusedSession.empty()) {
            db.execute(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ?"),
                       {i64(now), q(reusedSession)});
            audit(db, now, reusedUser, "refresh_token_reused", reusedSession,
                  nlohmann::json::object());
            tx.commit();
            throw ApiError(ErrorCode::Unauthorized,
                           "refresh token was already used; the session is revoked, log in again",
                           {{"reason", "refresh_token_reused"}});
        }
        std::string sessionId, userId, deviceId;
        std::int64_t expires = 0;
        bool revoked = false, enrolmentOnly = false;
        {
            Rows r = db.query(u"SELECT id, user_id, device_id, refresh_expires_at, revoked_at, "
                              u"enrolment_only FROM sessions WHERE refresh_hash = ?"_qs +
                                  db.forUpdate(),
                              {q(digest)});
            if (!r.next())
                throw ApiError(ErrorCode::Unauthorized, "unknown refresh token",
                               {{"reason", "invalid_token"}});
            sessionId = r.text(0);
            userId = r.text(1);
            deviceId = r.text(2);
            expires = r.i64(3);
            revoked = !r.isNull(4);
            enrolmentOnly = r.i64(5) != 0;
        }
        if (revoked)
            throw ApiError(ErrorCode::Unauthorized, "the session was logged out or revoked",
                           {{"reason", "revoked"}});
        if (expires <= now)
            throw ApiError(ErrorCode::Unauthorized, "refresh token expired; log in again",
                           {{"reason", "expired"}});
        if (deviceId != request.deviceId)
            throw ApiError(ErrorCode::DeviceMismatch,
                           "this refresh token belongs to another device");
        const auto user = loadUser(db, totpSecrets_, QStringLiteral("id"), userId);
        if (!user || user->disabled)
            throw ApiError(ErrorCode::AccountDisabled, "this account is disabled");
        protocol::TokenPair t;
        t.accessToken = randomToken();
        t.refreshToken = randomToken();
        t.accessExpiresAt = now + settings_.accessTtlMs;
        t.refreshExpiresAt = now + settings_.refreshTtlMs;
        t.totpEnrolmentRequired = enrolmentOnly;
        db.execute(QStringLiteral("UPDATE sessions SET access_hash = ?, access_expires_at = ?, "
                                  "prev_refresh_hash = refresh_hash, refresh_hash = ?, "
                                  "refresh_expires_at = ? WHERE id = ?"),
                   {q(tokenDigest(t.accessToken)), i64(t.accessExpiresAt),
                    q(tokenDigest(t.refreshToken)), i64(t.refreshExpiresAt), q(sessionId)});
        t.deviceCode = deviceCode(db, deviceId, now);
        tx.commit();
        t.user = info(*user);
        return t;
    });
}

void AuthService::logout(const AuthContext& auth)
{
    Db& db = pool_.local();
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        db.execute(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ? AND "
                                  "revoked_at IS NULL"),
                   {i64(clock_.nowMillis()), q(auth.sessionId)});
        audit(db, clock_.nowMillis(), auth.userId, "logout", auth.sessionId,
              {{"device_id", auth.deviceId}});
        tx.commit();
    });
}

AuthContext AuthService::authenticate(const QByteArray& header)
{
    if (!header.startsWith("Bearer ") || header.size() < 8)
        throw ApiError(ErrorCode::Unauthorized,
                       "missing access token: send 'Authorization: Bearer <token>'",
                       {{"reason", "missing_token"}});
    const std::string token = header.mid(7).trimmed().toStdString();
    Db& db = pool_.local();
    Rows r = db.query(
        QStringLiteral("SELECT s.id, s.user_id, s.device_id, s.access_expires_at, "
                       "s.revoked_at, s.enrolment_only, u.username, u.role, u.office_id, "
                       "COALESCE(u.jurisdiction_id, o.location_id), u.disabled "
                       "FROM sessions s JOIN users u ON u.id = s.user_id "
                       "LEFT JOIN offices o ON o.id = u.office_id WHERE s.access_hash = ?"),
        {q(tokenDigest(token))});
    if (!r.next())
        throw ApiError(ErrorCode::Unauthorized, "unknown access token",
                       {{"reason", "invalid_token"}});
    if (!r.isNull(4))
        throw ApiError(ErrorCode::Unauthorized, "the session was logged out or revoked",
                       {{"reason", "revoked"}});
    if (r.i64(3) <= clock_.nowMillis())
        throw ApiError(ErrorCode::Unauthorized, "access token expired; refresh it",
                       {{"reason", "expired"}});
    if (r.i64(10) != 0)
        throw ApiError(ErrorCode::AccountDisabled, "this account is disabled");
    AuthContext a;
    a.sessionId = r.text(0);
    a.userId = r.text(1);
    a.deviceId = r.text(2);
    a.enrolmentOnly = r.i64(5) != 0;
    a.username = r.text(6);
    a.role = r.text(7);
    a.officeId = r.isNull(8) ? std::string() : r.text(8);
    a.jurisdictionId = r.isNull(9) ? std::string() : r.text(9);
    return a;
}

protocol::UserInfo AuthService::userInfo(const AuthContext& auth)
{
    const auto user = loadUser(pool_.local(), totpSecrets_, QStringLiteral("id"), auth.userId);
    if (!user)
        throw ApiError(ErrorCode::Unauthorized, "user no longer exists");
    return info(*user);
}

nlohmann::json AuthService::enrolTotp(const AuthContext& auth)
{
    Db& db = pool_.local();
    const auto user = loadUser(db, totpSecrets_, QStringLiteral("id"), auth.userId);
    if (!user)
        throw ApiError(ErrorCode::Unauthorized, "user no longer exists");
    if (user->totpEnabled)
        throw ApiError(ErrorCode::Forbidden, "a second factor is already active; an "
                                             "administrator can reset it");
    const QByteArray secret = QByteArray::fromStdString(randomBytes(20));
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        db.execute(QStringLiteral("UPDATE users SET totp_secret = ?, totp_enabled = 0 WHERE id = "
                                  "?"),
                   {totpSecrets_.encode(secret), q(auth.userId)});
        tx.commit();
    });
    return {{"secret", Totp::base32Encode(secret).toStdString()},
            {"otpauth_uri",
             Totp::otpauthUri(settings_.totpIssuer, q(user->username), secret).toStdString()}};
}

void AuthService::activateTotp(const AuthContext& auth, const std::string& code)
{
    Db& db = pool_.local();
    const std::int64_t now = clock_.nowMillis();
    const auto user = loadUser(db, totpSecrets_, QStringLiteral("id"), auth.userId);
    if (!user || user->totpSecret.isEmpty())
        throw ApiError(ErrorCode::Forbidden, "no pending second factor: call "
                                             "/api/v1/auth/totp/enrol first");
    const auto step = Totp::verify(user->totpSecret, q(code), now / 1000);
    if (!step)
        throw ApiError(ErrorCode::TotpInvalid, "the one-time code does not match the enrolled "
                                               "secret (check the device clock)");
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        db.execute(QStringLiteral("UPDATE users SET totp_enabled = 1, totp_last_step = ? WHERE "
                                  "id = ?"),
                   {i64(*step), q(auth.userId)});
        // This session proved password and second factor: it may now do everything.
        db.execute(QStringLiteral("UPDATE sessions SET enrolment_only = 0 WHERE id = ?"),
                   {q(auth.sessionId)});
        audit(db, now, auth.userId, "totp_enabled", auth.userId, nlohmann::json::object());
        tx.commit();
    });
}

} // namespace vitalis::server
