// The message ids each integration client has sent to the DCI registry API: the only owner of
// the dci_messages table. A DCI message id is unique per sender; a repeat is refused.
#pragma once

#include "sync/server/db/Db.h"

#include <cstdint>
#include <string>

namespace vitalis::server::dci
{

class DciMessageLog
{
public:
    // Records the id; false when this client sent it before (inside or outside a transaction).
    static bool remember(Db& db, const std::string& clientId, const std::string& messageId,
                         std::int64_t now);
};

} // namespace vitalis::server::dci
