#include "sync/client/Backoff.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace vitalis::sync
{

void ThreadSleeper::sleepMs(std::int64_t ms)
{
    if (ms > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

std::int64_t Backoff::delayMs(int attempt, std::optional<std::int64_t> retryAfterMs) const
{
    std::int64_t cap = m_policy.initialMs;
    for (int i = 1; i < attempt && cap < m_policy.maxMs; ++i)
        cap *= 2;
    cap = std::min(cap, m_policy.maxMs);
    // Full jitter: uniform in [cap/2, cap] keeps a floor so retries never hammer.
    const auto half = static_cast<std::uint32_t>(cap / 2);
    std::int64_t delay = half + m_random.uniform(half + 1);
    if (retryAfterMs)
        delay = std::max(delay, std::min(*retryAfterMs, m_policy.maxRetryAfterMs));
    return delay;
}

} // namespace vitalis::sync
