// One device for sync tests: an encrypted profile store, the local record service and the sync
// stack (libcurl transport, API client, engine) of the real client, signed in to a server.
#pragma once

#include "core/RoleCatalog.h"
#include "core/store/FileKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "sync/client/LocalRecordService.h"
#include "tests/support/OffsetClock.h"
#include "tests/support/Seed.h"
#include "tests/support/SyncStack.h"

#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::test
{

using nlohmann::json;

class TestClient
{
public:
    // maxAttempts and the transport options as SyncStack takes them.
    TestClient(const std::filesystem::path& dir, const std::string& serverUrl,
               sync::TransportOptions t = {}, std::int64_t clockOffsetMs = 0, int maxAttempts = 8);

    void login(const std::string& username, const std::string& password = kDemoPassword);

    sync::SyncReport sync(sync::SyncOptions o = {}) { return m_sync->engine().run(o); }
    // Syncs until a run succeeds (bounded): the way a field agent's laptop keeps trying.
    sync::SyncReport syncUntilOk(int maxRuns = 50, sync::SyncOptions o = {});

    Record notify(const json& fields);
    Record declare(const json& fields);
    Record edit(const std::string& id, const json& changes)
    {
        return m_records->editFields(m_actor, id, changes);
    }
    Record act(const std::string& id, RecordAction a, const std::string& reason = {})
    {
        return m_records->act(m_actor, id, a, reason);
    }

    ProfileStore& store() { return *m_store; }
    sync::ApiClient& api() { return m_sync->api(); }
    sync::SyncEngine& engine() { return m_sync->engine(); }
    const Clock& clock() const { return m_clock; }
    const Actor& actor() const { return m_actor; }
    Record record(const std::string& id) { return m_store->records().get(id); }
    json serverRecord(const std::string& id) { return api().get("/api/v1/records/" + id); }
    json serverHistory(const std::string& id)
    {
        return api().get("/api/v1/records/" + id + "/history")["history"];
    }
    std::map<OutboxState, std::int64_t> outboxCounts() { return m_store->outbox().countByState(); }
    std::int64_t count(OutboxState s);

private:
    std::filesystem::path m_dir;
    FileKeyProvider m_keys;
    std::unique_ptr<ProfileStore> m_store;
    OffsetClock m_clock;
    std::unique_ptr<SyncStack> m_sync;
    std::unique_ptr<LocalRecordService> m_records;
    Actor m_actor;
};

} // namespace vitalis::test
