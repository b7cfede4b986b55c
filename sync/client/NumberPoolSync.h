// One sync step: tells the server which reserved registration-number blocks this device holds
// and how much of each is left, and stores the blocks and office settings it answers (one
// transaction), so the registrar can register offline until the next sync.
#pragma once

#include "core/Clock.h"
#include "sync/client/ApiClient.h"

#include <cstdint>

namespace vitalis
{
class ProfileStore;
}

namespace vitalis::sync
{

struct PoolTally {
    bool served = false; // false: this server hands out no pools (an older server)
    int blocks = 0;
    std::int64_t numbers = 0; // numbers left in the blocks held after the step
};

class NumberPoolSync
{
public:
    NumberPoolSync(ProfileStore& store, ApiClient& api, const Clock& clock);
    PoolTally run();

private:
    ProfileStore& m_store;
    ApiClient& m_api;
    const Clock& m_clock;
};

} // namespace vitalis::sync
