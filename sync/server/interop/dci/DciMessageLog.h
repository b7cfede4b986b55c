// The message ids each integration client has sent to the DCI registry API: the only owner of
// the dci_messages table. A DCI message id is unique per sender; a repeat within the replay
// window is refused, and a message older than the window is refused by its timestamp.
#pragma once

#include "sync/server/db/Db.h"

#include <cstdint>
#include <string>

namespace vitalis::server::dci
{

class DciMessageLog
{
public:
    // A message is accepted only when its message_ts is this recent (and at most kSkewMs ahead),
    // so its id needs remembering only this long: older ids are dropped as new ones arrive.
    static constexpr std::int64_t kWindowMs = 24LL * 3600 * 1000;
    static constexpr std::int64_t kSkewMs = 5LL * 60 * 1000;
    // Records the id; false when this client sent it before (inside or outside a transaction).
    static bool remember(Db& db, const std::string& clientId, const std::string& messageId,
                         std::int64_t now);
};

} // namespace vitalis::server::dci
