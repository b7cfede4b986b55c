// The home screen's worklists (In progress, Requires updates, ...) and which record statuses
// each holds for a role: one table, so every front end shows a user the same queues.
#pragma once

#include "core/RecordStatus.h"
#include "core/Role.h"

#include <string_view>
#include <vector>

namespace vitalis
{

enum class Workqueue {
    InProgress,      // drafts and incomplete notifications, not yet declared
    RequiresUpdates, // sent back with a reason
    SentForReview,   // declared by this role, waiting for someone above it
    ReadyForReview,  // waiting for this role to validate or register
    ReadyToPrint,    // registered, certificate not yet printed
    Printed,         // certificate printed (certified): found again for a reprint
    Outbox,          // local changes the server has not confirmed (not status based)
    Conflicts,       // open field conflicts (not status based)
    // records the server flagged as possible duplicates, for who decides (not status based)
    PossibleDuplicates,
};

std::string_view toString(Workqueue queue); // stable id: "in_progress", ...

// The queues a role sees, in display order; empty for roles without record work (admin).
std::vector<Workqueue> workqueuesFor(const Role& role);

// Statuses of the records in `queue` for `role`; empty for Outbox and Conflicts, which list
// outbox entries and conflicts rather than records, and for queues the role does not see.
std::vector<RecordStatus> workqueueStatuses(Workqueue queue, const Role& role);

} // namespace vitalis
