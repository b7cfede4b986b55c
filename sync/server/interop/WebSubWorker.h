// Sends what the WebSub outbox holds, on its own thread and database connection: verifies
// subscribers' intent (GET with hub.challenge), POSTs each delivery signed with the
// subscription's secret (X-Hub-Signature: sha256=HMAC of the exact body), retries network
// errors and every non-2xx with exponential backoff and jitter, dead-letters after the horizon,
// and ends a subscription whose subscriber answers 410 Gone. At least once: rows stay pending
// until a 2xx, across crashes and restarts.
#pragma once

#include "core/Clock.h"
#include "sync/server/db/Db.h"
#include "sync/server/http/Metrics.h"
#include "sync/server/interop/FhirPayloadWriter.h"
#include "sync/server/interop/PollingWorker.h"

#include <string>

namespace vitalis::server
{

struct WebSubSettings {
    std::int64_t retryBaseMs = 5000;
    std::int64_t retryMaxMs = 3600LL * 1000;
    std::int64_t deadAfterMs = 24LL * 3600 * 1000;
    std::int64_t requestTimeoutMs = 10000;
    int pollMs = 200;
};

class WebSubWorker
{
public:
    // `fhir` writes the bodies of subscriptions that asked for FHIR (null: sent as native).
    WebSubWorker(DbPool& pool, const Clock& clock, Metrics& metrics, WebSubSettings settings,
                 const FhirPayloadWriter* fhir = nullptr)
        : pool_(pool), clock_(clock), metrics_(metrics), settings_(settings), fhir_(fhir),
          loop_(pool, "websub worker", settings.pollMs, [this](Db& db) { return step(db); })
    {
    }
    void start() { loop_.start(); }
    void stop() { loop_.stop(); } // finishes the request in flight, then returns

    // sha256=<hex HMAC-SHA256 of body with secret>, the X-Hub-Signature value.
    static std::string signature(const std::string& secret, const std::string& body);

private:
    bool step(Db& db);
    bool verifyOne(Db& db);  // false when nothing was waiting
    bool deliverDue(Db& db); // false when nothing was due
    std::int64_t backoffMs(int attempts) const;
    void publishQueue(Db& db);
    // A FHIR delivery's body, written and stored before its first attempt; its media type.
    std::string writeBody(Db& db, const std::string& id, std::string& body,
                          const std::string& format);

    DbPool& pool_;
    const Clock& clock_;
    Metrics& metrics_;
    WebSubSettings settings_;
    const FhirPayloadWriter* fhir_;
    std::int64_t queuePublishedAt_ = 0;
    PollingWorker loop_; // last: stopped before the members its steps use
};

} // namespace vitalis::server
