// Brings the server's open conflicts to this device, so a conflict can be resolved on EITHER
// side: conflicts another device hit on records we hold are imported (mine = what this device
// shows, theirs = the other person's value), and our open conflicts the server no longer has
// open (resolved or superseded elsewhere) are closed here.
#pragma once

#include "core/Clock.h"
#include "sync/protocol/Conflicts.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis
{
class ProfileStore;
}

namespace vitalis::sync
{

class ApiClient;

struct ConflictSyncTally {
    int imported = 0; // field conflicts created from other devices' conflicts
    int closed = 0;   // local open conflicts the server no longer has open
};

class ConflictSync
{
public:
    // The server lists at most this many open conflicts per call (GET /api/v1/conflicts).
    static constexpr std::size_t kServerListLimit = protocol::kConflictListLimit;
    static constexpr const char* kResolvedElsewhere = "(resolved on another device)";

    ConflictSync(ProfileStore& store, ApiClient& api, const Clock& clock);
    ConflictSyncTally run();
    // One transaction; `serverOpen` is the "conflicts" array of GET /api/v1/conflicts and
    // `complete` says whether it holds every open conflict (not cut at the server's limit).
    ConflictSyncTally apply(const nlohmann::json& serverOpen, bool complete);

private:
    bool stillOpenOnServer(const std::string& recordId, const std::string& serverConflictId);
    ProfileStore& m_store;
    ApiClient& m_api;
    const Clock& m_clock;
};

} // namespace vitalis::sync
