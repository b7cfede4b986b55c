#include "sync/server/interop/WebSubWorker.h"

#include "sync/server/auth/Secrets.h"
#include "sync/server/db/SqlValue.h"

#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <chrono>
#include <curl/curl.h>
#include <random>
#include <sodium.h>
#include <vector>

namespace vitalis::server
{

namespace
{
using sql::i64;
using sql::q;

struct HttpResult {
    long status = 0; // 0: no answer (network error, timeout)
    std::string body;
    std::string error;
};

std::size_t collect(char* data, std::size_t size, std::size_t n, void* out)
{
    auto* s = static_cast<std::string*>(out);
    if (s->size() < 64 * 1024) // a subscriber's answer body matters only for the challenge
        s->append(data, size * n);
    return size * n;
}

struct HttpCall {
    std::string url;
    const std::string* body = nullptr; // null for a GET
    std::vector<std::string> headers;
    HttpResult result;
    std::int64_t elapsedMs = 0;
    curl_slist* list = nullptr;
};

CURL* prepare(HttpCall& c, std::int64_t timeoutMs)
{
    CURL* curl = curl_easy_init();
    if (!curl)
        return nullptr;
    for (const auto& h : c.headers)
        c.list = curl_slist_append(c.list, h.c_str());
    curl_easy_setopt(curl, CURLOPT_URL, c.url.c_str());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(timeoutMs));
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, c.list);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &c.result.body);
    if (c.body) {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, c.body->data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(c.body->size()));
    }
    return curl;
}

// Runs the calls at once (libcurl multi): a slow subscriber holds up no one else's delivery.
void perform(std::vector<HttpCall>& calls, std::int64_t timeoutMs)
{
    CURLM* multi = curl_multi_init();
    std::vector<CURL*> easy(calls.size(), nullptr);
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < calls.size(); ++i) {
        easy[i] = prepare(calls[i], timeoutMs);
        if (easy[i])
            curl_multi_add_handle(multi, easy[i]);
        else
            calls[i].result.error = "curl_easy_init failed";
    }
    int running = 1;
    while (running > 0) {
        curl_multi_perform(multi, &running);
        int left = 0;
        while (CURLMsg* m = curl_multi_info_read(multi, &left)) {
            if (m->msg != CURLMSG_DONE)
                continue;
            const auto i = static_cast<std::size_t>(
                std::find(easy.begin(), easy.end(), m->easy_handle) - easy.begin());
            HttpCall& c = calls[i];
            if (m->data.result == CURLE_OK)
                curl_easy_getinfo(m->easy_handle, CURLINFO_RESPONSE_CODE, &c.result.status);
            else
                c.result.error = curl_easy_strerror(m->data.result);
            c.elapsedMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::steady_clock::now() - start)
                              .count();
        }
        if (running > 0)
            curl_multi_poll(multi, nullptr, 0, 100, nullptr);
    }
    for (std::size_t i = 0; i < calls.size(); ++i) {
        if (easy[i]) {
            curl_multi_remove_handle(multi, easy[i]);
            curl_easy_cleanup(easy[i]);
        }
        curl_slist_free_all(calls[i].list);
        calls[i].list = nullptr;
    }
    curl_multi_cleanup(multi);
}

HttpResult send(const std::string& url, std::int64_t timeoutMs)
{
    std::vector<HttpCall> one(1);
    one[0].url = url;
    perform(one, timeoutMs);
    return one[0].result;
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

void WebSubWorker::start()
{
    thread_ = std::thread([this] { run(); });
}

void WebSubWorker::stop()
{
    if (!thread_.joinable())
        return;
    stopping_ = true;
    wake_.notify_all();
    thread_.join();
}

std::int64_t WebSubWorker::backoffMs(int attempts) const
{
    // Full doubling up to the cap, then 50-100 % of it: retries of many deliveries that failed
    // together (a subscriber's outage) spread out instead of arriving as one wave.
    const int shift = std::min(attempts - 1, 30);
    const std::int64_t cap = std::min(settings_.retryMaxMs, settings_.retryBaseMs << shift);
    thread_local std::mt19937_64 rng{std::random_device{}()};
    return cap / 2 + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(cap / 2 + 1));
}

void WebSubWorker::run()
{
    while (!stopping_) {
        bool busy = false;
        try {
            Db& db = pool_.local();
            busy = verifyOne(db);
            busy = deliverDue(db) || busy;
            publishQueue(db);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "vitalis-server: websub worker: %s\n", e.what());
        }
        if (!busy) {
            std::unique_lock lock(mutex_);
            wake_.wait_for(lock, std::chrono::milliseconds(settings_.pollMs),
                           [this] { return stopping_.load(); });
        }
    }
    pool_.releaseLocal();
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
    perform(calls, settings_.requestTimeoutMs);
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
