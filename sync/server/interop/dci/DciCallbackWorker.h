// Sends the answers of async DCI searches to the requesters' on-search callbacks, on its own
// thread and database connection: a POST of the on-search envelope, retried on network errors
// and every non-2xx with the WebSub settings' backoff, dead after their horizon. At least once:
// an answer stays pending until a 2xx, across crashes and restarts.
#pragma once

#include "core/Clock.h"
#include "sync/server/db/Db.h"
#include "sync/server/interop/PollingWorker.h"
#include "sync/server/interop/WebSubWorker.h"

namespace vitalis::server::dci
{

class DciCallbackWorker
{
public:
    DciCallbackWorker(DbPool& pool, const Clock& clock, WebSubSettings settings)
        : pool_(pool), clock_(clock), settings_(settings),
          loop_(pool, "dci callback worker", settings.pollMs,
                [this](Db& db) { return deliverDue(db); })
    {
    }
    void start() { loop_.start(); }
    void stop() { loop_.stop(); } // finishes the requests in flight, then returns
    void wake() { loop_.wake(); }

private:
    bool deliverDue(Db& db); // false when nothing was due

    DbPool& pool_;
    const Clock& clock_;
    WebSubSettings settings_;
    PollingWorker loop_; // last: stopped before the members its steps use
};

} // namespace vitalis::server::dci
