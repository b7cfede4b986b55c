// Time as an injected dependency: production code asks a Clock, tests pin it.
// Values are unix milliseconds (UTC); device time is never used to order changes.
#pragma once

#include <chrono>
#include <cstdint>

namespace vitalis
{

class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::int64_t nowMillis() const = 0;
};

class SystemClock final : public Clock
{
public:
    std::int64_t nowMillis() const override
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(std::int64_t millis) : m_now(millis) {}
    std::int64_t nowMillis() const override { return m_now; }
    void set(std::int64_t millis) { m_now = millis; }
    void advance(std::int64_t millis) { m_now += millis; }

private:
    std::int64_t m_now;
};

} // namespace vitalis
