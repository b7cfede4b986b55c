// A sync Sleeper that sleeps for real but briefly: scenarios want retries, not minutes of
// backoff.
#pragma once

#include "sync/client/Backoff.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace vitalis::test
{

class ShortSleeper final : public sync::Sleeper
{
public:
    void sleepMs(std::int64_t ms) override
    {
        std::this_thread::sleep_for(std::chrono::milliseconds(std::min<std::int64_t>(ms, 200)));
    }
};

} // namespace vitalis::test
