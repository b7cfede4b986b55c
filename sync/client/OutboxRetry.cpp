#include "sync/client/OutboxRetry.h"

#include "core/store/ProfileStore.h"

namespace vitalis::sync
{

OutboxRetry::OutboxRetry(ProfileStore& store, const Clock& clock) : m_store(store), m_clock(clock)
{
}

bool OutboxRetry::retryable(OutboxState state)
{
    return state == OutboxState::Queued || state == OutboxState::Sending ||
           state == OutboxState::WaitingRetry;
}

RetryResult OutboxRetry::retry(const std::vector<std::int64_t>& mutationIds)
{
    RetryResult result;
    Transaction tx(m_store.db());
    for (const auto id : mutationIds) {
        const auto entry = m_store.outbox().find(id);
        if (!entry)
            continue;
        if (!retryable(entry->state)) {
            result.notRetryable.push_back({id, entry->state});
            continue;
        }
        if (entry->state == OutboxState::WaitingRetry)
            m_store.outbox().retryNow(id, m_clock.nowMillis());
        result.requeued.push_back(id);
    }
    tx.commit();
    return result;
}

RetryResult OutboxRetry::retryAll()
{
    std::vector<std::int64_t> ids;
    std::int64_t after = 0;
    for (;;) {
        const auto page = m_store.outbox().list(OutboxState::WaitingRetry, after, 500);
        for (const auto& e : page)
            ids.push_back(e.mutationId);
        if (page.size() < 500)
            break;
        after = page.back().mutationId;
    }
    return retry(ids);
}

} // namespace vitalis::sync
