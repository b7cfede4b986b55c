// DCI notifications: when a record is registered, an on-notify message with the person (as
// each subscriber may see it) is queued for every subscriber to that event in whose
// jurisdiction the record lies, in the op's own transaction; DciCallbackWorker delivers it.
#pragma once

#include "core/RecordAction.h"
#include "sync/server/db/Db.h"
#include "sync/server/sync/RecordStore.h"

#include <cstdint>

namespace vitalis::server::dci
{

class DciNotifier
{
public:
    static void recordEvent(Db& db, const StoredRecord& s, RecordAction action, std::int64_t now);
};

} // namespace vitalis::server::dci
