#include "app/desktop/shell/SyncWorker.h"

#include "app/common/AccountBinding.h"
#include "app/common/IssuingKey.h"
#include "core/RandomSource.h"
#include "core/store/ProfileStore.h"
#include "sync/client/ApiClient.h"
#include "sync/client/CurlTransport.h"
#include "sync/client/DuplicateQueue.h"
#include "sync/client/FormDefinitionCache.h"
#include "sync/client/SyncEngine.h"

#include <chrono>

namespace vitalis::desktop
{

SyncWorker::SyncWorker(std::filesystem::path profileDir, std::string profileId, KeyProvider& keys,
                       const Clock& clock)
    : m_dir(std::move(profileDir)), m_profileId(std::move(profileId)), m_keys(keys), m_clock(clock)
{
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::refreshFormDefinitions(SettingsRepository& settings, sync::ApiClient& api)
{
    try {
        // The server's current definitions, cached in the profile: the next session uses them.
        FormDefinitionCache(settings).refresh(api);
    } catch (const std::exception&) {
        // Not fatal: the cached and shipped definitions still validate; the next sync retries.
    }
}

void SyncWorker::run()
{
    m_cancel = false;
    SyncSummary summary;
    try {
        if (!m_store) {
            StoreOptions options;
            options.profileId = m_profileId;
            m_store = ProfileStore::open(m_dir, m_keys, options);
        }
        auto& settings = m_store->settings();
        auto t = account::transportOptions(settings);
        t.connectTimeoutMs = 8'000;
        t.userAgent = "vitalis-desktop/1";
        sync::CurlTransport transport(t);
        // Bytes of the request in flight, at most 4 times a second: a slow push shows movement.
        transport.setProgress([this, last = std::chrono::steady_clock::time_point()](
                                  std::uint64_t up, std::uint64_t down) mutable {
            const auto now = std::chrono::steady_clock::now();
            if (now - last >= std::chrono::milliseconds(250)) {
                last = now;
                Q_EMIT transferring(up, down);
            }
        });
        SodiumRandomSource random;
        sync::ThreadSleeper sleeper;
        sync::BackoffPolicy policy;
        policy.maxAttempts = 3; // a dead link fails the run fast; the next probe starts another
        sync::ApiClient api(transport, settings, sleeper, random, policy);
        api.setCancelFlag(&m_cancel);
        sync::SyncEngine engine(*m_store, api, m_clock);
        const auto report = engine.run(
            {},
            [this](const sync::SyncProgress& p) {
                const bool pushing = p.phase == "push";
                Q_EMIT progress(QString::fromStdString(p.phase),
                                pushing ? p.opsSent : p.recordsPulled, pushing ? p.opsTotal : 0);
                Q_EMIT progressDetail(p);
            },
            &m_cancel);
        summary.ok = report.ok;
        summary.error = QString::fromStdString(report.error);
        summary.notLoggedIn = report.errorKind == sync::SyncError::Kind::NotLoggedIn;
        summary.errorKind = report.errorKind;
        summary.errorCode = QString::fromStdString(report.errorCode);
        summary.opsSent = report.opsSent;
        summary.recordsPulled = report.recordsPulled;
        summary.conflicts = report.conflicts;
        summary.rejected = report.rejected;
        if (report.ok) {
            settings.setInt(kLastSuccessSetting, m_clock.nowMillis());
            refreshFormDefinitions(settings, api);
            try {
                // The Possible duplicates queue, kept for offline use; an older server without
                // the endpoint leaves the kept list as it was.
                sync::DuplicateQueue(*m_store).refresh(api);
            } catch (const std::exception&) {
            }
            // Not fatal either: printing says "sync first" while the key is missing or expired.
            if (m_renewsIssuingKey)
                IssuingKey(m_keys, m_profileId, settings)
                    .renewIfDue(api, m_clock.nowMillis() / 1000);
        }
    } catch (const std::exception& e) {
        summary.ok = false;
        summary.error = QString::fromStdString(e.what());
    }
    Q_EMIT finished(summary);
}

} // namespace vitalis::desktop
