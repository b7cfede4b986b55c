#include "sync/client/CorrectionRequests.h"

#include "core/store/ProfileStore.h"
#include "sync/client/AnswerFields.h"
#include "sync/client/ApiClient.h"
#include "sync/client/SyncError.h"

#include <algorithm>

namespace vitalis::sync
{

using nlohmann::json;

std::vector<CorrectionRequestView> parseCorrectionRequests(const json& answer)
{
    if (!answer.is_object())
        throw SyncError(SyncError::Kind::Refused, "the server's corrections are not an object");
    std::vector<CorrectionRequestView> out;
    const auto list = answer.find("corrections");
    if (list == answer.end() || !list->is_array())
        return out;
    for (const auto& e : *list) {
        if (!e.is_object())
            continue;
        CorrectionRequestView v;
        v.id = answerText(e, "id");
        v.recordId = answerText(e, "record_id");
        v.status = answerText(e, "status");
        if (const auto c = e.find("changes"); c != e.end() && c->is_object())
            v.changes = *c;
        v.reasonCode = answerText(e, "reason_code");
        v.reason = answerText(e, "reason");
        v.requestedBy = answerText(e, "requested_by");
        v.requestedByName = answerText(e, "requested_by_name");
        v.requestedAt = answerNumber(e, "requested_at");
        v.decidedByName = answerText(e, "decided_by_name");
        v.decisionReason = answerText(e, "decision_reason");
        out.push_back(std::move(v));
    }
    return out;
}

std::vector<CorrectionRequestView> fetchCorrectionRequests(ApiClient& api,
                                                           const std::string& recordId)
{
    return parseCorrectionRequests(api.get(recordId.empty()
                                               ? std::string("/api/v1/corrections")
                                               : "/api/v1/records/" + recordId + "/corrections"));
}

std::vector<CorrectionRequestView> unsentCorrectionRequests(ProfileStore& store)
{
    std::vector<CorrectionRequestView> out;
    for (auto state : {OutboxState::Queued, OutboxState::Sending, OutboxState::WaitingRetry}) {
        std::int64_t after = 0;
        for (;;) {
            const auto page = store.outbox().list(state, after, 500);
            if (page.empty())
                break;
            after = page.back().mutationId;
            for (const auto& e : page) {
                if (!e.kind.is(RecordAction::RequestCorrection))
                    continue;
                CorrectionRequestView v;
                v.id = e.payload.value("correction_id", "");
                v.recordId = e.recordId;
                v.status = "not_sent";
                for (const auto& [field, change] : e.changes.items())
                    v.changes[field] = {{"old", change.value("base", json())},
                                        {"new", change.value("value", json())}};
                v.reasonCode = e.payload.value("reason_code", "");
                v.reason = e.payload.value("reason", "");
                v.requestedAt = e.createdAt;
                out.push_back(std::move(v));
            }
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.requestedAt < b.requestedAt; });
    return out;
}

} // namespace vitalis::sync
