#include "sync/client/DuplicateQueue.h"

#include "core/store/ProfileStore.h"
#include "sync/client/ApiClient.h"

namespace vitalis::sync
{

using nlohmann::json;

void DuplicateQueue::refresh(ApiClient& api)
{
    store(api.get("/api/v1/duplicates"));
}

void DuplicateQueue::store(const json& serverAnswer)
{
    const json list =
        serverAnswer.is_object() ? serverAnswer.value("duplicates", json::array()) : json::array();
    m_store.settings().set(kSetting, list.is_array() ? list.dump() : "[]");
}

json DuplicateQueue::kept()
{
    const json list = json::parse(m_store.settings().get(kSetting, "[]"), nullptr, false);
    return list.is_array() ? list : json::array();
}

std::vector<DuplicateQueueEntry> DuplicateQueue::entries()
{
    std::vector<DuplicateQueueEntry> out;
    for (const json& item : kept()) {
        if (!item.is_object())
            continue;
        DuplicateQueueEntry e;
        e.recordId = item.value("record_id", std::string());
        const auto record = m_store.records().find(e.recordId);
        if (!record || record->status == RecordStatus::Archived)
            continue;
        e.trackingId = record->trackingId;
        for (const json& c : item.value("candidates", json::array())) {
            if (!c.is_object())
                continue;
            DuplicateCandidateView v;
            v.recordId = c.value("record_id", std::string());
            v.trackingId = c.value("tracking_id", std::string());
            v.score = c.value("score", 0.0);
            for (const json& f : c.value("matched_fields", json::array()))
                if (f.is_string())
                    v.matchedFields.push_back(f.get<std::string>());
            e.candidates.push_back(std::move(v));
        }
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<DuplicateQueueEntry> DuplicateQueue::find(const std::string& recordId)
{
    for (auto& e : entries())
        if (e.recordId == recordId)
            return e;
    return std::nullopt;
}

void DuplicateQueue::forget(const std::string& recordId)
{
    json list = json::array();
    for (const json& item : kept())
        if (!item.is_object() || item.value("record_id", std::string()) != recordId)
            list.push_back(item);
    m_store.settings().set(kSetting, list.dump());
}

} // namespace vitalis::sync
