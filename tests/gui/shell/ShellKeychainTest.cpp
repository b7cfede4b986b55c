// The desktop client through the OS keychain, the way a clerk meets it: the default key provider
// (KeychainKeyProvider, service "Vitalis") on a real gnome-keyring, the real server process, the
// real AppController with its sign-in window, sync thread and main window on a real X display.
// ctest runs this binary in a D-Bus session and keyring of its own (with-test-services
// --keyring-only, under xvfb-run), because one case locks and then kills that keyring.
#include "KeychainOffice.h"

#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;

namespace
{

TEST(ShellKeychain, WrongPasswordThenRightSignsInAndTheFirstSyncSucceeds)
{
    KeychainOffice office("keychain-wrong-first");
    office.startApp();
    office.typeLogin("agent.ald", "not-the-password");
    ASSERT_TRUE(office.waitLoginDone());
    EXPECT_EQ(office.app().signIn().message(), QStringLiteral("Wrong username or password."));
    office.typePassword("vitalis-demo");
    ASSERT_TRUE(
        waitFor([&] { return office.app().signIn().page() == SignInWindow::Page::SetPin; }, 30000))
        << office.app().signIn().message().toStdString();
    office.savePin("482916");
    ASSERT_NE(office.app().mainWindow(), nullptr);
    ASSERT_TRUE(office.waitSyncOk(1)) << office.lastError();
    EXPECT_NE(office.statusLastSync(), QStringLiteral("Never synced"));
}

TEST(ShellKeychain, RightPasswordFirstTimeSyncsTheNotificationFromTheFieldLaptop)
{
    KeychainOffice office("keychain-right-first");
    const std::string tracking = office.notifyFromAnotherLaptop("agent.ald", "Amara");
    office.startApp();
    office.typeLogin("agent.ald", "vitalis-demo");
    ASSERT_TRUE(
        waitFor([&] { return office.app().signIn().page() == SignInWindow::Page::SetPin; }, 30000))
        << office.app().signIn().message().toStdString();
    office.savePin("482916");
    ASSERT_TRUE(office.waitSyncOk(1)) << office.lastError();
    // What the clerk sees: the notification in one of the home screen's queues, by name.
    EXPECT_TRUE(office.queuesShow(QStringLiteral("Amara"))) << tracking;
}

// Quit, start, PIN, sync, quit: two users on one laptop, every third round through File >
// Switch user. Each round is a fresh AppController (what a restart of the program builds),
// with the keychain's state carried over as in one long-running desktop session.
TEST(ShellKeychain, ManyRoundsOfRestartPinUnlockAndSyncNeverCrash)
{
    const int rounds = qEnvironmentVariableIntValue("VITALIS_KEYCHAIN_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("VITALIS_KEYCHAIN_ROUNDS")
                           : 50;
    KeychainOffice office("keychain-rounds");
    office.firstSignIn("agent.ald", "482916");
    office.firstSignIn("agent.bre", "975312");
    const std::map<std::string, std::string> pins = {{"agent.ald", "482916"},
                                                     {"agent.bre", "975312"}};
    for (int round = 0; round < rounds; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        const std::string user = round % 2 ? "agent.bre" : "agent.ald";
        office.startApp();
        ASSERT_TRUE(office.unlockWithPin(user, pins.at(user)))
            << office.app().signIn().message().toStdString();
        ASSERT_TRUE(office.waitSyncOk(1)) << office.lastError();
        if (round % 3 == 2) {
            const std::string other = user == "agent.ald" ? "agent.bre" : "agent.ald";
            office.switchUser();
            ASSERT_TRUE(office.unlockWithPin(other, pins.at(other)))
                << office.app().signIn().message().toStdString();
            ASSERT_TRUE(office.waitSyncOk(1)) << office.lastError();
        }
        office.quitApp();
    }
}

TEST(ShellKeychain, LockedThenKilledKeyringSaysSoAndTouchesNothing)
{
    KeychainOffice office("keychain-locked");
    office.firstSignIn("agent.bre", "975312");
    const auto breDb = office.profileDatabase("agent.bre");
    office.firstSignIn("agent.ald", "482916", /*keepOpen=*/true);
    const auto bytesBefore = KeychainOffice::fileBytes(breDb);

    office.lockKeyring();
    // The open session keeps working: its key was read once, at unlock.
    const int runs = office.app().sync()->runsFinished();
    office.app().sync()->requestSync();
    ASSERT_TRUE(office.waitSyncOk(runs + 1)) << office.lastError();

    // Another profile needs the keychain: a clear message, no crash, no new key.
    office.switchUser();
    EXPECT_FALSE(office.unlockWithPin("agent.bre", "975312"));
    EXPECT_EQ(office.app().signIn().page(), SignInWindow::Page::Choose);
    EXPECT_TRUE(office.app().signIn().message().contains(QStringLiteral("keyring")))
        << office.app().signIn().message().toStdString();

    office.killKeyring();
    EXPECT_FALSE(office.unlockWithPin("agent.bre", "975312"));
    EXPECT_TRUE(office.app().signIn().message().contains(QStringLiteral("keyring")))
        << office.app().signIn().message().toStdString();
    office.quitApp();

    EXPECT_EQ(KeychainOffice::fileBytes(breDb), bytesBefore) << "the database was touched";
    // The keyring back (a new daemon over the same files): the entry is the one made at the
    // first sign-in and opens the profile. Checked by another process, as a restarted client
    // would (libsecret keeps its session with the killed daemon inside this one).
    office.restartKeyring();
    EXPECT_EQ(office.verifyWithCli("agent.bre"), 0) << "the keychain entry was replaced or lost";
}

} // namespace
