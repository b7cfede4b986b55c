#include "sync/client/NumberPoolSync.h"

#include "core/store/NumberPoolRepository.h"
#include "core/store/ProfileStore.h"
#include "sync/client/SyncError.h"
#include "sync/protocol/NumberPoolMessages.h"

namespace vitalis::sync
{

NumberPoolSync::NumberPoolSync(ProfileStore& store, ApiClient& api, const Clock& clock)
    : m_store(store), m_api(api), m_clock(clock)
{
}

PoolTally NumberPoolSync::run()
{
    NumberPoolRepository pool(m_store.db());
    protocol::NumberPoolRequest request;
    for (const auto& b : pool.blocks())
        request.held.push_back({b.blockId, b.remaining()});
    nlohmann::json answer;
    try {
        answer =
            m_api.send("POST", "/api/v1/number-pools", protocol::encodeNumberPoolRequest(request));
    } catch (const SyncError& e) {
        // A server from before offline registration: the device registers as it always did.
        if (e.kind() == SyncError::Kind::Refused && e.code() == "not_found")
            return {};
        throw;
    }
    const auto response = protocol::decodeNumberPoolResponse(answer);
    std::vector<PoolOffice> offices;
    std::vector<PoolBlock> blocks;
    for (const auto& o : response.offices) {
        offices.push_back({o.officeId, o.officeCode, o.offlineRegistration, o.maxOfflineDays});
        for (const auto& b : o.blocks)
            blocks.push_back({b.blockId, o.officeId, o.officeCode, b.year, b.firstSeq, b.lastSeq,
                              b.firstSeq, b.expiresAt});
    }
    Transaction tx(m_store.db());
    pool.replace(offices, blocks);
    m_store.settings().setInt(NumberPoolRepository::kLastSyncSetting, m_clock.nowMillis());
    tx.commit();
    PoolTally t;
    t.served = true;
    for (const auto& b : pool.blocks()) {
        ++t.blocks;
        t.numbers += b.remaining();
    }
    return t;
}

} // namespace vitalis::sync
