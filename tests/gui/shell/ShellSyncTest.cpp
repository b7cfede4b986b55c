// Offline -> online against the real vitalis-server process: first-run sign-in through the
// shell's own sign-in screens (online login, then the offline PIN), the server stops, three
// declarations are made offline, the server comes back and the shell syncs them on its own;
// the status bar and the queues show it.
#include "ShellTestSupport.h"
#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/shell/AppController.h"
#include "app/desktop/shell/HomeScreen.h"
#include "app/desktop/shell/MainWindow.h"
#include "app/desktop/shell/SignInWindow.h"
#include "app/desktop/shell/SyncStatusBar.h"
#include "tests/support/SyncTest.h"

#include <QLineEdit>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;
using namespace std::chrono_literals;

namespace
{

TEST(ShellSync, DeclarationsMadeOfflineSyncAutomaticallyWhenTheServerIsBack)
{
    guiTestApp();
    const auto dir = test::freshDir("gui-shell");
    std::filesystem::create_directories(dir / "server");
    test::ServerProcess server(dir / "server");
    server.start();
    FileKeyProvider keys(dir / "keys");
    SystemClock clock;
    AppOptions options;
    options.profilesRoot = QString::fromStdString((dir / "profiles").string());
    options.defaultServer = QString::fromStdString(server.url());
    options.sync.probeInterval = 300ms;
    options.sync.autoSyncInterval = 1h; // only the connection coming back may trigger it
    AppController app(keys, clock, options);
    app.start();

    // First run on this laptop: straight to the online sign-in, server address prefilled.
    auto& signIn = app.signIn();
    ASSERT_EQ(signIn.page(), SignInWindow::Page::Login);
    EXPECT_EQ(signIn.findChild<QLineEdit*>(QStringLiteral("loginServer"))->text(),
              options.defaultServer);
    QTest::keyClicks(signIn.findChild<QLineEdit*>(QStringLiteral("loginUsername")),
                     QStringLiteral("agent.ald"));
    auto* password = signIn.findChild<QLineEdit*>(QStringLiteral("loginPassword"));
    QTest::keyClicks(password, QStringLiteral("wrong-password"));
    QTest::keyClick(password, Qt::Key_Return);
    ASSERT_TRUE(waitFor(
        [&] {
            return !signIn.login().isRunning() &&
                   !signIn.message().startsWith(QStringLiteral("Signing"));
        },
        30000));
    EXPECT_EQ(signIn.page(), SignInWindow::Page::Login);
    EXPECT_EQ(signIn.message(), QStringLiteral("Wrong username or password."));
    QTest::keyClicks(password, QStringLiteral("vitalis-demo"));
    QTest::keyClick(password, Qt::Key_Return);
    ASSERT_TRUE(waitFor([&] { return signIn.page() == SignInWindow::Page::SetPin; }, 30000))
        << signIn.message().toStdString();
    auto* newPin = signIn.findChild<QLineEdit*>(QStringLiteral("newPin"));
    auto* repeat = signIn.findChild<QLineEdit*>(QStringLiteral("repeatPin"));
    QTest::keyClicks(newPin, QStringLiteral("123456")); // a run: refused with the reason
    QTest::keyClick(newPin, Qt::Key_Return);
    QTest::keyClicks(repeat, QStringLiteral("123456"));
    QTest::keyClick(repeat, Qt::Key_Return);
    EXPECT_EQ(signIn.page(), SignInWindow::Page::SetPin);
    EXPECT_TRUE(signIn.message().contains(QStringLiteral("cannot be used")));
    QTest::keyClicks(newPin, QStringLiteral("482916"));
    QTest::keyClick(newPin, Qt::Key_Return);
    QTest::keyClicks(repeat, QStringLiteral("482916"));
    QTest::keyClick(repeat, Qt::Key_Return);
    ASSERT_NE(app.mainWindow(), nullptr);
    auto& session = *app.session();
    auto& sync = *app.sync();
    auto& status = app.mainWindow()->statusWidget();
    EXPECT_EQ(session.actor().officeId, "OFF-ALD");

    // Connected: the first sync runs by itself.
    ASSERT_TRUE(waitFor([&] { return sync.runsFinished() >= 1 && !sync.isRunning(); }, 30000));
    EXPECT_TRUE(sync.lastSummary().ok) << sync.lastSummary().error.toStdString();

    server.stop();
    ASSERT_TRUE(waitFor([&] { return !sync.isOnline(); }, 10000));
    EXPECT_TRUE(status.onlineText().contains(QStringLiteral("Offline")));
    for (const char* name : {"Amina", "Bwalya", "Chanda"})
        session.records().start(
            session.actor(),
            {"birth", "birth", 1, birthDeclaration(clock, name), RecordAction::Declare});
    session.notifyRecordChanged({});
    QCoreApplication::processEvents();
    EXPECT_EQ(status.waitingCount(), 3);
    EXPECT_EQ(status.waitingText(), QStringLiteral("3 changes waiting to be sent"));
    const int runsOffline = sync.runsFinished();

    server.restart();
    ASSERT_TRUE(waitFor([&] { return status.waitingCount() == 0 && !sync.isRunning(); }, 60000))
        << sync.lastSummary().error.toStdString();
    EXPECT_GT(sync.runsFinished(), runsOffline);
    EXPECT_TRUE(sync.lastSummary().ok) << sync.lastSummary().error.toStdString();
    auto counts = session.store().outbox().countByState();
    EXPECT_EQ(counts[OutboxState::Applied], 3);
    QCoreApplication::processEvents();
    EXPECT_TRUE(status.onlineText().contains(QStringLiteral("Online")));
    EXPECT_EQ(status.waitingText(), QStringLiteral("0 changes waiting to be sent"));
    EXPECT_NE(status.lastSyncText(), QStringLiteral("Never synced"));
    ASSERT_TRUE(waitFor(
        [&] { return app.mainWindow()->home().count(Workqueue::SentForReview) == 3; }, 5000));
    EXPECT_EQ(app.mainWindow()->home().count(Workqueue::Outbox), 0);
    // The records carry the server's revision now.
    for (const auto& rec :
         session.store().records().workqueue({{RecordStatus::Declared}, "", 10, {}}).records)
        EXPECT_GT(rec.serverRevision, 0);
}

} // namespace
