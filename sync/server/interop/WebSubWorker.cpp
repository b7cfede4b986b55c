#include "sync/server/interop/WebSubWorker.h"

#include "sync/server/auth/Secrets.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/interop/OutboundHttp.h"

#include <QUrl>
#include <QUrlQuery>
#include <chrono>
#include <sodium.h>
#include <vector>

namespace vitalis::server
{

namespace
{
using sql::i64;
using sql::q;

HttpResult send(const std::string& url, std::int64_t timeoutMs)
{
    HttpCall call;
    call.url = url;
    return sendHttp(std::move(call), timeoutMs);
}

std::string withQuery(const std::string& callback, const QUrlQuery& extra)
{
    QUrl url(QString::fromStdString(callback));
    QUrlQuery query(url);
    for (const auto& [k, v] : extra.queryItems(QUrl::FullyDecoded))
        query.addQueryItem(k, v);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded).toStdString();
}
} // namespace

std::string WebSubWorker::signature(const std::string& secret, const std::string& body)
{
    ensureSodium();
    crypto_auth_hmacsha256_state state;
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(secret.data()),
                                secret.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(body.data()),
                                  body.size());
    crypto_auth_hmacsha256_final(&state, mac);
    char hex[crypto_auth_hmacsha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
    return std::string("sha256=") + hex;
}

std::int64_t WebSubWorker::backoffMs(int attempts) const
{
    return retryBackoffMs(settings_.retryBaseMs, settings_.retryMaxMs, attempts);
}

bool WebSubWorker::step(Db& db)
{
    bool busy = verifyOne(db);
    busy = deliverDue(db) || busy;
    publishQueue(db);
    return busy;
}

void WebSubWorker::publishQueue(Db& db)
{
    const std::int64_t now = clock_.nowMillis();
    if (now - queuePublishedAt_ < 1000) // /metrics is scraped every few seconds at most
        return;
    queuePublishedAt_ = now;
    metrics_.setDeliveryQueue(
        db.scalarInt(QStringLiteral("SELECT COUNT(*) FROM websub_deliveries WHERE state = "
                                    "'pending'"))
            .value_or(0),
        db.scalarInt(QStringLiteral("SELECT COUNT(*) FROM websub_deliveries WHERE state = "
                                    "'dead'"))
            .value_or(0));
}

bool WebSubWorker::verifyOne(Db& db)
{
    const std::int64_t now = clock_.nowMillis();
    std::string id, topic, callback, mode, state;
    std::int64_t lease = 0;
    {
        Rows r = db.query(QStringLiteral("SELECT id, topic, callback, pending_mode, "
                                         "lease_seconds, state FROM websub_subscriptions WHERE "
                                         "pending_mode <> '' AND verify_at <= ? ORDER BY "
                                         "verify_at LIMIT 1"),
                          {i64(now)});
        if (!r.next())
            return false;
        id = r.text(0), topic = r.text(1), callback = r.text(2), mode = r.text(3);
        lease = r.i64(4), state = r.text(5);
    }
    const std::string challenge = randomToken(24);
    QUrlQuery ask;
    ask.addQueryItem(QStringLiteral("hub.mode"), q(mode));
    ask.addQueryItem(QStringLiteral("hub.topic"), q(topic));
    ask.addQueryItem(QStringLiteral("hub.challenge"), q(challenge));
    if (mode == "subscribe")
        ask.addQueryItem(QStringLiteral("hub.lease_seconds"), QString::number(lease));
    const HttpResult r = send(withQuery(callback, ask), settings_.requestTimeoutMs);
    const bool confirmed = r.status >= 200 && r.status < 300 && r.body == challenge;
    std::string next = state;
    if (mode == "subscribe" && confirmed)
        next = "active";
    else if (mode == "subscribe" && state == "pending")
        next = "denied"; // a renewal that is not confirmed leaves the current lease alone
    else if (mode == "unsubscribe" && confirmed)
        next = "ended";
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        db.execute(QStringLiteral("UPDATE websub_subscriptions SET state = ?, pending_mode = '', "
                                  "updated_at = ? WHERE id = ? AND pending_mode = ?"),
                   {q(next), i64(now), q(id), q(mode)});
        if (mode == "subscribe" && confirmed) // the lease starts when the subscriber confirms
            db.execute(QStringLiteral("UPDATE websub_subscriptions SET expires_at = ? WHERE id = "
                                      "?"),
                       {i64(now + lease * 1000), q(id)});
        tx.commit();
    });
    return true;
}

std::string WebSubWorker::writeBody(Db& db, const std::string& id, std::string& body,
                                    const std::string& format)
{
    if (format == "fhir+json")
        return "application/fhir+json";
    if (format != "fhir")
        return "application/json";
    const std::optional<std::string> document = fhir_ ? fhir_->document(body) : std::nullopt;
    const std::string written = document ? "fhir+json" : "native";
    if (document)
        body = *document;
    else
        std::fprintf(stderr,
                     "vitalis-server: websub: no FHIR mapping for delivery %s; sent as "
                     "native JSON\n",
                     id.c_str());
    std::string stored = written;
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        if (db.execute(QStringLiteral("UPDATE websub_deliveries SET body = ?, format = ? WHERE "
                                      "id = ? AND format = 'fhir'"),
                       {q(body), q(written), q(id)}) == 0) {
            // Another server process wrote it first: send its bytes, the ones retries repeat.
            Rows r = db.query(QStringLiteral("SELECT body, format FROM websub_deliveries WHERE "
                                             "id = ?"),
                              {q(id)});
            if (r.next())
                body = r.text(0), stored = r.text(1);
        }
        tx.commit();
    });
    return stored == "fhir+json" ? "application/fhir+json" : "application/json";
}

bool WebSubWorker::deliverDue(Db& db)
{
    const std::int64_t now = clock_.nowMillis();
    struct Due {
        std::string id, body, topic, callback, secret, subscription;
        int attempts = 0;
        std::int64_t createdAt = 0;
        std::string format;
    };
    std::vector<Due> due;
    {
        Rows r = db.query(QStringLiteral("SELECT d.id, d.body, d.topic, s.callback, s.secret, "
                                         "s.id, d.attempts, d.created_at, d.format FROM "
                                         "websub_deliveries "
                                         "d JOIN websub_subscriptions s ON s.id = "
                                         "d.subscription_id WHERE d.state = 'pending' AND "
                                         "d.next_attempt_at <= ? AND s.state = 'active' ORDER BY "
                                         "d.next_attempt_at LIMIT 20"),
                          {i64(now)});
        while (r.next())
            due.push_back({r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5),
                           static_cast<int>(r.i64(6)), r.i64(7), r.text(8)});
    }
    std::vector<std::string> mediaTypes;
    for (Due& d : due)
        mediaTypes.push_back(writeBody(db, d.id, d.body, d.format));
    const std::int64_t sentAt = clock_.nowMillis();
    std::vector<HttpCall> calls(due.size());
    for (std::size_t i = 0; i < due.size(); ++i) {
        const Due& d = due[i];
        calls[i].url = d.callback;
        calls[i].body = &d.body;
        calls[i].headers = {"Content-Type: " + mediaTypes[i],
                            "X-Hub-Signature: " + signature(d.secret, d.body),
                            "X-Vitalis-Delivery: " + d.id,
                            "X-Vitalis-Topic: " + d.topic,
                            "X-Vitalis-Timestamp: " + std::to_string(sentAt / 1000),
                            "Link: <" + d.topic + ">; rel=\"self\""};
    }
    performHttp(calls, settings_.requestTimeoutMs);
    for (std::size_t i = 0; i < due.size(); ++i) {
        const Due& d = due[i];
        const HttpResult& r = calls[i].result;
        const std::int64_t done = sentAt + calls[i].elapsedMs;
        metrics_.recordDelivery(d.subscription, r.status >= 200 && r.status < 300,
                                static_cast<double>(calls[i].elapsedMs) / 1000.0);
        const int attempts = d.attempts + 1;
        std::string state = "pending";
        std::int64_t next = 0;
        if (r.status >= 200 && r.status < 300)
            state = "delivered";
        else if (r.status == 410)
            state = "gone";
        else if (done - d.createdAt >= settings_.deadAfterMs)
            state = "dead";
        else
            next = done + backoffMs(attempts);
        withRetry([&] {
            Transaction tx(db, &pool_.sqliteWriteMutex());
            db.execute(QStringLiteral("UPDATE websub_deliveries SET state = ?, attempts = ?, "
                                      "next_attempt_at = ?, last_status = ?, last_error = ?, "
                                      "delivered_at = CASE WHEN ? = 'delivered' THEN ? ELSE "
                                      "delivered_at END WHERE id = ?"),
                       {q(state), attempts, i64(next), static_cast<int>(r.status), q(r.error),
                        q(state), i64(done), q(d.id)});
            if (state == "gone")
                db.execute(QStringLiteral("UPDATE websub_subscriptions SET state = 'ended', "
                                          "updated_at = ? WHERE id = ?"),
                           {i64(done), q(d.subscription)});
            tx.commit();
        });
    }
    return !due.empty();
}

} // namespace vitalis::server
