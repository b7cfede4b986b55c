#include "sync/client/RecordTimeline.h"

#include "core/store/ProfileStore.h"
#include "sync/protocol/Op.h"

#include <map>

namespace vitalis::sync
{

RecordTimeline::RecordTimeline(ProfileStore& store) : m_store(store) {}

bool RecordTimeline::awaitingServer(OutboxState state)
{
    return state == OutboxState::Queued || state == OutboxState::Sending ||
           state == OutboxState::WaitingRetry;
}

std::vector<TimelineEntry> RecordTimeline::entries(const std::string& recordId)
{
    std::map<std::int64_t, OutboxEntry> outbox;
    for (auto& e : m_store.outbox().forRecord(recordId))
        outbox.emplace(e.mutationId, std::move(e));
    std::vector<TimelineEntry> out;
    for (const auto& a : m_store.audit().forRecord(recordId)) {
        TimelineEntry t;
        t.seq = a.seq;
        t.deviceTime = a.at;
        t.userId = a.userId;
        t.action = a.action;
        const auto details = nlohmann::json::parse(a.details, nullptr, false);
        if (details.is_object()) {
            t.mutationId = details.value("mutationId", std::int64_t{0});
            t.status = details.value("status", std::string());
            if (details.contains("fields") && details["fields"].is_array())
                for (const auto& f : details["fields"])
                    if (f.is_string())
                        t.fields.push_back(f.get<std::string>());
        }
        if (auto it = outbox.find(t.mutationId); t.mutationId && it != outbox.end()) {
            t.outboxState = it->second.state;
            t.lastError = it->second.lastError;
            if (it->second.payload.is_object())
                t.reason = it->second.payload.value("reason", std::string());
        }
        out.push_back(std::move(t));
    }
    return out;
}

std::vector<OutboxEntry> RecordTimeline::unconfirmed(const std::string& recordId)
{
    std::vector<OutboxEntry> out;
    for (auto& e : m_store.outbox().forRecord(recordId))
        if (awaitingServer(e.state))
            out.push_back(std::move(e));
    return out;
}

std::string RecordTimeline::unconfirmedAction(const std::string& recordId)
{
    std::string action;
    for (const auto& e : unconfirmed(recordId))
        if (auto a = e.kind.action(); a && protocol::isWorkflowAction(*a))
            action = e.kind.name();
    return action;
}

} // namespace vitalis::sync
