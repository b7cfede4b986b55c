#include "sync/server/sync/AttachmentGate.h"

#include "sync/protocol/AttachmentMessages.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/http/ApiError.h"

namespace vitalis::server
{

using nlohmann::json;

void AttachmentGate::requireComplete(Db& db, const protocol::Op& op)
{
    const json values = protocol::attachmentValues(op);
    if (values.empty())
        return;
    const auto refs = protocol::attachmentRefs(values);
    if (refs.empty())
        return;
    json missing = json::array();
    for (const auto& ref : refs) {
        Rows r = db.query(QStringLiteral("SELECT complete, record_id, sha256 FROM "
                                         "attachment_uploads WHERE id = ?"),
                          {sql::q(ref.attachmentId)});
        const bool ok = r.next() && r.i64(0) == 1 && r.text(1) == op.recordId &&
                        (ref.sha256.empty() || r.text(2) == ref.sha256);
        if (!ok)
            missing.push_back(ref.attachmentId);
    }
    if (missing.empty())
        return;
    throw ApiError(
        protocol::ErrorCode::AttachmentsIncomplete,
        "mutation " + std::to_string(op.mutationId) + " (record " + op.recordId + ") references " +
            std::to_string(missing.size()) +
            " attachment(s) not completely uploaded; nothing in this batch was "
            "applied: finish the uploads and push again",
        {{"mutation_id", op.mutationId}, {"record_id", op.recordId}, {"attachments", missing}});
}

} // namespace vitalis::server
