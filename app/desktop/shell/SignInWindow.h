// Start-up: "who are you" (the laptop's profiles + another user), then the PIN unlock, or the
// first-run online sign-in (server address, username, password, TOTP when asked) followed by
// choosing the offline PIN. Ends with an open profile store handed to the caller.
#pragma once

#include "app/desktop/shell/OnlineLogin.h"
#include "app/desktop/shell/ProfileCatalog.h"

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace vitalis
{
class ProfileStore;
}

namespace vitalis::desktop
{

class PinForm;

class SignInWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Choose, Pin, Login, SetPin };
    SignInWindow(KeyProvider& keys, const Clock& clock, ProfileCatalog catalog,
                 QString defaultServer = {}, QWidget* parent = nullptr);
    ~SignInWindow() override;

    void start(); // the profile list, or the sign-in form when the laptop has none
    Page page() const;
    std::unique_ptr<ProfileStore> takeStore();
    const ProfileEntry& profile() const { return m_profile; }
    QString message() const; // the current page's error/info line
    PinForm& pinForm() { return *m_pinForm; }
    OnlineLogin& login() { return *m_login; }

Q_SIGNALS:
    void unlocked(); // takeStore() and profile() now hold the signed-in profile

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildChoosePage();
    QWidget* buildLoginPage();
    QWidget* buildSetPinPage();
    void showPage(Page page);
    void chooseProfile(const ProfileEntry& entry);
    bool openStore();
    void startLogin();
    void loginFinished(const LoginResult& result);
    void savePin();
    void retranslate();

    KeyProvider& m_keys;
    const Clock& m_clock;
    ProfileCatalog m_catalog;
    QString m_defaultServer;
    ProfileEntry m_profile;
    std::unique_ptr<ProfileStore> m_store;
    OnlineLogin* m_login;
    QStackedWidget* m_pages;
    // choose
    QLabel* m_chooseTitle;
    QListWidget* m_profiles;
    QPushButton* m_anotherUser;
    QLabel* m_chooseMessage;
    // pin
    PinForm* m_pinForm;
    // login
    QLabel* m_loginTitle;
    QLabel* m_serverLabel;
    QLabel* m_userLabel;
    QLabel* m_passwordLabel;
    QLabel* m_totpLabel;
    QLineEdit* m_server;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLineEdit* m_totp;
    QPushButton* m_signIn;
    QPushButton* m_back;
    QLabel* m_loginMessage;
    // set PIN
    QLabel* m_setPinTitle;
    QLabel* m_setPinHelp;
    QLineEdit* m_newPin;
    QLineEdit* m_repeatPin;
    QPushButton* m_savePin;
    QLabel* m_setPinMessage;
};

} // namespace vitalis::desktop
