#include "sync/client/CorrectionRequests.h"

#include "core/store/ProfileStore.h"
#include "sync/client/ApiClient.h"
#include "sync/client/SyncError.h"

#include <algorithm>

namespace vitalis::sync
{

using nlohmann::json;

namespace
{
std::string text(const json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::int64_t number(const json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
}
} // namespace

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
        v.id = text(e, "id");
        v.recordId = text(e, "record_id");
        v.status = text(e, "status");
        if (const auto c = e.find("changes"); c != e.end() && c->is_object())
            v.changes = *c;
        v.reasonCode = text(e, "reason_code");
        v.reason = text(e, "reason");
        v.requestedBy = text(e, "requested_by");
        v.requestedByName = text(e, "requested_by_name");
        v.requestedAt = number(e, "requested_at");
        v.decidedByName = text(e, "decided_by_name");
        v.decisionReason = text(e, "decision_reason");
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
                if (e.kind != "request_correction")
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
