#include "app/desktop/shell/OnlineLogin.h"

#include "app/common/AccountBinding.h"
#include "app/desktop/session/PlainWords.h"
#include "app/desktop/shell/KeyringMessage.h"
#include "core/RandomSource.h"
#include "core/store/ProfileStore.h"
#include "sync/client/ApiClient.h"
#include "sync/client/CurlTransport.h"
#include "sync/client/FormDefinitionCache.h"

#include <QThread>

namespace vitalis::desktop
{

OnlineLogin::OnlineLogin(KeyProvider& keys, const Clock& clock, QObject* parent)
    : QObject(parent), m_keys(keys), m_clock(clock)
{
    qRegisterMetaType<LoginResult>();
}

OnlineLogin::~OnlineLogin()
{
    if (m_thread)
        m_thread->wait(); // the login has its own timeouts; never leave it running unowned
}

void OnlineLogin::start(const LoginRequest& request)
{
    if (m_thread)
        return;
    m_thread = QThread::create([this, request] {
        const LoginResult r = run(request, m_keys, m_clock);
        QMetaObject::invokeMethod(
            this,
            [this, r] {
                m_thread->wait();
                m_thread->deleteLater();
                m_thread = nullptr;
                Q_EMIT finished(r);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

LoginResult OnlineLogin::run(const LoginRequest& req, KeyProvider& keys, const Clock& clock)
{
    LoginResult result;
    try {
        StoreOptions options;
        options.profileId = req.profileId.toStdString();
        auto store = ProfileStore::open(req.profileDir.toStdString(), keys, options);
        auto& settings = store->settings();
        account::setServerUrl(settings, req.serverUrl.trimmed().toStdString());
        auto t = account::transportOptions(settings);
        t.connectTimeoutMs = 10'000;
        t.transferTimeoutMs = 30'000;
        sync::CurlTransport transport(t);
        SodiumRandomSource random;
        sync::ThreadSleeper sleeper;
        sync::BackoffPolicy policy;
        policy.maxAttempts = 2;
        sync::ApiClient api(transport, settings, sleeper, random, policy);
        const auto tokens = api.login(req.username.trimmed().toStdString(),
                                      req.password.toStdString(), req.totp.trimmed().toStdString());
        account::bindProfileToUser(*store, tokens, clock);
        // Proving who you are online lifts a PIN lockout.
        store->users().resetLockout(tokens.user.id, clock.nowMillis());
        try {
            FormDefinitionCache(settings).refresh(api);
        } catch (const std::exception&) {
            // Not fatal: shipped and cached definitions still work; the next sync retries.
        }
        result.ok = true;
        result.userId = QString::fromStdString(tokens.user.id);
        result.displayName = QString::fromStdString(tokens.user.displayName);
        const auto user = store->users().find(tokens.user.id);
        result.hasPin = user && user->hasPin;
    } catch (const sync::SyncError& e) {
        result.totpRequired = e.code() == "totp_required";
        if (result.totpRequired)
            result.error = tr("Enter the 6-digit code from your authenticator app.");
        else if (e.kind() == sync::SyncError::Kind::Network)
            // Words for the clerk; curl's own text stays out of the sentence.
            result.error = tr("Cannot reach the server. Check the address and the connection.") +
                           QLatin1Char(' ') +
                           PlainWords::networkReason(QString::fromStdString(e.code()));
        else if (e.code() == "invalid_credentials" || e.code() == "unauthorized")
            result.error = tr("Wrong username or password.");
        else
            result.error =
                tr("The server refused the sign-in: %1").arg(QString::fromUtf8(e.what()));
    } catch (const std::exception& e) {
        result.error = KeyringMessage::isKeyringProblem(e)
                           ? KeyringMessage::text()
                           : tr("Sign-in failed: %1").arg(QString::fromUtf8(e.what()));
    }
    return result;
}

} // namespace vitalis::desktop
