// One office laptop for the keychain tests: the real server process, the desktop client's
// AppController with the default key provider (the OS keychain), and the few things a clerk does
// at the sign-in window, plus the keyring's own controls (lock, kill, restart) over D-Bus.
#pragma once

#include "ShellTestSupport.h"
#include "app/desktop/shell/AppController.h"
#include "app/desktop/shell/SignInWindow.h"
#include "app/keychain/KeychainKeyProvider.h"
#include "tests/support/SyncTest.h"

#include <memory>
#include <string>

namespace vitalis::test
{

class KeychainOffice
{
public:
    explicit KeychainOffice(const std::string& name);
    ~KeychainOffice();

    desktop::AppController& app() { return *m_app; }
    KeychainKeyProvider& keys() { return m_keys; }

    void startApp(); // what starting `vitalis` builds
    void quitApp();  // and what quitting it tears down

    // The online sign-in form (from the profile list, "Another user" first).
    void typeLogin(const std::string& username, const std::string& password);
    void typePassword(const std::string& password);
    bool waitLoginDone();
    void savePin(const std::string& pin);
    // Online sign-in of a new profile with its PIN, until its first sync; quits unless keepOpen.
    void firstSignIn(const std::string& username, const std::string& pin, bool keepOpen = false);
    // From the profile list: choose `username`, type the PIN. True when the main window opened.
    bool unlockWithPin(const std::string& username, const std::string& pin);
    void switchUser(); // File > Switch user

    // Waits until `runs` sync runs finished in this session; true when the last one succeeded.
    bool waitSyncOk(int runs);
    std::string lastError() const;
    QString statusLastSync() const;
    bool queuesShow(const QString& text); // any of the home screen's queues lists it

    // A field agent's other laptop (the sync stack without GUI) notifies a birth and syncs.
    std::string notifyFromAnotherLaptop(const std::string& username, const std::string& first);

    std::string profileId(const std::string& username) const;
    std::filesystem::path profileDatabase(const std::string& username) const;
    static std::string fileBytes(const std::filesystem::path& file);

    // `vitalis-cli profile verify` on the desktop profile of `username` (key from the keychain).
    int verifyWithCli(const std::string& username) const;

    void lockKeyring();
    void killKeyring();
    void restartKeyring();

private:
    QString root() const;
    std::filesystem::path m_dir;
    test::ServerProcess m_server;
    KeychainKeyProvider m_keys;
    SystemClock m_clock;
    std::unique_ptr<desktop::AppController> m_app;
};

} // namespace vitalis::test
