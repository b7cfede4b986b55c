// Offline PIN unlock at start-up and after the idle lock, by keyboard only; five wrong PINs
// lock the profile, and the lockout survives a restart of the application.
#include "ShellTestSupport.h"
#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/shell/IdleLock.h"
#include "app/desktop/shell/LanguageSwitcher.h"
#include "app/desktop/shell/MainWindow.h"
#include "app/desktop/shell/PinForm.h"
#include "app/desktop/shell/SignInWindow.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;

namespace
{

constexpr std::int64_t kNow = 1'763'900'000'000;

struct Laptop {
    Laptop() : keys(std::filesystem::path(dir.path().toStdString()) / "keys")
    {
        guiTestApp();
        languages.apply(QStringLiteral("en")); // plural forms come from shell_en.qm
    }
    LanguageSwitcher languages;
    QString root() const { return dir.path() + QStringLiteral("/profiles"); }
    QTemporaryDir dir;
    FileKeyProvider keys;
    FixedClock clock{kNow};
};

void typePin(SignInWindow& w, const QString& pin)
{
    auto* input = w.findChild<QLineEdit*>(QStringLiteral("pinInput"));
    QTest::keyClicks(input, pin);
    QTest::keyClick(input, Qt::Key_Return);
}

TEST(ShellPin, RightPinUnlocksTheChosenProfileByKeyboard)
{
    Laptop laptop;
    makePinProfile(laptop.root(), laptop.keys, "agent.one", "field_agent", "246813", kNow);
    makePinProfile(laptop.root(), laptop.keys, "agent.two", "field_agent", "975312", kNow);
    SignInWindow w(laptop.keys, laptop.clock, ProfileCatalog(laptop.root()));
    w.show();
    w.start();
    ASSERT_EQ(w.page(), SignInWindow::Page::Choose);
    auto* list = w.findChild<QListWidget*>(QStringLiteral("profileList"));
    ASSERT_EQ(list->count(), 2);
    QTest::keyClick(list, Qt::Key_Down); // the second person on the laptop
    QTest::keyClick(list, Qt::Key_Return);
    ASSERT_EQ(w.page(), SignInWindow::Page::Pin);
    QSignalSpy unlocked(&w, &SignInWindow::unlocked);
    typePin(w, QStringLiteral("246813")); // agent.one's PIN is not agent.two's
    EXPECT_EQ(unlocked.count(), 0);
    EXPECT_TRUE(w.message().contains(QStringLiteral("4 attempts left")))
        << w.message().toStdString();
    typePin(w, QStringLiteral("975312"));
    ASSERT_EQ(unlocked.count(), 1);
    auto store = w.takeStore();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->settings().get("profile.user", ""), "agent.two");
    EXPECT_EQ(store->users().find("agent.two")->failedAttempts, 0); // success resets the count
}

TEST(ShellPin, FiveWrongPinsLockTheProfileAcrossRestarts)
{
    Laptop laptop;
    makePinProfile(laptop.root(), laptop.keys, "agent.one", "field_agent", "246813", kNow);
    {
        SignInWindow w(laptop.keys, laptop.clock, ProfileCatalog(laptop.root()));
        w.show();
        w.start();
        QTest::keyClick(w.findChild<QListWidget*>(QStringLiteral("profileList")), Qt::Key_Return);
        ASSERT_EQ(w.page(), SignInWindow::Page::Pin);
        for (int i = 0; i < 4; ++i)
            typePin(w, QStringLiteral("135792"));
        EXPECT_TRUE(w.message().contains(QStringLiteral("1 attempt left")))
            << w.message().toStdString();
        typePin(w, QStringLiteral("135792"));
        EXPECT_TRUE(w.pinForm().isLockedOut());
        EXPECT_TRUE(w.message().contains(QStringLiteral("locked"))) << w.message().toStdString();
        auto* input = w.findChild<QLineEdit*>(QStringLiteral("pinInput"));
        EXPECT_FALSE(input->isEnabled());
        // Even the right PIN does nothing now.
        QSignalSpy unlocked(&w, &SignInWindow::unlocked);
        typePin(w, QStringLiteral("246813"));
        EXPECT_EQ(unlocked.count(), 0);
    }
    // The application restarts: the lockout was stored in the profile, not in the window.
    SignInWindow again(laptop.keys, laptop.clock, ProfileCatalog(laptop.root()));
    again.show();
    again.start();
    QTest::keyClick(again.findChild<QListWidget*>(QStringLiteral("profileList")), Qt::Key_Return);
    ASSERT_EQ(again.page(), SignInWindow::Page::Pin);
    EXPECT_TRUE(again.pinForm().isLockedOut());
    QSignalSpy unlocked(&again, &SignInWindow::unlocked);
    typePin(again, QStringLiteral("246813"));
    EXPECT_EQ(unlocked.count(), 0);
    // The way out is an online sign-in for the same user.
    QTest::keyClick(again.findChild<QPushButton*>(QStringLiteral("pinOnline")), Qt::Key_Space);
    EXPECT_EQ(again.page(), SignInWindow::Page::Login);
    auto* user = again.findChild<QLineEdit*>(QStringLiteral("loginUsername"));
    EXPECT_EQ(user->text(), QStringLiteral("agent.one"));
    EXPECT_TRUE(user->isReadOnly());
}

TEST(ShellPin, IdleLockHidesTheWorkUntilThePinIsTyped)
{
    FixedClock clock(kNow);
    GuiTestProfile profile("field_agent");
    auto session = profile.openSession(clock);
    session->store().users().setPin(profile.userId(), "246813", kNow);
    LanguageSwitcher languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(*session, languages, nullptr);
    window.show();
    window.openSearch(QStringLiteral("Banda"));
    QWidget* before = window.currentScreen();
    window.idleLock().setTimeout(std::chrono::milliseconds(50));
    ASSERT_TRUE(waitFor([&] { return window.isLocked(); }, 5000));
    auto* lock = window.findChild<PinForm*>(QStringLiteral("lockScreen"));
    auto* input = lock->findChild<QLineEdit*>(QStringLiteral("pinInput"));
    QTest::keyClicks(input, QStringLiteral("000000"));
    QTest::keyClick(input, Qt::Key_Return);
    EXPECT_TRUE(window.isLocked());
    EXPECT_TRUE(lock->message().contains(QStringLiteral("Wrong PIN")));
    QTest::keyClicks(input, QStringLiteral("246813"));
    QTest::keyClick(input, Qt::Key_Return);
    EXPECT_FALSE(window.isLocked());
    EXPECT_EQ(window.currentScreen(), before); // back where the clerk was
}

} // namespace
