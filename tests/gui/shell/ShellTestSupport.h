// Helpers for the shell's widget tests: a navigator that records where screens asked to go,
// a profile made the way the desktop sign-in leaves it (user bound, PIN set, listed in the
// laptop's profile catalog), and a wait that pumps the event loop.
#pragma once

#include "GuiTestProfile.h"
#include "app/desktop/session/Navigator.h"
#include "app/desktop/shell/ProfileCatalog.h"
#include "core/store/FileKeyProvider.h"
#include "core/store/ProfileStore.h"

#include <QDir>
#include <QStringList>
#include <QTest>
#include <functional>

namespace vitalis::test
{

class RecordingNavigator final : public desktop::Navigator
{
public:
    void goHome() override { calls << QStringLiteral("home"); }
    void newDeclaration(const QString& t) override { calls << QStringLiteral("new:") + t; }
    void editRecord(const QString& id) override { calls << QStringLiteral("edit:") + id; }
    void openRecord(const QString& id) override { calls << QStringLiteral("open:") + id; }
    void correctRecord(const QString& id, bool) override
    {
        calls << QStringLiteral("correct:") + id;
    }
    void openConflicts(const QString& id) override { calls << QStringLiteral("conflicts:") + id; }
    void openOutbox() override { calls << QStringLiteral("outbox"); }
    void openSearch(const QString& t) override { calls << QStringLiteral("search:") + t; }
    QStringList calls;
};

// A profile as a completed desktop sign-in leaves it: bound to `userId` with `role`, a PIN.
inline desktop::ProfileEntry makePinProfile(const QString& root, KeyProvider& keys,
                                            const std::string& userId, const std::string& role,
                                            const std::string& pin, std::int64_t now)
{
    desktop::ProfileCatalog catalog(root);
    auto entry = catalog.forUsername(QString::fromStdString(userId));
    entry.displayName = QStringLiteral("Test ") + QString::fromStdString(role);
    entry.serverUrl = QStringLiteral("http://127.0.0.1:9");
    QDir().mkpath(entry.directory);
    {
        StoreOptions o;
        o.profileId = entry.profileId().toStdString();
        auto store = ProfileStore::open(entry.directory.toStdString(), keys, o);
        auto& s = store->settings();
        s.set("profile.user", userId);
        s.set("profile.role", role);
        s.set("profile.office", "OFF-ALD");
        s.set("sync.server_url", entry.serverUrl.toStdString());
        LocalUser u;
        u.userId = userId;
        u.displayName = entry.displayName.toStdString();
        u.officeId = "OFF-ALD";
        u.roles = nlohmann::json::array({role});
        store->users().upsert(u);
        store->users().setPin(userId, pin, now);
    }
    catalog.save(entry);
    return entry;
}

inline bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

} // namespace vitalis::test
