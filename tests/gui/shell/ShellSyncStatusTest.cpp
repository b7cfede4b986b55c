// The sync corner of the status bar against the real vitalis-server process: online/offline
// follows real requests and a 10 s probe, F5 while offline says why nothing happens, a run
// shows "Sending 12 of 55" with bytes and can be cancelled, and failures are said in words.
#include "ShellTestSupport.h"
#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/shell/AppController.h"
#include "app/desktop/shell/ConnectivityMonitor.h"
#include "app/desktop/shell/HomeScreen.h"
#include "app/desktop/shell/MainWindow.h"
#include "app/desktop/shell/SignInWindow.h"
#include "app/desktop/shell/SyncStatusBar.h"
#include "tests/support/SyncTest.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;
using namespace std::chrono_literals;

namespace
{

// Online sign-in as agent.ald through the shell's own screens, then the offline PIN; returns
// once the first sync (which starts by itself) has finished.
void signIn(AppController& app)
{
    app.start();
    auto& signIn = app.signIn();
    QTest::keyClicks(signIn.findChild<QLineEdit*>(QStringLiteral("loginUsername")),
                     QStringLiteral("agent.ald"));
    auto* password = signIn.findChild<QLineEdit*>(QStringLiteral("loginPassword"));
    QTest::keyClicks(password, QStringLiteral("vitalis-demo"));
    QTest::keyClick(password, Qt::Key_Return);
    ASSERT_TRUE(waitFor([&] { return signIn.page() == SignInWindow::Page::SetPin; }, 30000))
        << signIn.message().toStdString();
    for (const char* name : {"newPin", "repeatPin"}) {
        auto* pin = signIn.findChild<QLineEdit*>(QLatin1String(name));
        QTest::keyClicks(pin, QStringLiteral("482916"));
        QTest::keyClick(pin, Qt::Key_Return);
    }
    ASSERT_NE(app.mainWindow(), nullptr);
    auto& sync = *app.sync();
    ASSERT_TRUE(waitFor([&] { return sync.runsFinished() >= 1 && !sync.isRunning(); }, 30000));
    ASSERT_TRUE(sync.lastSummary().ok) << sync.lastSummary().error.toStdString();
}

AppOptions optionsFor(const std::filesystem::path& dir, const std::string& server)
{
    AppOptions options;
    options.profilesRoot = QString::fromStdString((dir / "profiles").string());
    options.defaultServer = QString::fromStdString(server);
    options.sync.autoSyncInterval = 1h; // runs start only when a test or the link asks
    return options;
}

TEST(ShellSyncStatus, OfflineWithinSecondsOfTheServerGoingAndF5SaysWhy)
{
    guiTestApp();
    const auto dir = test::freshDir("gui-shell-status");
    std::filesystem::create_directories(dir / "server");
    test::ServerProcess server(dir / "server");
    server.start();
    FileKeyProvider keys(dir / "keys");
    SystemClock clock;
    auto options = optionsFor(dir, server.url());
    EXPECT_LE(options.sync.probeInterval, 10s); // the default: a quiet window notices in seconds
    AppController app(keys, clock, options);
    signIn(app);
    auto& sync = *app.sync();
    auto& window = *app.mainWindow();
    auto& status = window.statusWidget();
    ASSERT_TRUE(sync.isOnline());

    // Nothing is sent while the window sits idle: only the probe can notice.
    server.stop();
    QElapsedTimer waited;
    waited.start();
    ASSERT_TRUE(waitFor([&] { return !sync.isOnline(); }, 15000));
    EXPECT_LT(waited.elapsed(), 12000);
    EXPECT_TRUE(status.onlineText().contains(QStringLiteral("Offline")));
    EXPECT_EQ(status.problemText(), QString()); // the indicator says it; no second sentence

    const int runs = sync.runsFinished();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F5);
    QCoreApplication::processEvents();
    EXPECT_FALSE(sync.isRunning());
    EXPECT_EQ(sync.runsFinished(), runs);
    EXPECT_EQ(status.problemText(),
              QStringLiteral("No connection to the server: your work is kept and will be sent when "
                             "the connection returns. The server could not be reached."));
    EXPECT_FALSE(status.problemText().contains(QStringLiteral("curl"), Qt::CaseInsensitive));
}

TEST(ShellSyncStatus, RealRequestsMoveTheIndicatorAtOnceAndFailuresAreSaidInWords)
{
    guiTestApp();
    const auto dir = test::freshDir("gui-shell-status");
    std::filesystem::create_directories(dir / "server");
    test::ServerProcess server(dir / "server");
    server.start();
    FileKeyProvider keys(dir / "keys");
    SystemClock clock;
    auto options = optionsFor(dir, server.url());
    options.sync.probeInterval = 1h; // only real requests may move the indicator here
    AppController app(keys, clock, options);
    signIn(app);
    auto& sync = *app.sync();
    auto& status = app.mainWindow()->statusWidget();
    // The sign-in brought the server's reference data: the office by name, never "OFF-ALD".
    EXPECT_EQ(app.session()->officeName("OFF-ALD"), QStringLiteral("Aldmoor Civil Registry"));
    EXPECT_TRUE(
        app.mainWindow()->home().officeText().contains(QStringLiteral("Aldmoor Civil Registry")));
    EXPECT_FALSE(app.mainWindow()->home().officeText().contains(QStringLiteral("OFF-")));
    bool onlineWhenFinished = true;
    QObject::connect(&sync, &SyncController::finished, &sync,
                     [&] { onlineWhenFinished = sync.isOnline(); });

    server.stop();
    Q_EMIT app.session()->syncRequested(); // e.g. a declaration: a real request fails
    ASSERT_TRUE(waitFor([&] { return sync.runsFinished() >= 2 && !sync.isRunning(); }, 30000));
    EXPECT_FALSE(onlineWhenFinished); // offline as the run ends, not at some later probe
    EXPECT_EQ(sync.lastSummary().errorKind, sync::SyncError::Kind::Network);
    EXPECT_EQ(sync.lastSummary().errorCode, QStringLiteral("connect"));
    EXPECT_EQ(sync.connectivity().lastProblem(), QStringLiteral("connect"));

    server.restart();
    sync.requestSync();
    ASSERT_TRUE(waitFor([&] { return sync.runsFinished() >= 3 && !sync.isRunning(); }, 30000));
    EXPECT_TRUE(sync.lastSummary().ok) << sync.lastSummary().error.toStdString();
    EXPECT_TRUE(onlineWhenFinished); // the answered request turned it online, no probe needed
    EXPECT_TRUE(status.onlineText().contains(QStringLiteral("Online")));
}

TEST(ShellSyncStatus, ProgressCountsOpsAndBytesAndCancelKeepsTheWork)
{
    guiTestApp();
    const auto dir = test::freshDir("gui-shell-status");
    std::filesystem::create_directories(dir / "server");
    test::ServerProcess server(dir / "server");
    server.start();
    test::FaultProxy proxy(dir, server.port());
    FileKeyProvider keys(dir / "keys");
    SystemClock clock;
    auto options = optionsFor(dir, proxy.url());
    options.sync.probeInterval = 1h;
    AppController app(keys, clock, options);
    signIn(app);
    auto& session = *app.session();
    auto& sync = *app.sync();
    auto& window = *app.mainWindow();
    auto& status = window.statusWidget();
    for (int i = 0; i < 55; ++i)
        session.records().start(session.actor(),
                                {"birth", "birth", 1,
                                 birthDeclaration(clock, "Amina" + std::to_string(i)),
                                 RecordAction::Declare});
    session.notifyRecordChanged({});
    ASSERT_EQ(status.waitingCount(), 55);
    QStringList shown;
    QObject::connect(&sync, &SyncController::progressDetail, &sync,
                     [&] { shown << status.progressText(); });

    proxy.send("bandwidth 2000"); // a slow link: the push takes seconds
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F5);
    // While the one push request crawls, the bytes handed to the link already show.
    ASSERT_TRUE(waitFor(
        [&] {
            return status.progressText().contains(
                QRegularExpression(QStringLiteral("^Sending 0 of 55 · [0-9.]+ KB sent")));
        },
        20000))
        << status.progressText().toStdString();
    EXPECT_TRUE(sync.isRunning());
    ASSERT_TRUE(status.cancelButton().isVisible());
    EXPECT_EQ(status.cancelButton().text(), QStringLiteral("Cancel sync"));
    QTest::mouseClick(&status.cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return !sync.isRunning(); }, 10000));
    EXPECT_EQ(sync.lastSummary().errorKind, sync::SyncError::Kind::Cancelled);
    EXPECT_FALSE(status.cancelButton().isVisible());
    EXPECT_EQ(
        status.problemText(),
        QStringLiteral("Sync cancelled. Your work is kept and will be sent at the next sync."));
    EXPECT_EQ(status.waitingCount(), 55);

    proxy.send("reset");
    shown.clear();
    QTest::keyClick(&window, Qt::Key_F5);
    ASSERT_TRUE(waitFor([&] { return sync.runsFinished() >= 3 && !sync.isRunning(); }, 30000));
    ASSERT_TRUE(sync.lastSummary().ok) << sync.lastSummary().error.toStdString();
    EXPECT_EQ(status.waitingCount(), 0);
    EXPECT_EQ(status.problemText(), QString());
    const QString all = shown.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("Sending 0 of 55 · "))) << all.toStdString();
    EXPECT_TRUE(all.contains(QRegularExpression(
        QStringLiteral("Sending 55 of 55 · [0-9.,]+ (KB|MB) sent, [0-9.,]+ (KB|MB) received"))))
        << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("iB"))) << all.toStdString(); // no KiB / MiB
}

} // namespace
