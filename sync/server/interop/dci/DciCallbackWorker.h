// Sends the answers of async DCI searches to the requesters' on-search callbacks, on its own
// thread and database connection: a POST of the on-search envelope, retried on network errors
// and every non-2xx with the WebSub settings' backoff, dead after their horizon. At least once:
// an answer stays pending until a 2xx, across crashes and restarts.
#pragma once

#include "core/Clock.h"
#include "sync/server/db/Db.h"
#include "sync/server/interop/WebSubWorker.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace vitalis::server::dci
{

class DciCallbackWorker
{
public:
    DciCallbackWorker(DbPool& pool, const Clock& clock, WebSubSettings settings)
        : pool_(pool), clock_(clock), settings_(settings)
    {
    }
    ~DciCallbackWorker() { stop(); }
    void start();
    void stop(); // finishes the request in flight, then returns
    void wake() { wake_.notify_all(); }

private:
    void run();
    bool deliverDue(Db& db); // false when nothing was due
    std::int64_t backoffMs(int attempts) const;

    DbPool& pool_;
    const Clock& clock_;
    WebSubSettings settings_;
    std::thread thread_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::atomic<bool> stopping_{false};
};

} // namespace vitalis::server::dci
