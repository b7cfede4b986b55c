// Runs sync::SyncEngine on the sync thread with the thread's own connection to the profile
// (one SQLCipher connection per thread); reports progress and a summary back by signals.
#pragma once

#include "core/Clock.h"
#include "core/store/KeyProvider.h"
#include "sync/client/SyncEngine.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <filesystem>
#include <memory>

namespace vitalis
{
class ProfileStore;
class SettingsRepository;
} // namespace vitalis

namespace vitalis::desktop
{

struct SyncSummary {
    bool ok = false;
    bool notLoggedIn = false; // the session expired: sign in online again
    QString error;
    std::optional<sync::SyncError::Kind> errorKind; // empty: the run could not start (store)
    QString errorCode;                              // SyncError::code(), e.g. "connect"
    int opsSent = 0, recordsPulled = 0, conflicts = 0, rejected = 0;
};

class SyncWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* kLastSuccessSetting = "desktop.last_sync_ok";

    SyncWorker(std::filesystem::path profileDir, std::string profileId, KeyProvider& keys,
               const Clock& clock);
    ~SyncWorker() override;
    void cancel() { m_cancel = true; }
    // Set before the first run (the user's role may print): a successful run then renews this
    // laptop's certificate issuing key like `vitalis-cli sync` does.
    void setRenewsIssuingKey(bool renews) { m_renewsIssuingKey = renews; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(const QString& phase, qint64 done, qint64 total);
    void progressDetail(const vitalis::sync::SyncProgress& progress); // counts and bytes
    void transferring(quint64 sent, quint64 received); // bytes of the request in flight
    void finished(const vitalis::desktop::SyncSummary& summary);

private:
    static void refreshFormDefinitions(SettingsRepository& settings, sync::ApiClient& api);
    std::filesystem::path m_dir;
    std::string m_profileId;
    KeyProvider& m_keys;
    const Clock& m_clock;
    std::unique_ptr<ProfileStore> m_store; // opened on the sync thread, on first run
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_renewsIssuingKey{false};
};

} // namespace vitalis::desktop

Q_DECLARE_METATYPE(vitalis::desktop::SyncSummary)
Q_DECLARE_METATYPE(vitalis::sync::SyncProgress)
