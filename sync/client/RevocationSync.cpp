#include "sync/client/RevocationSync.h"

#include "core/store/Database.h"
#include "core/store/ProfileStore.h"
#include "core/store/RevocationListRepository.h"
#include "sync/client/SyncError.h"

namespace vitalis::sync
{

bool RevocationSync::run()
{
    std::string body;
    try {
        body = m_api.sendRaw("GET", "/api/v1/revocations", {});
    } catch (const SyncError& e) {
        if (e.kind() == SyncError::Kind::Refused && e.code() == "not_found")
            return false;
        throw;
    }
    if (body.empty())
        return false;
    // Stored as signed; opened with the root key wherever it is used.
    RevocationListRepository(m_store.db())
        .replace(std::vector<std::uint8_t>(body.begin(), body.end()), m_clock.nowMillis());
    return true;
}

} // namespace vitalis::sync
