// What happened to one record, as a person reads it: each local change from the audit log with
// who and when (device time), joined with what the server said about it (outbox state), plus
// what this device must still hear back about (actions "waiting for confirmation").
#pragma once

#include "core/store/OutboxRepository.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vitalis
{
class ProfileStore;
}

namespace vitalis::sync
{

struct TimelineEntry {
    std::int64_t seq = 0;        // audit sequence
    std::int64_t deviceTime = 0; // unix ms, this device's clock
    std::string userId;
    std::string action;              // "create", "edit", "declare", "register", ...
    std::vector<std::string> fields; // field ids the change touched (never their values)
    std::string status;              // the record's status after the change
    std::int64_t mutationId = 0;     // its outbox entry (0: nothing was queued)
    std::optional<OutboxState> outboxState;
    std::string lastError;
    std::string reason; // send back / archive reason, when the action had one
};

class RecordTimeline
{
public:
    explicit RecordTimeline(ProfileStore& store);
    // Oldest first.
    std::vector<TimelineEntry> entries(const std::string& recordId);
    // Outbox entries of the record the server has not answered yet (queued, sending, waiting).
    std::vector<OutboxEntry> unconfirmed(const std::string& recordId);
    // The newest unconfirmed workflow action ("register", "reject", ...), empty when none.
    std::string unconfirmedAction(const std::string& recordId);
    static bool awaitingServer(OutboxState state);

private:
    ProfileStore& m_store;
};

} // namespace vitalis::sync
