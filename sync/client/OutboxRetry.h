// "Retry now" for outbox items a person chooses: an item waiting for its next attempt goes back
// in line at once. Items the server already answered are not re-sendable, and say why.
#pragma once

#include "core/Clock.h"
#include "core/store/OutboxRepository.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vitalis
{
class ProfileStore;
}

namespace vitalis::sync
{

struct RetryRefusal {
    std::int64_t mutationId = 0;
    OutboxState state = OutboxState::Queued;
};

struct RetryResult {
    std::vector<std::int64_t> requeued;
    std::vector<RetryRefusal> notRetryable; // applied, merged, conflict or rejected
};

class OutboxRetry
{
public:
    OutboxRetry(ProfileStore& store, const Clock& clock);
    // One transaction. WaitingRetry -> Queued with no wait; Queued/Sending are already in
    // line (counted as requeued: the next sync sends them). The last error is kept so the
    // person still sees what went wrong until the next answer replaces it.
    RetryResult retry(const std::vector<std::int64_t>& mutationIds);
    // Every item waiting for a retry.
    RetryResult retryAll();
    // Whether a person can usefully retry an item in this state.
    static bool retryable(OutboxState state);

private:
    ProfileStore& m_store;
    const Clock& m_clock;
};

} // namespace vitalis::sync
