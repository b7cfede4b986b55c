#include "sync/server/interop/ClientTokenService.h"

#include "sync/server/auth/AuthService.h"
#include "sync/server/auth/Secrets.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/http/ApiError.h"

#include <QUrl>

namespace vitalis::server
{

using nlohmann::json;
using protocol::ErrorCode;

namespace
{
using sql::i64;
using sql::q;

TokenAnswer oauthError(int status, const std::string& code, const std::string& description,
                       bool basic = false)
{
    return {status, {{"error", code}, {"error_description", description}}, basic};
}

std::string formDecode(const QByteArray& part)
{
    QByteArray p = part;
    p.replace('+', ' ');
    return QUrl::fromPercentEncoding(p).toStdString();
}

struct Presented {
    std::string id, secret;
    bool basic = false;
    bool both = false; // Basic and body credentials at once (RFC 6749 §2.3: only one)
};

Presented presented(const QByteArray& authorization, const QUrlQuery& form)
{
    Presented p;
    const bool inBody = form.hasQueryItem(QStringLiteral("client_id")) ||
                        form.hasQueryItem(QStringLiteral("client_secret"));
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        p.basic = true;
        p.both = inBody;
        if (colon > 0) {
            p.id = formDecode(decoded.left(colon));
            p.secret = formDecode(decoded.mid(colon + 1));
        }
        return p;
    }
    p.id = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded).toStdString();
    p.secret =
        form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded).toStdString();
    return p;
}
} // namespace

QUrlQuery ClientTokenService::parseForm(const QByteArray& body)
{
    QByteArray b = body;
    b.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(b));
}

TokenAnswer ClientTokenService::issue(const QByteArray& authorization, const QUrlQuery& form,
                                      const std::string& remote)
{
    const Presented p = presented(authorization, form);
    if (p.both)
        return oauthError(400, "invalid_request",
                          "send the client credentials once: HTTP Basic or the body, not both");
    const QString grant = form.queryItemValue(QStringLiteral("grant_type"));
    if (grant.isEmpty())
        return oauthError(400, "invalid_request", "grant_type is missing");
    if (grant != u"client_credentials")
        return oauthError(400, "unsupported_grant_type",
                          "only grant_type=client_credentials is supported");
    if (p.id.empty() || p.secret.empty())
        return oauthError(401, "invalid_client",
                          "client authentication failed: send client_id and client_secret "
                          "(HTTP Basic or form body)",
                          p.basic);
    Db& db = pool_.local();
    const auto client = IntegrationClientStore::load(db, p.id);
    // The slow hash runs for unknown ids too, so timing does not tell which ids exist.
    const bool ok = client ? PasswordHasher::verify(client->secretHash, p.secret)
                           : (PasswordHasher::dummyVerify(p.secret), false);
    const std::int64_t now = clock_.nowMillis();
    if (!ok || client->revoked) {
        withRetry([&] {
            Transaction tx(db, &pool_.sqliteWriteMutex());
            AuthService::audit(db, now, client ? client->id : std::string("-"),
                               "client_token_refused", p.id, {{"remote", remote}});
            tx.commit();
        });
        return oauthError(401, "invalid_client", "client authentication failed", p.basic);
    }
    std::set<std::string> scopes = client->scopes;
    if (const QString asked = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
        !asked.trimmed().isEmpty()) {
        scopes.clear();
        for (const QString& s : asked.split(u' ', Qt::SkipEmptyParts)) {
            if (!client->has(s.toStdString()))
                return oauthError(400, "invalid_scope",
                                  "scope '" + s.toStdString() + "' is not granted to this client");
            scopes.insert(s.toStdString());
        }
    }
    const std::string token = randomToken();
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        // Expired tokens of this client go as it takes a new one: the table stays small.
        db.execute(QStringLiteral("DELETE FROM client_tokens WHERE client_id = ? AND expires_at "
                                  "<= ?"),
                   {q(client->id), i64(now)});
        db.execute(QStringLiteral("INSERT INTO client_tokens (token_hash, client_id, scopes, "
                                  "expires_at, created_at) VALUES (?, ?, ?, ?, ?)"),
                   {q(tokenDigest(token)), q(client->id), q(json(scopes).dump()), i64(now + ttlMs_),
                    i64(now)});
        AuthService::audit(db, now, client->id, "client_token", client->id,
                           {{"remote", remote}, {"scopes", scopes}});
        tx.commit();
    });
    std::string scopeText;
    for (const auto& s : scopes)
        scopeText += (scopeText.empty() ? "" : " ") + s;
    return {200,
            {{"access_token", token},
             {"token_type", "Bearer"},
             {"expires_in", ttlMs_ / 1000},
             {"scope", scopeText}},
            false};
}

ClientContext ClientTokenService::authenticate(const QByteArray& header, const std::string& scope)
{
    if (!header.startsWith("Bearer ") || header.size() < 8)
        throw ApiError(ErrorCode::Unauthorized,
                       "missing access token: get one from POST /oauth/token and send "
                       "'Authorization: Bearer <token>'",
                       {{"reason", "missing_token"}});
    Db& db = pool_.local();
    Rows r = db.query(QStringLiteral("SELECT client_id, scopes, expires_at FROM client_tokens "
                                     "WHERE token_hash = ?"),
                      {q(tokenDigest(header.mid(7).trimmed().toStdString()))});
    if (!r.next())
        throw ApiError(ErrorCode::Unauthorized, "unknown access token",
                       {{"reason", "invalid_token"}});
    if (r.i64(2) <= clock_.nowMillis())
        throw ApiError(ErrorCode::Unauthorized, "access token expired; get a new one",
                       {{"reason", "expired"}});
    ClientContext c;
    c.scopes = json::parse(r.text(1)).get<std::set<std::string>>();
    const auto client = IntegrationClientStore::load(db, r.text(0));
    if (!client || client->revoked)
        throw ApiError(ErrorCode::Unauthorized, "this client was revoked", {{"reason", "revoked"}});
    c.client = *client;
    if (!c.scopes.count(scope))
        throw ApiError(ErrorCode::Forbidden, "this token lacks the '" + scope + "' scope",
                       {{"required_scope", scope}});
    throttle(c.client);
    return c;
}

void ClientTokenService::throttle(const IntegrationClient& client)
{
    const std::int64_t now = clock_.nowMillis();
    std::lock_guard lock(rateMutex_);
    Window& w = windows_[client.id];
    if (now - w.start >= 60000) {
        w.start = now;
        w.count = 0;
    }
    if (++w.count > client.rateLimitPerMinute)
        throw ApiError(ErrorCode::TooManyRequests,
                       "this client's rate limit of " + std::to_string(client.rateLimitPerMinute) +
                           " requests per minute is used up",
                       {{"retry_after_seconds",
                         std::max<std::int64_t>(1, (w.start + 60000 - now + 999) / 1000)}});
}

} // namespace vitalis::server
