// Calls the national ID system for what the nid_calls outbox holds, on its own thread and
// database connection: a POST of the record with the call id as Idempotency-Key (the same on
// every retry), the hook's credentials (bearer, OAuth client credentials, mutual TLS) and a
// fresh single-use callback token. 200 accepts, 202 leaves the record waiting for the
// callback, 400 refuses; anything else (or no answer) retries with the WebSub backoff until
// the hook's horizon, then the call is dead (`vitalis-server nid list|replay`).
#pragma once

#include "core/Clock.h"
#include "sync/server/db/Db.h"
#include "sync/server/http/Metrics.h"
#include "sync/server/interop/OutboundHttp.h"
#include "sync/server/interop/PollingWorker.h"
#include "sync/server/interop/nid/NidAnswers.h"

#include <map>
#include <string>

namespace vitalis::server::nid
{

class NidWorker
{
public:
    NidWorker(DbPool& pool, const Clock& clock, Metrics& metrics, NidAnswers& answers)
        : pool_(pool), clock_(clock), metrics_(metrics), answers_(answers),
          loop_(pool, "national ID worker", 200, [this](Db& db) { return callDue(db); })
    {
    }
    void start() { loop_.start(); }
    void stop() { loop_.stop(); } // finishes the call in flight, then returns

private:
    struct Token {
        std::string value;
        std::int64_t expiresAt = 0;
    };
    bool callDue(Db& db); // false when nothing was due
    void postpone(Db& db, const NidCall& call);
    HttpCall prepare(Db& db, const NidCall& call, const NidHook& hook, std::string& body);
    void settle(Db& db, const NidCall& call, const NidHook& hook, const HttpCall& sent);
    std::string authorization(const NidHook& hook); // "" when the hook sends none
    std::string oauthToken(const NidHook& hook);

    DbPool& pool_;
    const Clock& clock_;
    Metrics& metrics_;
    NidAnswers& answers_;
    std::map<std::string, Token> tokens_; // OAuth tokens by hook, reused until near expiry
    PollingWorker loop_;                  // last: stopped before the members its steps use
};

} // namespace vitalis::server::nid
