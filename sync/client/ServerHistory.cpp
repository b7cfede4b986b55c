#include "sync/client/ServerHistory.h"

#include "core/RandomSource.h"
#include "core/store/Database.h"
#include "core/store/RecordSearch.h"
#include "core/store/Schema.h"
#include "core/store/SettingsRepository.h"
#include "sync/client/ApiClient.h"

#include <set>

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

ServerHistory parseServerHistory(const json& answer)
{
    ServerHistory h;
    if (!answer.is_object())
        throw SyncError(SyncError::Kind::Refused, "the server's history answer is not an object");
    h.recordId = text(answer, "record_id");
    h.rev = number(answer, "rev");
    if (const auto v = answer.find("voided_numbers"); v != answer.end() && v->is_array())
        for (const auto& e : *v)
            if (e.is_object())
                h.voidedNumbers.push_back({text(e, "number"), text(e, "reason"), number(e, "at"),
                                           text(e, "user_name"), text(e, "device_code")});
    const auto list = answer.find("history");
    if (list == answer.end() || !list->is_array())
        return h;
    for (const auto& e : *list) {
        if (!e.is_object())
            continue;
        ServerHistoryEntry x;
        x.rev = number(e, "rev");
        x.action = text(e, "action");
        x.outcome = text(e, "outcome");
        x.userId = text(e, "user_id");
        x.userName = text(e, "user_name");
        x.deviceId = text(e, "device_id");
        x.deviceCode = text(e, "device_code");
        x.mutationId = number(e, "mutation_id");
        x.serverTime = number(e, "server_time");
        x.deviceTime = number(e, "device_time");
        x.statusFrom = text(e, "status_from");
        x.statusTo = text(e, "status_to");
        x.reason = text(e, "reason");
        if (const auto c = e.find("changes"); c != e.end() && c->is_object()) {
            for (auto it = c->begin(); it != c->end(); ++it)
                x.fields.push_back(it.key());
            x.changes = *c;
        }
        if (const auto c = e.find("correction"); c != e.end() && c->is_object())
            x.correction = *c;
        h.entries.push_back(std::move(x));
    }
    return h;
}

ServerHistory fetchServerHistory(const HistoryRequest& request, const std::atomic<bool>* cancel)
{
    // ApiClient keeps its tokens in settings: a private in-memory copy holding only the access
    // token and the device id (no refresh token, so it cannot renew the session).
    Database memory = Database::open(":memory:", Database::Mode::ReadWriteCreate);
    const SearchConfig search;
    migrateSchema(memory, MigrationContext{search});
    SettingsRepository settings(memory);
    settings.set(ApiClient::kAccessToken, request.accessToken);
    settings.set(ApiClient::kDeviceId, request.deviceId);
    CurlTransport transport(request.transport);
    SodiumRandomSource random;
    ThreadSleeper sleeper;
    BackoffPolicy policy;
    policy.maxAttempts = 2; // a person is waiting: answer fast, the local trail is shown meanwhile
    ApiClient api(transport, settings, sleeper, random, policy);
    transport.setCancelFlag(cancel);
    api.setCancelFlag(cancel);
    return parseServerHistory(api.get("/api/v1/records/" + request.recordId + "/history"));
}

std::vector<TimelineEntry> notOnServer(const ServerHistory& server,
                                       const std::vector<TimelineEntry>& local,
                                       const std::string& ownDeviceId)
{
    std::set<std::int64_t> known;
    for (const auto& e : server.entries)
        if (e.deviceId == ownDeviceId)
            known.insert(e.mutationId);
    std::vector<TimelineEntry> out;
    for (const auto& e : local)
        if (e.mutationId != 0 && !known.count(e.mutationId))
            out.push_back(e);
    return out;
}

} // namespace vitalis::sync
