#include "app/desktop/shell/AppController.h"

#include "app/common/AccountBinding.h"
#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/shell/LanguageSwitcher.h"
#include "app/desktop/shell/MainWindow.h"
#include "app/desktop/shell/SignInWindow.h"

#include <QLocale>
#include <QMessageBox>

namespace vitalis::desktop
{

AppController::AppController(KeyProvider& keys, const Clock& clock, AppOptions options,
                             QObject* parent)
    : QObject(parent), m_keys(keys), m_clock(clock), m_options(std::move(options)),
      m_languages(new LanguageSwitcher(this))
{
    // Before anyone signed in, speak the laptop's language if we have it.
    const QString system = QLocale::system().name().left(2);
    m_languages->apply(LanguageSwitcher::languages().contains(system) ? system
                                                                      : QStringLiteral("en"));
    m_signIn = std::make_unique<SignInWindow>(m_keys, clock, ProfileCatalog(m_options.profilesRoot),
                                              m_options.defaultServer);
    m_signIn->resize(900, 600);
    connect(m_signIn.get(), &SignInWindow::unlocked, this, &AppController::openMainWindow);
}

AppController::~AppController()
{
    closeSession();
}

void AppController::start()
{
    m_signIn->start();
    m_signIn->show();
}

const ShippedForms& AppController::shipped()
{
    if (!m_shipped)
        m_shipped = loadShippedForms(locateShareDirectory());
    return *m_shipped;
}

void AppController::openMainWindow()
{
    auto store = m_signIn->takeStore();
    if (!store)
        return;
    const auto actor = account::profileActor(store->settings());
    if (!actor) {
        QMessageBox::warning(m_signIn.get(), tr("Vitalis"),
                             tr("This profile has no user: sign in online first."));
        m_signIn->start();
        return;
    }
    const QString server =
        QString::fromStdString(store->settings().get(account::kServerUrlSetting, ""));
    const QString saved =
        QString::fromStdString(store->settings().get(LanguageSwitcher::kLanguageSetting, ""));
    const auto forms = formsForProfile(*store, shipped()); // the server's cached definitions first
    m_session = std::make_unique<DesktopSession>(std::move(store), *actor, forms.registry,
                                                 forms.reference, m_clock);
    m_session->setIssuingKeys(&m_keys);
    if (!saved.isEmpty())
        m_languages->apply(saved);
    m_languages->attach(m_session.get());
    m_sync = std::make_unique<SyncController>(*m_session, m_keys, server, m_options.sync);
    m_window = std::make_unique<MainWindow>(*m_session, *m_languages, m_sync.get());
    connect(m_window.get(), &MainWindow::switchUserRequested, this, [this] {
        // Not from inside the window's own signal: it is about to be deleted.
        QMetaObject::invokeMethod(
            this,
            [this] {
                closeSession();
                start();
            },
            Qt::QueuedConnection);
    });
    m_window->show();
    m_signIn->hide();
    Q_EMIT mainWindowShown();
}

void AppController::closeSession()
{
    // Screens hold the session, the sync thread holds its own connection: window first.
    m_window.reset();
    m_sync.reset();
    m_languages->attach(nullptr);
    m_session.reset();
    m_keys.forgetAll();
}

} // namespace vitalis::desktop
