// One workflow action on many records (a supervisor's "Register selected"): each record is acted
// on in its own transaction; what the workflow or the form refuses is collected with the reason.
#pragma once

#include "core/RecordAction.h"
#include "sync/client/LocalRecordService.h"

#include <string>
#include <vector>

namespace vitalis::sync
{

struct BulkRefusal {
    std::string recordId;
    std::string trackingId; // empty when the record is not on this device
    std::string reason;     // the workflow's or the form's words, ready to show
};

struct BulkResult {
    std::vector<std::string> done; // record ids acted on, in the order asked
    std::vector<BulkRefusal> refused;
};

class BulkAction
{
public:
    BulkAction(ProfileStore& store, LocalRecordService& records);
    // Never throws for one record's refusal: a refused record never stops the ones after it.
    // Duplicate ids are acted on once.
    BulkResult apply(const Actor& actor, const std::vector<std::string>& recordIds,
                     RecordAction action, const std::string& reason = {});

private:
    ProfileStore& m_store;
    LocalRecordService& m_records;
};

} // namespace vitalis::sync
