// Retry delays: exponential backoff with full jitter (so a hundred laptops that lost the same
// link do not come back in lock-step), capped, and never shorter than the server's Retry-After.
#pragma once

#include "core/RandomSource.h"

#include <cstdint>
#include <optional>

namespace vitalis::sync
{

// Waiting as an injected dependency: tests and the CLI's cancel handling replace it.
class Sleeper
{
public:
    virtual ~Sleeper() = default;
    virtual void sleepMs(std::int64_t ms) = 0;
};

class ThreadSleeper final : public Sleeper
{
public:
    void sleepMs(std::int64_t ms) override;
};

struct BackoffPolicy {
    std::int64_t initialMs = 500;
    std::int64_t maxMs = 30'000;
    std::int64_t maxRetryAfterMs = 10 * 60'000; // a server asking for more is capped here
    int maxAttempts = 6;                        // per request, the first try included
};

class Backoff
{
public:
    Backoff(BackoffPolicy policy, RandomSource& random) : m_policy(policy), m_random(random) {}
    // Delay before retry number `attempt` (1 = first retry).
    std::int64_t delayMs(int attempt, std::optional<std::int64_t> retryAfterMs = {}) const;
    const BackoffPolicy& policy() const { return m_policy; }

private:
    BackoffPolicy m_policy;
    RandomSource& m_random;
};

} // namespace vitalis::sync
