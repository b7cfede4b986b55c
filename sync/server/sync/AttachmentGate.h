// The push path's guard: an op that references an attachment (protocol::attachmentRefs of its
// new values) is not applied until that upload is finished for the same record with the same
// hash. Refused as a whole batch with the retryable attachments_incomplete, never dropped.
#pragma once

#include "sync/protocol/Op.h"
#include "sync/server/db/Db.h"

namespace vitalis::server
{

class AttachmentGate
{
public:
    // Throws ApiError(AttachmentsIncomplete) naming the op, its record and the attachments.
    static void requireComplete(Db& db, const protocol::Op& op);
};

} // namespace vitalis::server
