#include "sync/server/interop/dci/DciCallbackWorker.h"

#include "sync/server/interop/OutboundHttp.h"
#include "sync/server/interop/dci/DciTransactionStore.h"

namespace vitalis::server::dci
{

bool DciCallbackWorker::deliverDue(Db& db)
{
    const auto write = [&](const auto& work) {
        withRetry([&] {
            Transaction tx(db, &pool_.sqliteWriteMutex());
            work();
            tx.commit();
        });
    };
    std::vector<DciTransaction> due;
    write([&] {
        due = DciTransactionStore::claimDue(db, clock_.nowMillis(),
                                            settings_.requestTimeoutMs + 1000, 10);
    });
    // All due answers at once: one requester that does not answer holds up no other.
    std::vector<HttpCall> calls(due.size());
    for (std::size_t i = 0; i < due.size(); ++i) {
        calls[i].url = due[i].callback;
        calls[i].body = &due[i].response;
        calls[i].headers = {"Content-Type: application/json"};
    }
    performHttp(calls, settings_.requestTimeoutMs);
    const std::int64_t after = clock_.nowMillis();
    for (std::size_t i = 0; i < due.size(); ++i) {
        const DciTransaction& t = due[i];
        const HttpResult& r = calls[i].result;
        const int status = static_cast<int>(r.status);
        if (r.status >= 200 && r.status < 300) {
            write([&] { DciTransactionStore::delivered(db, t.correlationId, status); });
            continue;
        }
        const bool dead = after - t.createdAt >= settings_.deadAfterMs;
        const std::string error = r.error.empty() ? "HTTP " + std::to_string(status) : r.error;
        const std::int64_t retryAt =
            after + retryBackoffMs(settings_.retryBaseMs, settings_.retryMaxMs, t.attempts + 1);
        write([&] {
            DciTransactionStore::failed(db, t.correlationId, status, error, retryAt, dead);
        });
    }
    return !due.empty();
}

} // namespace vitalis::server::dci
