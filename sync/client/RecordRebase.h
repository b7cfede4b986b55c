// "Server state + my unsent changes": rebuilds a local record from a server version and the
// outbox entries that have not reached the server yet, and stores the new merge base.
#pragma once

#include "core/Record.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis
{
class ProfileStore;
struct OutboxEntry;
} // namespace vitalis

namespace vitalis::sync
{

// Outbox entries of the record still on their way (queued, sending, waiting_retry).
std::vector<OutboxEntry> pendingEntries(ProfileStore& store, const std::string& recordId);

// Whether the device holds typed work the server never took: pending entries, or a newest
// entry that was rejected (e.g. out of jurisdiction after an office move) or hit a conflict.
// Such a record is kept (and reported) when it leaves the scope, never silently dropped.
bool hasUnsentWork(ProfileStore& store, const std::string& recordId);

// `server` is the record as the server has it at server.serverRevision. Saves
// server + pending changes as the local record and server.fields as its merge base. Must run
// inside the caller's transaction. Returns the number of pending entries re-applied.
int rebaseOnServer(ProfileStore& store, const Record& server);

} // namespace vitalis::sync
