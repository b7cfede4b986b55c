#include "sync/server/interop/IntegrationClientStore.h"

#include "sync/server/Directory.h"
#include "sync/server/auth/AuthService.h"
#include "sync/server/auth/Secrets.h"
#include "sync/server/db/SqlValue.h"

#include <QUrl>
#include <sodium.h>

namespace vitalis::server
{

using nlohmann::json;

namespace
{
using sql::i64;
using sql::q;

const QString kColumns =
    QStringLiteral("id, name, secret_hash, scopes, jurisdiction_id, events, allowed_fields, "
                   "rate_limit, created_at, revoked_at, signing_key, callbacks");

IntegrationClient fromRow(const Rows& r)
{
    IntegrationClient c;
    c.id = r.text(0);
    c.name = r.text(1);
    c.secretHash = r.text(2);
    c.scopes = json::parse(r.text(3)).get<std::set<std::string>>();
    c.jurisdictionId = r.text(4);
    c.events = json::parse(r.text(5)).get<std::set<std::string>>();
    c.allowedFields = json::parse(r.text(6)).get<std::vector<std::string>>();
    c.rateLimitPerMinute = static_cast<int>(r.i64(7));
    c.createdAt = r.i64(8);
    c.revoked = !r.isNull(9);
    c.signingKey = r.text(10);
    c.callbacks = json::parse(r.text(11)).get<std::vector<std::string>>();
    return c;
}

// Client ids travel in Basic credentials (no ':') and logs: a short prefix and random letters.
std::string newClientId()
{
    std::string id = "cl_" + randomToken(12);
    for (char& ch : id)
        if (ch == '-')
            ch = 'x';
    return id;
}

void checkNew(Db& db, const NewIntegrationClient& c)
{
    if (c.name.empty() || c.name.size() > 200)
        throw ClientConfigError("--name: expected 1-200 characters");
    if (c.scopes.empty())
        throw ClientConfigError("--scopes: give at least one of notify, search, subscribe, nid, "
                                "dci");
    for (const auto& s : c.scopes)
        if (!client_scope::isKnown(s))
            throw ClientConfigError("--scopes: unknown scope '" + s +
                                    "' (notify, search, subscribe, nid, dci)");
    Directory directory;
    const auto dir = directory.current(db);
    if (!dir->locations.contains(c.jurisdictionId))
        throw ClientConfigError("--jurisdiction: unknown location '" + c.jurisdictionId + "'");
    if (c.rateLimitPerMinute < 1)
        throw ClientConfigError("--rate-limit: expected requests per minute, 1 or more");
}
} // namespace

bool client_scope::isKnown(const std::string& scope)
{
    return scope == Notify || scope == Search || scope == Subscribe || scope == Nid || scope == Dci;
}

json IntegrationClient::describe() const
{
    return {{"client_id", id},
            {"name", name},
            {"scopes", scopes},
            {"jurisdiction_id", jurisdictionId},
            {"events", events},
            {"allowed_fields", allowedFields},
            {"rate_limit", rateLimitPerMinute},
            {"signing_key", signingKey},
            {"callbacks", callbacks},
            {"created_at", createdAt},
            {"revoked", revoked}};
}

ClientCredentials IntegrationClientStore::create(Db& db, const NewIntegrationClient& c,
                                                 std::int64_t now)
{
    checkNew(db, c);
    ClientCredentials out{newClientId(), randomToken(32)};
    const std::string hash = PasswordHasher::hash(out.clientSecret);
    Transaction tx(db, nullptr);
    db.execute(QStringLiteral("INSERT INTO integration_clients (id, name, secret_hash, scopes, "
                              "jurisdiction_id, events, allowed_fields, rate_limit, created_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {q(out.clientId), q(c.name), q(hash),
                q(json(std::set<std::string>(c.scopes.begin(), c.scopes.end())).dump()),
                q(c.jurisdictionId),
                q(json(std::set<std::string>(c.events.begin(), c.events.end())).dump()),
                q(json(c.allowedFields).dump()), c.rateLimitPerMinute, i64(now)});
    AuthService::audit(db, now, "admin", "client_created", out.clientId,
                       {{"name", c.name}, {"scopes", c.scopes}});
    tx.commit();
    return out;
}

std::vector<IntegrationClient> IntegrationClientStore::list(Db& db)
{
    std::vector<IntegrationClient> out;
    Rows r = db.query(u"SELECT "_qs + kColumns + u" FROM integration_clients ORDER BY name, id"_qs);
    while (r.next())
        out.push_back(fromRow(r));
    return out;
}

std::optional<IntegrationClient> IntegrationClientStore::load(Db& db, const std::string& id)
{
    Rows r =
        db.query(u"SELECT "_qs + kColumns + u" FROM integration_clients WHERE id = ?"_qs, {q(id)});
    if (!r.next())
        return std::nullopt;
    return fromRow(r);
}

ClientCredentials IntegrationClientStore::rotate(Db& db, const std::string& id, std::int64_t now)
{
    ClientCredentials out{id, randomToken(32)};
    const std::string hash = PasswordHasher::hash(out.clientSecret);
    Transaction tx(db, nullptr);
    if (db.execute(QStringLiteral("UPDATE integration_clients SET secret_hash = ?, rotated_at = "
                                  "? WHERE id = ? AND revoked_at IS NULL"),
                   {q(hash), i64(now), q(id)}) == 0)
        throw ClientConfigError("--id: no active client '" + id + "'");
    db.execute(QStringLiteral("DELETE FROM client_tokens WHERE client_id = ?"), {q(id)});
    AuthService::audit(db, now, "admin", "client_secret_rotated", id, json::object());
    tx.commit();
    return out;
}

void IntegrationClientStore::revoke(Db& db, const std::string& id, std::int64_t now)
{
    Transaction tx(db, nullptr);
    if (db.execute(QStringLiteral("UPDATE integration_clients SET revoked_at = ? WHERE id = ? "
                                  "AND revoked_at IS NULL"),
                   {i64(now), q(id)}) == 0)
        throw ClientConfigError("--id: no active client '" + id + "'");
    db.execute(QStringLiteral("DELETE FROM client_tokens WHERE client_id = ?"), {q(id)});
    AuthService::audit(db, now, "admin", "client_revoked", id, json::object());
    tx.commit();
}

void IntegrationClientStore::setSigningKey(Db& db, const std::string& id,
                                           const std::string& publicKey, std::int64_t now)
{
    unsigned char key[crypto_sign_PUBLICKEYBYTES];
    std::size_t length = 0;
    if (sodium_base642bin(key, sizeof key, publicKey.data(), publicKey.size(), nullptr, &length,
                          nullptr, sodium_base64_VARIANT_ORIGINAL) != 0 ||
        length != sizeof key)
        throw ClientConfigError("--public-key: expected an Ed25519 public key, 32 bytes in base64");
    Transaction tx(db, nullptr);
    if (db.execute(QStringLiteral("UPDATE integration_clients SET signing_key = ? WHERE id = ? "
                                  "AND revoked_at IS NULL"),
                   {q(publicKey), q(id)}) == 0)
        throw ClientConfigError("--id: no active client '" + id + "'");
    AuthService::audit(db, now, "admin", "client_signing_key_set", id,
                       {{"signing_key", publicKey}});
    tx.commit();
}

bool IntegrationClient::mayCallBack(const std::string& url) const
{
    // Compared on the parsed, normalised URL, so "HTTPS://Host:443/x" and "https://host/x" agree
    // and a prefix "https://sp.example/dci" does not admit "https://sp.example.evil/".
    const QUrl u = QUrl(QString::fromStdString(url)).adjusted(QUrl::NormalizePathSegments);
    for (const std::string& prefix : callbacks) {
        const QUrl p(QString::fromStdString(prefix));
        if (u.scheme() == p.scheme() && u.host() == p.host() &&
            u.port(u.scheme() == u"https"_qs ? 443 : 80) ==
                p.port(p.scheme() == u"https"_qs ? 443 : 80) &&
            u.path().startsWith(p.path()))
            return true;
    }
    return false;
}

void IntegrationClientStore::setCallbacks(Db& db, const std::string& id,
                                          const std::vector<std::string>& urls, std::int64_t now)
{
    for (const std::string& text : urls) {
        const QUrl u(QString::fromStdString(text), QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty() || u.hasQuery() || u.hasFragment() ||
            (u.scheme() != u"http"_qs && u.scheme() != u"https"_qs))
            throw ClientConfigError("--callbacks: '" + text +
                                    "' is not an http(s) URL with a host (no query or fragment)");
    }
    Transaction tx(db, nullptr);
    if (db.execute(QStringLiteral("UPDATE integration_clients SET callbacks = ? WHERE id = ? "
                                  "AND revoked_at IS NULL"),
                   {q(json(urls).dump()), q(id)}) == 0)
        throw ClientConfigError("--id: no active client '" + id + "'");
    AuthService::audit(db, now, "admin", "client_callbacks_set", id, {{"callbacks", urls}});
    tx.commit();
}

std::int64_t IntegrationClientStore::nextTrackingSequence(Db& db, const std::string& id)
{
    db.execute(QStringLiteral("UPDATE integration_clients SET tracking_sequence = "
                              "tracking_sequence + 1 WHERE id = ?"),
               {q(id)});
    return db.scalarInt(QStringLiteral("SELECT tracking_sequence FROM integration_clients "
                                       "WHERE id = ?"),
                        {q(id)})
               .value_or(1) -
           1;
}

} // namespace vitalis::server
