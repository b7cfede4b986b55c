// One background thread with its own database connection that runs a step of work again and
// again, resting between steps only when a step found nothing to do; the outboxes' senders
// (WebSub deliveries, DCI callbacks, national ID calls) each run on one.
#pragma once

#include "sync/server/db/Db.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace vitalis::server
{

class PollingWorker
{
public:
    // `step` returns true when it did some work (the next step runs at once). An exception
    // from it is written to stderr under `name` and the loop goes on: one bad row must not
    // stop the sender.
    using Step = std::function<bool(Db&)>;
    PollingWorker(DbPool& pool, std::string name, int pollMs, Step step)
        : pool_(pool), name_(std::move(name)), pollMs_(pollMs), step_(std::move(step))
    {
    }
    ~PollingWorker() { stop(); }
    PollingWorker(const PollingWorker&) = delete;
    PollingWorker& operator=(const PollingWorker&) = delete;

    void start();
    void stop(); // finishes the step in progress, then returns
    void wake() { wake_.notify_all(); }

private:
    void run();

    DbPool& pool_;
    std::string name_;
    int pollMs_;
    Step step_;
    std::thread thread_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::atomic<bool> stopping_{false};
};

} // namespace vitalis::server
