// Runs the desktop client's life: the sign-in window, then (once a profile is unlocked) the
// session, the sync controller and the main window; back to sign-in on "switch user".
#pragma once

#include "app/desktop/session/ShippedForms.h"
#include "app/desktop/shell/SyncController.h"
#include "core/Clock.h"
#include "core/store/SessionKeyProvider.h"

#include <QObject>
#include <QString>
#include <memory>

namespace vitalis::desktop
{

class DesktopSession;
class LanguageSwitcher;
class MainWindow;
class SignInWindow;

struct AppOptions {
    QString profilesRoot;  // one directory per user profile
    QString defaultServer; // --server: prefilled on the first sign-in
    SyncControllerOptions sync;
};

class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(KeyProvider& keys, const Clock& clock, AppOptions options,
                  QObject* parent = nullptr);
    ~AppController() override;

    void start();
    SignInWindow& signIn() { return *m_signIn; }
    MainWindow* mainWindow() const { return m_window.get(); }
    DesktopSession* session() const { return m_session.get(); }
    SyncController* sync() const { return m_sync.get(); }
    LanguageSwitcher& languages() { return *m_languages; }

Q_SIGNALS:
    void mainWindowShown();

private:
    void openMainWindow();
    void closeSession();
    const ShippedForms& shipped();
    // The keychain is asked once per unlock, on this (the GUI) thread; the sync thread and
    // later connections get the key from memory until the session closes.
    SessionKeyProvider m_keys;
    const Clock& m_clock;
    AppOptions m_options;
    LanguageSwitcher* m_languages;
    std::unique_ptr<SignInWindow> m_signIn;
    std::unique_ptr<DesktopSession> m_session;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<MainWindow> m_window;
    std::optional<ShippedForms> m_shipped;
};

} // namespace vitalis::desktop
