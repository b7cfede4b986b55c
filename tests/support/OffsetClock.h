// A device clock set wrong on purpose (the wall clock plus an offset): outcomes that cross the
// network must not depend on a device's clock.
#pragma once

#include "core/Clock.h"

#include <cstdint>

namespace vitalis::test
{

class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(std::int64_t offsetMs = 0) : m_offset(offsetMs) {}
    std::int64_t nowMillis() const override { return SystemClock().nowMillis() + m_offset; }

private:
    std::int64_t m_offset;
};

} // namespace vitalis::test
