#include "sync/server/interop/PollingWorker.h"

#include <chrono>
#include <cstdio>

namespace vitalis::server
{

void PollingWorker::start()
{
    thread_ = std::thread([this] { run(); });
}

void PollingWorker::stop()
{
    if (!thread_.joinable())
        return;
    stopping_ = true;
    wake_.notify_all();
    thread_.join();
}

void PollingWorker::run()
{
    while (!stopping_) {
        bool busy = false;
        try {
            busy = step_(pool_.local());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "vitalis-server: %s: %s\n", name_.c_str(), e.what());
        }
        if (!busy) {
            std::unique_lock lock(mutex_);
            wake_.wait_for(lock, std::chrono::milliseconds(pollMs_),
                           [this] { return stopping_.load(); });
        }
    }
    pool_.releaseLocal();
}

} // namespace vitalis::server
