// Signs a user in against the server on a worker thread (the GUI never waits on the network):
// login (with a TOTP code when the server asks), then binds the profile to that user and
// clears a PIN lockout, through the thread's own connection to the profile.
#pragma once

#include "core/Clock.h"
#include "core/store/KeyProvider.h"

#include <QObject>
#include <QString>

namespace vitalis::desktop
{

struct LoginRequest {
    QString profileDir;
    QString profileId;
    QString serverUrl;
    QString username;
    QString password;
    QString totp;
};

struct LoginResult {
    bool ok = false;
    bool totpRequired = false;
    QString error;
    QString userId;
    QString displayName;
    bool hasPin = false;
};

class OnlineLogin : public QObject
{
    Q_OBJECT
public:
    OnlineLogin(KeyProvider& keys, const Clock& clock, QObject* parent = nullptr);
    ~OnlineLogin() override;
    void start(const LoginRequest& request);
    bool isRunning() const { return m_thread != nullptr; }
    // The work itself, callable on any thread (tests, benchmarks).
    static LoginResult run(const LoginRequest& request, KeyProvider& keys, const Clock& clock);

Q_SIGNALS:
    void finished(const vitalis::desktop::LoginResult& result);

private:
    KeyProvider& m_keys;
    const Clock& m_clock;
    QThread* m_thread = nullptr;
};

} // namespace vitalis::desktop

Q_DECLARE_METATYPE(vitalis::desktop::LoginResult)
