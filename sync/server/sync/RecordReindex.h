// Derived tables built from every stored record once (an upgrade, new rules): the mark in
// server_meta names what they were built with, so a start with the same mark reads nothing.
#pragma once

#include "sync/server/db/Db.h"
#include "sync/server/sync/RecordStore.h"

#include <cstdint>
#include <functional>
#include <string>

namespace vitalis::server
{

// Visits every record when server_meta's `mark` differs from `fingerprint`, then stores it; one
// transaction, under the schema lock so several servers starting together index once. Returns
// the records visited, or -1 when nothing was due. `start` runs first when it is due (a table
// emptied before it is built again).
std::int64_t reindexOnce(Db& db, const char* mark, const std::string& fingerprint,
                         const std::function<void(const StoredRecord&)>& visit,
                         const std::function<void()>& start = {});

} // namespace vitalis::server
