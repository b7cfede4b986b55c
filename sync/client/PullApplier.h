// Applies pull pages: records, merge bases and the cursor in ONE transaction per page, then
// the device's unsent changes on top (rebase). Handles "removed" and reset downloads.
#pragma once

#include "core/Clock.h"
#include "sync/client/RecordIdList.h"
#include "sync/protocol/PullMessages.h"

#include <string>
#include <vector>

namespace vitalis
{
class ProfileStore;
}

namespace vitalis::sync
{

struct PageTally {
    int upserts = 0;
    int removed = 0;
    int rebased = 0;                           // records that had unsent changes re-applied
    std::vector<std::string> removedWithEdits; // left the scope with unsent changes (kept)
};

class PullApplier
{
public:
    static constexpr const char* kCursor = "sync.cursor";
    static constexpr const char* kResetPending = "sync.reset_pending";

    PullApplier(ProfileStore& store, const Clock& clock);
    std::string cursor();
    bool resetPending();
    // Starts a full re-download: cursor forgotten, records kept until the download ends.
    void beginReset(const std::string& reason);
    PageTally applyPage(const protocol::PullResponse& page);
    // After the last page of a reset: records the server no longer sent are dropped unless they
    // carry unsent work (hasUnsentWork). After a server loss, queued ops re-create them there;
    // after a scope change ("scope_changed") they stay as they are. Returns the records kept
    // that are no longer the server's to send us (to report: "removed, your edits kept").
    std::vector<std::string> finishReset();
    // Records kept after they left this device's scope, whose work is now settled (a conflict
    // decided for the server's side, say), are removed as the pull would have removed them.
    int dropSettled();

private:
    RecordIdList keptAfterRemoval();
    ProfileStore& m_store;
    const Clock& m_clock;
};

} // namespace vitalis::sync
