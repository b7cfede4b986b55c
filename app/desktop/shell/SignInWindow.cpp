#include "app/desktop/shell/SignInWindow.h"

#include "app/desktop/shell/KeyringMessage.h"
#include "app/desktop/shell/PinForm.h"
#include "core/store/ProfileStore.h"
#include "core/store/StoreError.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vitalis::desktop
{

namespace
{
QLabel* errorLabel(QWidget* parent, const char* name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #a61b1b"));
    return l;
}

QWidget* centred(QWidget* content)
{
    auto* page = new QWidget;
    auto* h = new QHBoxLayout(page);
    h->addStretch();
    content->setMaximumWidth(520);
    content->setMinimumWidth(380);
    h->addWidget(content, 2);
    h->addStretch();
    return page;
}
} // namespace

SignInWindow::SignInWindow(KeyProvider& keys, const Clock& clock, ProfileCatalog catalog,
                           QString defaultServer, QWidget* parent)
    : QWidget(parent), m_keys(keys), m_clock(clock), m_catalog(std::move(catalog)),
      m_defaultServer(std::move(defaultServer)), m_login(new OnlineLogin(keys, clock, this)),
      m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("signInWindow"));
    m_pages->addWidget(buildChoosePage());
    m_pinForm = new PinForm;
    m_pinForm->setClock([this] { return m_clock.nowMillis(); });
    m_pages->addWidget(m_pinForm);
    m_pages->addWidget(buildLoginPage());
    m_pages->addWidget(buildSetPinPage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    connect(m_pinForm, &PinForm::unlocked, this, &SignInWindow::unlocked);
    connect(m_pinForm, &PinForm::switchUserRequested, this, &SignInWindow::start);
    connect(m_pinForm, &PinForm::onlineSignInRequested, this, [this] {
        m_username->setText(m_profile.username);
        m_username->setReadOnly(true); // unlocking this profile, not another user's
        m_server->setText(m_profile.serverUrl);
        showPage(Page::Login);
    });
    connect(m_login, &OnlineLogin::finished, this, &SignInWindow::loginFinished);
    retranslate();
}

SignInWindow::~SignInWindow() = default;

QWidget* SignInWindow::buildChoosePage()
{
    auto* box = new QWidget;
    m_chooseTitle = new QLabel(box);
    QFont f = m_chooseTitle->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    m_chooseTitle->setFont(f);
    m_profiles = new QListWidget(box);
    m_profiles->setObjectName(QStringLiteral("profileList"));
    m_anotherUser = new QPushButton(box);
    m_anotherUser->setObjectName(QStringLiteral("anotherUser"));
    m_chooseMessage = errorLabel(box, "chooseMessage");
    auto* v = new QVBoxLayout(box);
    v->addStretch();
    v->addWidget(m_chooseTitle);
    v->addWidget(m_profiles);
    v->addWidget(m_anotherUser);
    v->addWidget(m_chooseMessage);
    v->addStretch();
    connect(m_profiles, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const auto all = m_catalog.list();
        const int r = m_profiles->row(item);
        if (r >= 0 && r < all.size())
            chooseProfile(all[r]);
    });
    connect(m_anotherUser, &QPushButton::clicked, this, [this] {
        m_profile = {};
        m_store.reset();
        m_username->clear();
        m_username->setReadOnly(false);
        showPage(Page::Login);
    });
    return centred(box);
}

QWidget* SignInWindow::buildLoginPage()
{
    auto* box = new QWidget;
    m_loginTitle = new QLabel(box);
    QFont f = m_loginTitle->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    m_loginTitle->setFont(f);
    m_serverLabel = new QLabel(box);
    m_userLabel = new QLabel(box);
    m_passwordLabel = new QLabel(box);
    m_totpLabel = new QLabel(box);
    m_server = new QLineEdit(m_defaultServer, box);
    m_server->setObjectName(QStringLiteral("loginServer"));
    m_username = new QLineEdit(box);
    m_username->setObjectName(QStringLiteral("loginUsername"));
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_totp = new QLineEdit(box);
    m_totp->setObjectName(QStringLiteral("loginTotp"));
    m_totp->setMaxLength(8);
    m_totp->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d*")), m_totp));
    m_signIn = new QPushButton(box);
    m_signIn->setObjectName(QStringLiteral("loginSubmit"));
    m_signIn->setDefault(true);
    m_back = new QPushButton(box);
    m_back->setObjectName(QStringLiteral("loginBack"));
    m_loginMessage = errorLabel(box, "loginMessage");
    m_serverLabel->setBuddy(m_server);
    m_userLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);
    m_totpLabel->setBuddy(m_totp);
    auto* form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_userLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_totpLabel, m_totp);
    m_totpLabel->hide();
    m_totp->hide(); // only when the server asks for the second factor
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_signIn);
    auto* v = new QVBoxLayout(box);
    v->addStretch();
    v->addWidget(m_loginTitle);
    v->addLayout(form);
    v->addWidget(m_loginMessage);
    v->addLayout(buttons);
    v->addStretch();
    setTabOrder(m_server, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_totp);
    setTabOrder(m_totp, m_signIn);
    setTabOrder(m_signIn, m_back);
    for (auto* e : {m_server, m_username, m_password, m_totp})
        connect(e, &QLineEdit::returnPressed, this, &SignInWindow::startLogin);
    connect(m_signIn, &QPushButton::clicked, this, &SignInWindow::startLogin);
    connect(m_back, &QPushButton::clicked, this, &SignInWindow::start);
    return centred(box);
}

QWidget* SignInWindow::buildSetPinPage()
{
    auto* box = new QWidget;
    m_setPinTitle = new QLabel(box);
    QFont f = m_setPinTitle->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    m_setPinTitle->setFont(f);
    m_setPinHelp = new QLabel(box);
    m_setPinHelp->setWordWrap(true);
    m_newPin = new QLineEdit(box);
    m_newPin->setObjectName(QStringLiteral("newPin"));
    m_repeatPin = new QLineEdit(box);
    m_repeatPin->setObjectName(QStringLiteral("repeatPin"));
    for (auto* e : {m_newPin, m_repeatPin}) {
        e->setEchoMode(QLineEdit::Password);
        e->setMaxLength(12);
        e->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d*")), e));
    }
    m_savePin = new QPushButton(box);
    m_savePin->setObjectName(QStringLiteral("savePin"));
    m_savePin->setDefault(true);
    m_setPinMessage = errorLabel(box, "setPinMessage");
    auto* v = new QVBoxLayout(box);
    v->addStretch();
    v->addWidget(m_setPinTitle);
    v->addWidget(m_setPinHelp);
    v->addWidget(m_newPin);
    v->addWidget(m_repeatPin);
    v->addWidget(m_setPinMessage);
    v->addWidget(m_savePin, 0, Qt::AlignRight);
    v->addStretch();
    setTabOrder(m_newPin, m_repeatPin);
    setTabOrder(m_repeatPin, m_savePin);
    connect(m_newPin, &QLineEdit::returnPressed, m_repeatPin, qOverload<>(&QWidget::setFocus));
    connect(m_repeatPin, &QLineEdit::returnPressed, this, &SignInWindow::savePin);
    connect(m_savePin, &QPushButton::clicked, this, &SignInWindow::savePin);
    return centred(box);
}

void SignInWindow::start()
{
    m_store.reset();
    m_profiles->clear();
    m_chooseMessage->clear();
    const auto all = m_catalog.list();
    for (const auto& e : all)
        m_profiles->addItem(e.displayName.isEmpty() ? e.username
                                                    : tr("%1 (%2)").arg(e.displayName, e.username));
    if (all.isEmpty()) {
        m_username->setReadOnly(false);
        showPage(Page::Login);
        return;
    }
    m_profiles->setCurrentRow(0);
    showPage(Page::Choose);
}

SignInWindow::Page SignInWindow::page() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void SignInWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(static_cast<int>(page));
    switch (page) {
    case Page::Choose:
        m_profiles->setFocus();
        break;
    case Page::Pin:
        m_pinForm->reset();
        break;
    case Page::Login:
        m_loginMessage->clear();
        m_password->clear();
        (m_server->text().isEmpty()     ? m_server
         : m_username->text().isEmpty() ? m_username
                                        : m_password)
            ->setFocus();
        break;
    case Page::SetPin:
        m_newPin->clear();
        m_repeatPin->clear();
        m_setPinMessage->clear();
        m_newPin->setFocus();
        break;
    }
    retranslate();
}

QString SignInWindow::message() const
{
    switch (page()) {
    case Page::Choose:
        return m_chooseMessage->text();
    case Page::Pin:
        return m_pinForm->message();
    case Page::Login:
        return m_loginMessage->text();
    case Page::SetPin:
        return m_setPinMessage->text();
    }
    return {};
}

bool SignInWindow::openStore()
{
    if (m_store)
        return true;
    try {
        StoreOptions options;
        options.profileId = m_profile.profileId().toStdString();
        m_store = ProfileStore::open(m_profile.directory.toStdString(), m_keys, options);
        return true;
    } catch (const std::exception& e) {
        // A locked or stopped keyring: say what to do, and never make a new key for it.
        m_chooseMessage->setText(
            KeyringMessage::isKeyringProblem(e)
                ? KeyringMessage::text()
                : tr("This profile cannot be opened: %1").arg(QString::fromUtf8(e.what())));
        m_chooseMessage->setToolTip(QString::fromUtf8(e.what()));
        return false;
    }
}

void SignInWindow::chooseProfile(const ProfileEntry& entry)
{
    m_profile = entry;
    m_store.reset();
    if (!openStore())
        return;
    m_pinForm->setProfile(m_store.get(), m_store->settings().get("profile.user", ""),
                          entry.displayName.isEmpty() ? entry.username : entry.displayName);
    m_pages->setCurrentIndex(static_cast<int>(Page::Pin)); // not showPage: keep a lockout notice
    retranslate();
}

void SignInWindow::startLogin()
{
    if (m_login->isRunning())
        return;
    const QString server = m_server->text().trimmed();
    const QString username = m_username->text().trimmed();
    if (server.isEmpty() || username.isEmpty() || m_password->text().isEmpty()) {
        m_loginMessage->setText(tr("Enter the server address, your username and your password."));
        return;
    }
    if (m_profile.directory.isEmpty() ||
        m_profile.username.compare(username, Qt::CaseInsensitive) != 0)
        m_profile = m_catalog.forUsername(username);
    m_profile.serverUrl = server;
    LoginRequest request{m_profile.directory, m_profile.profileId(), server, username,
                         m_password->text(),  m_totp->text()};
    m_signIn->setEnabled(false);
    m_loginMessage->setStyleSheet(QString());
    m_loginMessage->setText(tr("Signing in…"));
    m_login->start(request);
}

void SignInWindow::loginFinished(const LoginResult& r)
{
    m_signIn->setEnabled(true);
    m_loginMessage->setStyleSheet(QStringLiteral("color: #a61b1b"));
    if (!r.ok) {
        m_loginMessage->setText(r.error);
        if (r.totpRequired) {
            m_totpLabel->show();
            m_totp->show();
            m_totp->setFocus();
        } else {
            m_password->clear();
            m_password->setFocus();
        }
        return;
    }
    m_profile.displayName = r.displayName;
    m_catalog.save(m_profile);
    m_store.reset(); // reopen: the login ran on its own connection
    if (!openStore()) {
        m_loginMessage->setText(m_chooseMessage->text());
        return;
    }
    m_totp->clear();
    m_password->clear();
    if (r.hasPin)
        Q_EMIT unlocked();
    else
        showPage(Page::SetPin);
}

void SignInWindow::savePin()
{
    if (!m_store)
        return;
    if (m_newPin->text() != m_repeatPin->text()) {
        m_setPinMessage->setText(tr("The two PINs differ. Type the same PIN twice."));
        m_repeatPin->clear();
        m_repeatPin->setFocus();
        return;
    }
    const auto userId = m_store->settings().get("profile.user", "");
    try {
        m_store->users().setPin(userId, m_newPin->text().toStdString(), m_clock.nowMillis());
    } catch (const StoreError& e) {
        m_setPinMessage->setText(
            tr("This PIN cannot be used: %1").arg(QString::fromUtf8(e.what())));
        m_newPin->clear();
        m_repeatPin->clear();
        m_newPin->setFocus();
        return;
    }
    Q_EMIT unlocked();
}

std::unique_ptr<ProfileStore> SignInWindow::takeStore()
{
    return std::move(m_store);
}

void SignInWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SignInWindow::retranslate()
{
    setWindowTitle(tr("Vitalis — sign in"));
    m_chooseTitle->setText(tr("Who are you?"));
    m_profiles->setAccessibleName(tr("People who use this laptop"));
    m_anotherUser->setText(tr("&Another user…"));
    m_loginTitle->setText(m_username->isReadOnly() ? tr("Sign in online to unlock")
                                                   : tr("Sign in"));
    m_serverLabel->setText(tr("&Server address"));
    m_userLabel->setText(tr("&Username"));
    m_passwordLabel->setText(tr("&Password"));
    m_totpLabel->setText(tr("&Authenticator code"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(QStringLiteral("https://registry.example.org"));
    m_username->setAccessibleName(tr("Username"));
    m_password->setAccessibleName(tr("Password"));
    m_totp->setAccessibleName(tr("Authenticator code"));
    m_signIn->setText(tr("Sign &in"));
    m_back->setText(tr("&Back"));
    m_back->setVisible(!m_catalog.list().isEmpty());
    m_setPinTitle->setText(tr("Choose your offline PIN"));
    m_setPinHelp->setText(tr("You will use this PIN to open your records on this laptop when "
                             "there is no network. At least 6 digits; avoid 123456 or 111111."));
    m_newPin->setAccessibleName(tr("New PIN"));
    m_newPin->setPlaceholderText(tr("New PIN"));
    m_repeatPin->setAccessibleName(tr("Repeat the PIN"));
    m_repeatPin->setPlaceholderText(tr("Repeat the PIN"));
    m_savePin->setText(tr("&Save PIN"));
}

} // namespace vitalis::desktop
