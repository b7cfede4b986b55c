#include "core/NumberPool.h"

namespace vitalis::number_pool
{

bool needsBlock(std::int64_t unusedNumbers, int blocksWithUnused, const NumberPoolPolicy& p)
{
    return unusedNumbers < p.lowWater && blocksWithUnused < p.maxActiveBlocks;
}

std::int64_t closesAt(std::int64_t expiresAt, int maxOfflineDays)
{
    return expiresAt + static_cast<std::int64_t>(maxOfflineDays) * kDayMillis;
}

OfflineState offlineState(const OfflineCheck& c, std::int64_t now)
{
    if (!c.officeKnown)
        return OfflineState::NoPool;
    if (!c.enabled)
        return OfflineState::Disabled;
    // The age limit holds whatever is left in the pool: a device that has not seen the
    // server for that long must not keep issuing final numbers.
    if (c.lastSyncAt <= 0 || now - c.lastSyncAt > c.maxOfflineDays * kDayMillis)
        return OfflineState::SyncTooOld;
    return c.usableNumbers > 0 ? OfflineState::Allowed : OfflineState::NoPool;
}

std::string explain(OfflineState s, const OfflineCheck& c, std::int64_t now)
{
    switch (s) {
    case OfflineState::Allowed:
        return "offline registration is possible: " + std::to_string(c.usableNumbers) +
               " numbers left";
    case OfflineState::NoPool:
        return "no registration numbers reserved for this device: the record is registered now "
               "and gets its number from the server at the next sync";
    case OfflineState::Disabled:
        return "offline registration is switched off for this office: the record is registered "
               "now and gets its number from the server at the next sync";
    case OfflineState::SyncTooOld: {
        const std::int64_t days = c.lastSyncAt > 0 ? (now - c.lastSyncAt) / kDayMillis : -1;
        return std::string("registration refused: this device ") +
               (days < 0 ? "has never synced"
                         : "last synced " + std::to_string(days) + " days ago") +
               ", and this office allows registering offline for " +
               std::to_string(c.maxOfflineDays) +
               " days at most. Connect to the network and sync, then register again.";
    }
    }
    return {};
}

} // namespace vitalis::number_pool
