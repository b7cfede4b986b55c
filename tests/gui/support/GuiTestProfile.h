// Test fixture for widget tests: a QApplication on the offscreen platform with QStandardPaths in
// test mode, and a real encrypted profile in a temp directory opened as a DesktopSession.
#pragma once

#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/session/ShippedForms.h"
#include "core/RoleCatalog.h"
#include "core/store/FileKeyProvider.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <memory>

namespace vitalis::test
{

// Call first in main() or a test's SetUp: widgets need the QApplication before anything else.
inline QApplication& guiTestApp()
{
    static int argc = 1;
    static char name[] = "vitalis-gui-tests";
    static char* argv[] = {name, nullptr};
    static QApplication* app = [] {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QStandardPaths::setTestModeEnabled(true);
        return new QApplication(argc, argv);
    }();
    return *app;
}

// A profile directory + key directory that survive reopening (autosave/kill tests reopen them).
class GuiTestProfile
{
public:
    explicit GuiTestProfile(std::string role = "field_agent", std::string officeId = "OFF-ALD")
        : m_role(std::move(role)), m_office(std::move(officeId))
    {
        guiTestApp();
    }

    std::filesystem::path profileDir() const { return fs(m_dir.path()) / "profile"; }
    std::filesystem::path keyDir() const { return fs(m_dir.path()) / "keys"; }
    std::string userId() const { return m_role + ".test"; }

    // Opens (or reopens) the profile as a session for this profile's user, enrolled with a device
    // code so declarations get tracking IDs.
    std::unique_ptr<desktop::DesktopSession> openSession(const Clock& clock)
    {
        FileKeyProvider keys(keyDir());
        auto store = ProfileStore::open(profileDir(), keys);
        LocalUser user;
        user.userId = userId();
        user.displayName = "Test " + m_role;
        user.officeId = m_office;
        user.roles = nlohmann::json::array({m_role});
        store->users().upsert(user);
        const Actor actor{userId(), RoleCatalog::defaults().get(m_role), m_office};
        static const desktop::ShippedForms shipped =
            desktop::loadShippedForms(desktop::locateShareDirectory());
        auto session = std::make_unique<desktop::DesktopSession>(
            std::move(store), actor, shipped.registry, shipped.reference, clock);
        session->records().setDeviceCode("7K3M");
        return session;
    }

private:
    static std::filesystem::path fs(const QString& p)
    {
        return std::filesystem::path(p.toStdString());
    }
    std::string m_role, m_office;
    QTemporaryDir m_dir;
};

} // namespace vitalis::test
