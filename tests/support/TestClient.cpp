#include "tests/support/TestClient.h"

#include <chrono>
#include <gtest/gtest.h>
#include <thread>

namespace vitalis::test
{

TestClient::TestClient(const std::filesystem::path& dir, const std::string& serverUrl,
                       sync::TransportOptions t, std::int64_t clockOffsetMs, int maxAttempts)
    : m_dir(dir), m_keys(dir / "keys"), m_clock(clockOffsetMs)
{
    m_store = ProfileStore::open(dir / "profile", m_keys);
    m_sync = std::make_unique<SyncStack>(*m_store, m_clock, serverUrl, maxAttempts, t);
    m_records = std::make_unique<LocalRecordService>(*m_store, m_clock);
}

void TestClient::login(const std::string& username, const std::string& password)
{
    const auto tokens = api().login(username, password);
    m_actor =
        Actor{tokens.user.id, RoleCatalog::defaults().get(tokens.user.role), tokens.user.officeId};
    m_records->setDeviceCode(tokens.deviceCode);
}

sync::SyncReport TestClient::syncUntilOk(int maxRuns, sync::SyncOptions o)
{
    sync::SyncReport r;
    for (int i = 0; i < maxRuns; ++i) {
        r = engine().run(o);
        if (r.ok)
            return r;
        // A pause between runs: without it a lock held for a moment (seen once under a full
        // suite's load: "another sync of this profile is running") used up every run at once.
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ADD_FAILURE() << "sync did not succeed in " << maxRuns << " runs: " << r.error;
    return r;
}

Record TestClient::notify(const json& fields)
{
    return m_records->start(m_actor, {"birth", "birth", 1, fields, RecordAction::Notify});
}

Record TestClient::declare(const json& fields)
{
    return m_records->start(m_actor, {"birth", "birth", 1, fields, RecordAction::Declare});
}

std::int64_t TestClient::count(OutboxState s)
{
    auto c = outboxCounts();
    return c.count(s) ? c[s] : 0;
}

} // namespace vitalis::test
