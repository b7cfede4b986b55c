#include "core/Clock.h"

#include <gtest/gtest.h>

using namespace vitalis;

TEST(Clock, FixedClockMovesOnlyWhenTold)
{
    FixedClock clock(1'790'000'000'000);
    const Clock& asClock = clock;
    EXPECT_EQ(asClock.nowMillis(), 1'790'000'000'000);
    EXPECT_EQ(asClock.nowMillis(), 1'790'000'000'000);
    clock.advance(1500);
    EXPECT_EQ(asClock.nowMillis(), 1'790'000'001'500);
    clock.set(42);
    EXPECT_EQ(asClock.nowMillis(), 42);
}

TEST(Clock, SystemClockIsUnixMilliseconds)
{
    SystemClock clock;
    const auto before = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    const auto now = clock.nowMillis();
    const auto after = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count();
    EXPECT_LE(before, now);
    EXPECT_LE(now, after);
    EXPECT_GT(now, 1'600'000'000'000); // milliseconds, not seconds (2020-09 onwards)
}
