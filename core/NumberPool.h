// Offline registration from reserved number pools: the rules the server and the device share
// (when a block is refilled, when it closes, whether a device may register offline now).
#pragma once

#include <cstdint>
#include <string>

namespace vitalis
{

inline constexpr std::int64_t kDayMillis = 86'400'000;

// Deployment settings (vitalis-server serve options; docs/admin-guide.md).
struct NumberPoolPolicy {
    std::int64_t blockSize = 100;
    std::int64_t lowWater = 50; // a device holding fewer unused numbers gets another block
    int expiryDays = 60;        // a block is handed out for this long
    int maxOfflineDays = 14;    // a device whose last sync is older may not register offline
    int maxActiveBlocks = 3;    // blocks with unused numbers per device, user, office and year
};

namespace number_pool
{

// Another block is reserved when the unused numbers of the blocks in hand fall below the
// low-water mark, unless the device already holds as many blocks with unused numbers as it
// may (nobody hoards numbers).
bool needsBlock(std::int64_t unusedNumbers, int blocksWithUnused, const NumberPoolPolicy& p);
// A block's numbers stop being accepted when it closes: its expiry plus the time a device may
// stay offline (a number taken on the last day may still travel to the server).
std::int64_t closesAt(std::int64_t expiresAt, int maxOfflineDays);

// Whether the device may take a number from its pool now.
enum class OfflineState {
    Allowed,    // take the next number
    NoPool,     // no usable block (or the device never synced one): the server numbers it
    Disabled,   // the office registers online only: the server numbers it
    SyncTooOld, // refused: the last sync is older than the office allows
};

struct OfflineCheck {
    bool officeKnown = false; // the device received the office's settings at least once
    bool enabled = true;      // offline_registration of the record's office
    int maxOfflineDays = 14;
    std::int64_t lastSyncAt = 0;    // device clock, unix ms; 0 = never
    std::int64_t usableNumbers = 0; // in unexpired blocks of the office and the current year
};

OfflineState offlineState(const OfflineCheck& c, std::int64_t now);
// What a registrar reads when the state is not Allowed (English; the CLI and the desktop
// client translate their own wording around it).
std::string explain(OfflineState s, const OfflineCheck& c, std::int64_t now);

} // namespace number_pool
} // namespace vitalis
