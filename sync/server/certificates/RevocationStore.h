// The revoked device signing keys (table revoked_keys, owned here): what the administrator
// revoked with `vitalis-server keys revoke-device`, read back into the published list.
#pragma once

#include "sync/server/db/Db.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vitalis::server
{

struct KeyRevocation {
    std::string keyId;          // 16 hex digits (certificates::keyIdOf)
    std::int64_t revokedAt = 0; // seconds since 1970: certificates signed from then are refused
    std::string reason;
    std::int64_t recordedAt = 0; // unix ms, when the administrator ran the command
};

class RevocationStore
{
public:
    // Records the revocation; revoking a key again keeps the earlier of the two times, so a
    // second command can never make certificates valid again.
    static void revoke(Db& db, const KeyRevocation& revocation);
    static std::vector<KeyRevocation> all(Db& db);
};

} // namespace vitalis::server
