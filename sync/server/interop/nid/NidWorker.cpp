#include "sync/server/interop/nid/NidWorker.h"

#include "sync/server/auth/Secrets.h"

#include <QByteArray>
#include <QUrlQuery>
#include <cstdio>

namespace vitalis::server::nid
{

using nlohmann::json;

std::string NidWorker::oauthToken(const NidHook& hook)
{
    const std::int64_t now = clock_.nowMillis();
    if (const auto it = tokens_.find(hook.key); it != tokens_.end() && it->second.expiresAt > now)
        return it->second.value;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    if (!hook.auth.scope.empty())
        form.addQueryItem(QStringLiteral("scope"), QString::fromStdString(hook.auth.scope));
    const std::string body = form.toString(QUrl::FullyEncoded).toStdString();
    HttpCall call;
    call.url = hook.auth.tokenUrl;
    call.body = &body;
    const std::string basic =
        QByteArray::fromStdString(hook.auth.clientId + ":" + hook.auth.clientSecret)
            .toBase64()
            .toStdString();
    call.headers = {"Content-Type: application/x-www-form-urlencoded",
                    "Authorization: Basic " + basic, "Accept: application/json"};
    call.clientCert = hook.clientCert, call.clientKey = hook.clientKey, call.caFile = hook.caFile;
    const HttpResult r = sendHttp(std::move(call), hook.timeoutMs);
    const json j = json::parse(r.body, nullptr, false);
    if (r.status != 200 || !j.is_object() || !j.contains("access_token") ||
        !j["access_token"].is_string())
        throw std::runtime_error("the national ID system's token endpoint answered " +
                                 std::to_string(r.status) + " " + r.error);
    // Renewed 30 s before it ends, so no call leaves with a token about to expire.
    const std::int64_t ttl = j.value("expires_in", 300) * 1000LL;
    tokens_[hook.key] = {j["access_token"].get<std::string>(),
                         now + std::max<std::int64_t>(0, ttl - 30000)};
    return tokens_[hook.key].value;
}

std::string NidWorker::authorization(const NidHook& hook)
{
    if (hook.auth.type == "bearer")
        return "Authorization: Bearer " + hook.auth.token;
    if (hook.auth.type == "oauth")
        return "Authorization: Bearer " + oauthToken(hook);
    return {};
}

HttpCall NidWorker::prepare(Db& db, const NidCall& call, const NidHook& hook, std::string& body)
{
    // A fresh token each attempt, its digest stored before the request leaves: the answer to
    // a lost attempt may be a callback with the token the system received last.
    const std::string token = randomToken(32);
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        NidCallStore::setToken(db, call.id, tokenDigest(token),
                               clock_.nowMillis() + hook.callbackTtlMs);
        tx.commit();
    });
    json j = json::parse(call.body);
    j["callback_token"] = token;
    body = j.dump();
    HttpCall http;
    http.url = hook.url;
    http.headers = {"Content-Type: application/json", "Accept: application/json",
                    "Idempotency-Key: " + call.id, "X-Vitalis-Hook: " + hook.key};
    try {
        if (const std::string a = authorization(hook); !a.empty())
            http.headers.push_back(a);
    } catch (const std::exception& e) {
        http.url.clear(); // no credentials, no call: retried like a network error
        http.result.error = e.what();
    }
    http.clientCert = hook.clientCert, http.clientKey = hook.clientKey, http.caFile = hook.caFile;
    return http;
}

// The call's hook left the configuration (a restart with another file): the call waits, out of
// the way of the others, until a configuration with its hook comes back.
void NidWorker::postpone(Db& db, const NidCall& call)
{
    NidAttempt a;
    a.state = "pending";
    a.attempts = call.attempts;
    a.nextAttemptAt = clock_.nowMillis() + 60000;
    a.error = "no hook " + call.hook + " in the national ID hook file";
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        NidCallStore::record(db, call.id, a);
        tx.commit();
    });
}

bool NidWorker::callDue(Db& db)
{
    const std::vector<NidCall> due = NidCallStore::due(db, clock_.nowMillis(), 20);
    std::vector<const NidHook*> hooks;
    std::vector<std::string> bodies(due.size());
    std::vector<HttpCall> calls;
    std::vector<std::size_t> sent;
    std::int64_t timeoutMs = 0;
    for (std::size_t i = 0; i < due.size(); ++i) {
        const NidHook* hook = answers_.hooks().byKey(due[i].hook);
        hooks.push_back(hook);
        if (!hook) {
            postpone(db, due[i]);
            continue;
        }
        calls.push_back(prepare(db, due[i], *hook, bodies[i]));
        calls.back().body = &bodies[i];
        sent.push_back(i);
        timeoutMs = std::max(timeoutMs, hook->timeoutMs);
    }
    std::vector<HttpCall> live;
    for (auto& c : calls)
        if (!c.url.empty())
            live.push_back(c);
    if (!live.empty())
        performHttp(live, timeoutMs);
    for (std::size_t k = 0, l = 0; k < sent.size(); ++k) {
        const HttpCall& done = calls[k].url.empty() ? calls[k] : live[l++];
        settle(db, due[sent[k]], *hooks[sent[k]], done);
    }
    return !sent.empty();
}

void NidWorker::settle(Db& db, const NidCall& call, const NidHook& hook, const HttpCall& sent)
{
    const HttpResult& r = sent.result;
    const std::int64_t now = clock_.nowMillis();
    if (r.status != 0)
        metrics_.recordNidCall(hook.key, static_cast<double>(sent.elapsedMs) / 1000.0);
    if (r.status == 401) // a token the ID system no longer honours: the next attempt gets another
        tokens_.erase(hook.key);
    const json answer = json::parse(r.body, nullptr, false);
    NidAttempt a;
    a.attempts = call.attempts + 1;
    a.status = r.status;
    a.error = r.error;
    a.at = now;
    std::string outcome;
    if (r.status == 200) {
        a.state = "accepted", outcome = "accept";
        if (answer.is_object() && answer.contains("national_id") &&
            answer["national_id"].is_string())
            a.nationalId = answer["national_id"].get<std::string>().substr(0, 64);
        answers_.accept(db, call, a);
    } else if (r.status == 400) {
        a.state = "rejected", outcome = "reject";
        if (answer.is_object() && answer.contains("reason") && answer["reason"].is_string())
            a.reason = answer["reason"].get<std::string>().substr(0, 500);
        answers_.refuse(db, call, a);
    } else {
        if (r.status == 202) {
            a.state = "awaiting", outcome = "pending";
        } else if (now - call.createdAt >= hook.deadAfterMs) {
            a.state = "dead", outcome = "dead";
        } else {
            a.state = "pending", outcome = "retry";
            a.nextAttemptAt = now + retryBackoffMs(hook.retryBaseMs, hook.retryMaxMs, a.attempts);
        }
        withRetry([&] {
            Transaction tx(db, &pool_.sqliteWriteMutex());
            NidCallStore::record(db, call.id, a);
            tx.commit();
        });
    }
    metrics_.recordNidOutcome(hook.key, outcome);
}

} // namespace vitalis::server::nid
