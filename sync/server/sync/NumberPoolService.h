// Hands out blocks of registration numbers for offline registration (POST /api/v1/number-pools),
// closes expired blocks (their unused numbers recorded as gaps) and lists voided numbers for
// the revocation list (GET /api/v1/registration-numbers/voided). Rules in core/NumberPool.h.
#pragma once

#include "core/Clock.h"
#include "core/NumberPool.h"
#include "sync/protocol/NumberPoolMessages.h"
#include "sync/server/Directory.h"
#include "sync/server/auth/AuthService.h"
#include "sync/server/db/Db.h"
#include "sync/server/sync/NumberPoolStore.h"

#include <nlohmann/json.hpp>

namespace vitalis::server
{

class NumberPoolService
{
public:
    NumberPoolService(DbPool& pool, Directory& directory, const Clock& clock,
                      NumberPoolPolicy policy);

    protocol::NumberPoolResponse serve(const AuthContext& auth,
                                       const protocol::NumberPoolRequest& request);
    // Voided numbers ("voided", the revocation list) or gaps ("expired") of offices inside the
    // caller's jurisdiction, oldest first, from `since` (server time, unix ms). Registrars and
    // administrators only.
    nlohmann::json voided(const AuthContext& auth, const std::string& kind, std::int64_t since);
    // Closes every active block past expiry + the offline allowance and records its unused
    // numbers as "expired" gaps; inside the caller's transaction. Returns blocks closed.
    static int closeExpired(Db& db, const DirectorySnapshot& dir, const NumberPoolPolicy& policy,
                            std::int64_t now);

    static constexpr int kVoidedListLimit = 5000;

private:
    protocol::OfficePool poolFor(Db& db, const AuthContext& auth, const Office& office,
                                 const protocol::NumberPoolRequest& request, std::int64_t now);
    NumberBlock reserve(Db& db, const AuthContext& auth, const Office& office, int year,
                        std::int64_t now);

    DbPool& pool_;
    Directory& directory_;
    const Clock& clock_;
    NumberPoolPolicy policy_;
};

} // namespace vitalis::server
