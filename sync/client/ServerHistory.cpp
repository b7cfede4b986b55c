#include "sync/client/ServerHistory.h"

#include "core/RandomSource.h"
#include "core/store/Database.h"
#include "core/store/RecordSearch.h"
#include "core/store/Schema.h"
#include "core/store/SettingsRepository.h"
#include "sync/client/AnswerFields.h"
#include "sync/client/ApiClient.h"

#include <set>

namespace vitalis::sync
{

using nlohmann::json;

ServerHistory parseServerHistory(const json& answer)
{
    ServerHistory h;
    if (!answer.is_object())
        throw SyncError(SyncError::Kind::Refused, "the server's history answer is not an object");
    h.recordId = answerText(answer, "record_id");
    h.rev = answerNumber(answer, "rev");
    if (const auto v = answer.find("voided_numbers"); v != answer.end() && v->is_array())
        for (const auto& e : *v)
            if (e.is_object())
                h.voidedNumbers.push_back({answerText(e, "number"), answerText(e, "reason"),
                                           answerNumber(e, "at"), answerText(e, "user_name"),
                                           answerText(e, "device_code")});
    const auto list = answer.find("history");
    if (list == answer.end() || !list->is_array())
        return h;
    for (const auto& e : *list) {
        if (!e.is_object())
            continue;
        ServerHistoryEntry x;
        x.rev = answerNumber(e, "rev");
        x.action = answerText(e, "action");
        x.outcome = answerText(e, "outcome");
        x.userId = answerText(e, "user_id");
        x.userName = answerText(e, "user_name");
        x.deviceId = answerText(e, "device_id");
        x.deviceCode = answerText(e, "device_code");
        x.mutationId = answerNumber(e, "mutation_id");
        x.serverTime = answerNumber(e, "server_time");
        x.deviceTime = answerNumber(e, "device_time");
        x.statusFrom = answerText(e, "status_from");
        x.statusTo = answerText(e, "status_to");
        x.reason = answerText(e, "reason");
        if (const auto c = e.find("changes"); c != e.end() && c->is_object()) {
            for (auto it = c->begin(); it != c->end(); ++it)
                x.fields.push_back(it.key());
            x.changes = *c;
        }
        if (const auto c = e.find("correction"); c != e.end() && c->is_object())
            x.correction = *c;
        if (const auto p = e.find("print"); p != e.end() && p->is_object())
            x.print = *p;
        h.entries.push_back(std::move(x));
    }
    return h;
}

nlohmann::json authenticatedGet(const HistoryRequest& request, const std::string& path,
                                const std::atomic<bool>* cancel)
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
    return api.get(path);
}

ServerHistory fetchServerHistory(const HistoryRequest& request, const std::atomic<bool>* cancel)
{
    return parseServerHistory(
        authenticatedGet(request, "/api/v1/records/" + request.recordId + "/history", cancel));
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
