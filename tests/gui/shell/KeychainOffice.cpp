#include "KeychainOffice.h"

#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/shell/HomeScreen.h"
#include "app/desktop/shell/MainWindow.h"
#include "app/desktop/shell/SyncStatusBar.h"
#include "core/Workqueue.h"
#include "tests/support/CommandRun.h"

#include <QAbstractItemModel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <csignal>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace std::chrono_literals;

namespace vitalis::test
{
namespace
{

// The keychain's own deadline stays short here: a locked keyring may answer only by timing out.
constexpr auto kKeychainTimeout = std::chrono::seconds(8);

QString runOrFail(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(program, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        ADD_FAILURE() << program.toStdString() << " " << args.join(u' ').toStdString()
                      << " failed: " << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

std::filesystem::path madeDir(const std::filesystem::path& dir)
{
    std::filesystem::create_directories(dir);
    return dir;
}

} // namespace

KeychainOffice::KeychainOffice(const std::string& name)
    : m_dir(test::freshDir(name)), m_server(madeDir(m_dir / "server")),
      m_keys(QStringLiteral("Vitalis"), kKeychainTimeout)
{
    guiTestApp();
    m_server.start();
}

KeychainOffice::~KeychainOffice()
{
    quitApp();
}

QString KeychainOffice::root() const
{
    return QString::fromStdString((m_dir / "profiles").string());
}

void KeychainOffice::startApp()
{
    desktop::AppOptions options;
    options.profilesRoot = root();
    options.defaultServer = QString::fromStdString(m_server.url());
    options.sync.probeInterval = 300ms;
    options.sync.autoSyncInterval = 1h;
    m_app = std::make_unique<desktop::AppController>(m_keys, m_clock, options);
    m_app->start();
}

void KeychainOffice::quitApp()
{
    if (m_app && m_app->sync())
        waitFor([&] { return !m_app->sync()->isRunning(); }, 30000);
    m_app.reset();
    QCoreApplication::processEvents();
}

void KeychainOffice::typeLogin(const std::string& username, const std::string& password)
{
    auto& signIn = m_app->signIn();
    if (signIn.page() == desktop::SignInWindow::Page::Choose)
        QTest::mouseClick(signIn.findChild<QPushButton*>(QStringLiteral("anotherUser")),
                          Qt::LeftButton);
    auto* user = signIn.findChild<QLineEdit*>(QStringLiteral("loginUsername"));
    user->clear();
    QTest::keyClicks(user, QString::fromStdString(username));
    typePassword(password);
}

void KeychainOffice::typePassword(const std::string& password)
{
    auto* field = m_app->signIn().findChild<QLineEdit*>(QStringLiteral("loginPassword"));
    field->clear();
    QTest::keyClicks(field, QString::fromStdString(password));
    QTest::keyClick(field, Qt::Key_Return);
}

bool KeychainOffice::waitLoginDone()
{
    auto& signIn = m_app->signIn();
    return waitFor(
        [&] {
            return !signIn.login().isRunning() &&
                   !signIn.message().startsWith(QStringLiteral("Signing"));
        },
        30000);
}

void KeychainOffice::savePin(const std::string& pin)
{
    auto& signIn = m_app->signIn();
    auto* first = signIn.findChild<QLineEdit*>(QStringLiteral("newPin"));
    auto* repeat = signIn.findChild<QLineEdit*>(QStringLiteral("repeatPin"));
    QTest::keyClicks(first, QString::fromStdString(pin));
    QTest::keyClick(first, Qt::Key_Return);
    QTest::keyClicks(repeat, QString::fromStdString(pin));
    QTest::keyClick(repeat, Qt::Key_Return);
}

void KeychainOffice::firstSignIn(const std::string& username, const std::string& pin, bool keepOpen)
{
    startApp();
    typeLogin(username, kDemoPassword);
    ASSERT_TRUE(waitFor(
        [&] { return m_app->signIn().page() == desktop::SignInWindow::Page::SetPin; }, 30000))
        << m_app->signIn().message().toStdString();
    savePin(pin);
    ASSERT_NE(m_app->mainWindow(), nullptr);
    ASSERT_TRUE(waitSyncOk(1)) << lastError();
    if (!keepOpen)
        quitApp();
}

bool KeychainOffice::unlockWithPin(const std::string& username, const std::string& pin)
{
    auto& signIn = m_app->signIn();
    if (signIn.page() != desktop::SignInWindow::Page::Choose)
        return false;
    const auto all = desktop::ProfileCatalog(root()).list();
    int row = -1;
    for (int i = 0; i < all.size(); ++i)
        if (all[i].username == QString::fromStdString(username))
            row = i;
    if (row < 0)
        return false;
    auto* list = signIn.findChild<QListWidget*>(QStringLiteral("profileList"));
    list->setFocus();
    list->setCurrentRow(row);
    QTest::keyClick(list, Qt::Key_Return);
    if (signIn.page() != desktop::SignInWindow::Page::Pin)
        return false; // e.g. the keyring cannot hand out the profile's key
    auto* input = signIn.findChild<QLineEdit*>(QStringLiteral("pinInput"));
    QTest::keyClicks(input, QString::fromStdString(pin));
    QTest::keyClick(input, Qt::Key_Return);
    return m_app->mainWindow() != nullptr;
}

void KeychainOffice::switchUser()
{
    Q_EMIT m_app->mainWindow()->switchUserRequested();
    waitFor([&] { return m_app->mainWindow() == nullptr; }, 10000);
}

bool KeychainOffice::waitSyncOk(int runs)
{
    auto* sync = m_app->sync();
    if (!sync)
        return false;
    if (!waitFor([&] { return sync->runsFinished() >= runs && !sync->isRunning(); }, 60000))
        return false;
    return sync->lastSummary().ok;
}

std::string KeychainOffice::lastError() const
{
    if (!m_app || !m_app->sync())
        return "no session";
    return m_app->sync()->lastSummary().error.toStdString();
}

QString KeychainOffice::statusLastSync() const
{
    return m_app->mainWindow()->statusWidget().lastSyncText();
}

bool KeychainOffice::queuesShow(const QString& text)
{
    auto& home = m_app->mainWindow()->home();
    auto* table = home.findChild<QTableView*>(QStringLiteral("workqueueTable"));
    for (Workqueue q : workqueuesFor(m_app->session()->actor().role)) {
        home.showQueue(q);
        QCoreApplication::processEvents();
        const auto* model = table->model();
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                if (model->index(r, c).data().toString().contains(text))
                    return true;
    }
    return false;
}

std::string KeychainOffice::notifyFromAnotherLaptop(const std::string& username,
                                                    const std::string& first)
{
    test::TestClient laptop(m_dir / ("laptop-" + username), m_server.url());
    laptop.login(username);
    auto fields = test::notificationFields(1);
    fields["child_name"]["first"] = first;
    const Record r = laptop.notify(fields);
    laptop.syncUntilOk();
    return r.trackingId;
}

std::string KeychainOffice::profileId(const std::string& username) const
{
    return desktop::ProfileCatalog(root())
        .forUsername(QString::fromStdString(username))
        .profileId()
        .toStdString();
}

std::filesystem::path KeychainOffice::profileDatabase(const std::string& username) const
{
    return std::filesystem::path(desktop::ProfileCatalog(root())
                                     .forUsername(QString::fromStdString(username))
                                     .directory.toStdString()) /
           ProfileStore::kDatabaseFile;
}

std::string KeychainOffice::fileBytes(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

int KeychainOffice::verifyWithCli(const std::string& username) const
{
    const auto entry =
        desktop::ProfileCatalog(root()).forUsername(QString::fromStdString(username));
    const CommandRun r =
        runCommand({VITALIS_CLI_BIN, "--profile", entry.profileId().toStdString(), "--profile-dir",
                    entry.directory.toStdString(), "profile", "verify"});
    if (r.code != 0)
        ADD_FAILURE() << r.err;
    return r.code;
}

void KeychainOffice::lockKeyring()
{
    runOrFail(QStringLiteral("dbus-send"),
              {QStringLiteral("--session"), QStringLiteral("--print-reply"),
               QStringLiteral("--dest=org.freedesktop.secrets"),
               QStringLiteral("/org/freedesktop/secrets"),
               QStringLiteral("org.freedesktop.Secret.Service.Lock"),
               QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
}

void KeychainOffice::killKeyring()
{
    const QString reply = runOrFail(
        QStringLiteral("dbus-send"),
        {QStringLiteral("--session"), QStringLiteral("--print-reply"),
         QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
         QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
         QStringLiteral("string:org.freedesktop.secrets")});
    const auto words = reply.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const pid_t pid = words.isEmpty() ? 0 : words.last().trimmed().toInt();
    ASSERT_GT(pid, 1) << reply.toStdString();
    ::kill(pid, SIGKILL);
    waitFor([&] { return ::kill(pid, 0) != 0; }, 5000);
}

void KeychainOffice::restartKeyring()
{
    runOrFail(QStringLiteral("gnome-keyring-daemon"),
              {QStringLiteral("--replace"), QStringLiteral("--unlock"),
               QStringLiteral("--components=secrets")},
              "vitalis-test");
}

} // namespace vitalis::test
