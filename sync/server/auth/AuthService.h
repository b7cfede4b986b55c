// Login (argon2id), access + refresh tokens bound to a device, refresh with rotation and reuse
// detection, logout, lockout after repeated failures, and TOTP enrolment for roles that need it.
#pragma once

#include "core/Clock.h"
#include "sync/protocol/AuthMessages.h"
#include "sync/server/Directory.h"
#include "sync/server/auth/LoginThrottle.h"
#include "sync/server/auth/TotpSecretStore.h"
#include "sync/server/db/Db.h"
#include "sync/server/http/Metrics.h"

#include <QByteArray>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::server
{

struct AuthSettings {
    std::int64_t accessTtlMs = 15 * 60 * 1000;
    std::int64_t refreshTtlMs = 30LL * 24 * 3600 * 1000;
    ThrottleSettings throttle; // lockout per account name and per client address
    QStringList totpRequiredRoles;
    QString totpIssuer = QStringLiteral("Vitalis");
};

// Who is calling, resolved from the access token on every request.
struct AuthContext {
    std::string sessionId;
    std::string userId;
    std::string username;
    std::string role;
    std::string officeId;
    std::string jurisdictionId;
    std::string deviceId;
    bool enrolmentOnly = false;
};

class AuthService
{
public:
    AuthService(DbPool& pool, Directory& directory, const Clock& clock, Metrics& metrics,
                const TotpSecretStore& totpSecrets, AuthSettings settings);

    protocol::TokenPair login(const protocol::LoginRequest& request, const std::string& remote);
    protocol::TokenPair refresh(const protocol::RefreshRequest& request);
    void logout(const AuthContext& auth);
    // Throws ApiError(Unauthorized) for a missing, unknown, revoked or expired token.
    AuthContext authenticate(const QByteArray& authorizationHeader);
    nlohmann::json enrolTotp(const AuthContext& auth); // {secret, otpauth_uri}
    void activateTotp(const AuthContext& auth, const std::string& code);
    protocol::UserInfo userInfo(const AuthContext& auth);

    static void audit(Db& db, std::int64_t now, const std::string& actor, const std::string& action,
                      const std::string& subject, const nlohmann::json& detail);
    // The 4-symbol code tracking IDs made for `deviceId` start with: allocated once per device
    // (or integration client), inside the caller's transaction.
    static std::string deviceCode(Db& db, const std::string& deviceId, std::int64_t now);

private:
    protocol::TokenPair createSession(Db& db, const std::string& userId,
                                      const std::string& deviceId, bool enrolmentOnly);
    bool totpRequired(const std::string& role) const;
    [[noreturn]] static void refuseThrottled(const LoginThrottle::Verdict& v);
    void recordFailure(Db& db, const protocol::LoginRequest& request, const std::string& userId,
                       const std::string& remote, bool totpFailed);

    DbPool& pool_;
    Directory& directory_;
    const Clock& clock_;
    Metrics& metrics_;
    const TotpSecretStore& totpSecrets_;
    AuthSettings settings_;
    LoginThrottle throttle_;
};

} // namespace vitalis::server
