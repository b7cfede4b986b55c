// Bulk register from the review queue, by keyboard: Space checks rows, Ctrl+R asks once (Enter
// confirms, Esc cancels) and registers them; a record whose status changed meanwhile is refused
// with the workflow's reason while the others are registered; the message gives the
// registration numbers once the server sent them. The rule itself (sync::BulkAction) is also
// tested on its own.
#include "RecordsTestSupport.h"
#include "app/desktop/records/ConfirmDialog.h"
#include "app/desktop/records/ReviewQueueModel.h"
#include "app/desktop/records/ReviewQueueScreen.h"
#include "sync/client/BulkAction.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;

namespace
{

class ReviewQueueTest : public ::testing::Test
{
protected:
    void SetUp() override { session = profile.openSession(clock); }
    Record declare(const std::string& first)
    {
        clock.advance(1000); // distinct update times: a stable newest-first order
        return session->records().start(
            session->actor(),
            {"birth", "birth", 1, birthDeclaration(clock, first), RecordAction::Declare});
    }
    // Presses Enter (confirm) or Esc on the next confirmation.
    void answerConfirm(bool confirm, QString* text)
    {
        QTimer::singleShot(20, [this, confirm, text] {
            auto* dialog = qobject_cast<ConfirmDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                answerConfirm(confirm, text);
                return;
            }
            *text = dialog->text();
            QTest::keyClick(dialog, confirm ? Qt::Key_Return : Qt::Key_Escape);
        });
    }
    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile{"local_registrar"};
    std::unique_ptr<DesktopSession> session;
    RecordingNavigator nav;
};

TEST_F(ReviewQueueTest, BulkActionActsOnEachAndCollectsRefusals)
{
    const auto a = declare("Amina"), b = declare("Bwalya"), c = declare("Chanda");
    session->records().act(session->actor(), b.id, RecordAction::Register); // already done
    sync::BulkAction bulk(session->store(), session->records());
    const auto result = bulk.apply(session->actor(), {a.id, b.id, "no-such-record", c.id, a.id},
                                   RecordAction::Register);
    EXPECT_EQ(result.done, (std::vector<std::string>{a.id, c.id}));
    ASSERT_EQ(result.refused.size(), 2u);
    EXPECT_EQ(result.refused[0].recordId, b.id);
    EXPECT_EQ(result.refused[0].trackingId, b.trackingId);
    EXPECT_NE(result.refused[0].reason.find("registered"), std::string::npos)
        << result.refused[0].reason;
    EXPECT_NE(result.refused[1].reason.find("not on this device"), std::string::npos);
    EXPECT_EQ(session->store().records().get(a.id).status, RecordStatus::Registered);
    EXPECT_EQ(session->store().records().get(c.id).status, RecordStatus::Registered);
}

TEST_F(ReviewQueueTest, RegisterSelectedByKeyboard)
{
    const auto a = declare("Amina"), b = declare("Bwalya"), c = declare("Chanda"),
               d = declare("Dalitso");
    ReviewQueueScreen screen(*session, nav);
    screen.resize(1000, 600);
    screen.show();
    screen.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&screen));
    auto* table = screen.table();
    ASSERT_EQ(screen.model()->rowCount(), 4);
    EXPECT_FALSE(screen.registerButton()->isEnabled()) << "nothing checked yet";
    // Newest first: d, c, b, a. Check d, c and b with Space; leave a.
    table->setFocus();
    table->setCurrentIndex(screen.model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Space);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Space);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Space);
    EXPECT_EQ(screen.model()->checkedIds(), (std::vector<std::string>{d.id, c.id, b.id}));
    EXPECT_TRUE(screen.registerButton()->isEnabled());
    EXPECT_TRUE(screen.registerButton()->text().contains(QStringLiteral("3")));

    // Someone (here: this supervisor in another window) sends b back meanwhile.
    session->records().act(session->actor(), b.id, RecordAction::Reject, "photo unreadable");
    QSignalSpy syncs(session.get(), &DesktopSession::syncRequested);
    QString asked;
    answerConfirm(false, &asked); // Esc: nothing happens
    pressShortcut(&screen, Qt::Key_R);
    EXPECT_TRUE(asked.contains(QStringLiteral("Register 3 checked declaration(s)?")))
        << asked.toStdString();
    EXPECT_EQ(session->store().records().get(d.id).status, RecordStatus::Declared);
    EXPECT_EQ(syncs.count(), 0);
    EXPECT_EQ(screen.model()->checkedIds().size(), 3u) << "the checks stay";
    screen.activateWindow(); // the offscreen platform does not give the focus back by itself
    ASSERT_TRUE(QTest::qWaitForWindowActive(&screen));
    answerConfirm(true, &asked);
    pressShortcut(&screen, Qt::Key_R);

    EXPECT_EQ(session->store().records().get(d.id).status, RecordStatus::Registered);
    EXPECT_EQ(session->store().records().get(c.id).status, RecordStatus::Registered);
    EXPECT_EQ(session->store().records().get(b.id).status, RecordStatus::RequiresUpdates);
    EXPECT_EQ(session->store().records().get(a.id).status, RecordStatus::Declared) << "not checked";
    EXPECT_EQ(syncs.count(), 1);
    const auto msg = screen.messageText();
    EXPECT_TRUE(msg.contains(QStringLiteral("2 declaration(s) registered on this device; they will "
                                            "be numbered at the next sync")))
        << msg.toStdString();
    EXPECT_TRUE(msg.contains(QString::fromStdString(tracking_id::display(b.trackingId))))
        << msg.toStdString();
    // The queue now holds only a (declared); b left it (requires updates).
    ASSERT_EQ(screen.model()->rowCount(), 1);
    EXPECT_EQ(screen.model()->record(0).id, a.id);
    EXPECT_TRUE(screen.model()->checkedIds().empty());

    // The next sync brings the numbers: the message names them.
    for (const auto& [rec, number] :
         {std::pair{d, "ALD-2026-000007"}, std::pair{c, "ALD-2026-000008"}}) {
        auto numbered = session->store().records().get(rec.id);
        numbered.registrationNumber = number;
        session->store().records().update(numbered);
    }
    session->notifyManyChanged();
    EXPECT_TRUE(screen.messageText().startsWith(
        QStringLiteral("Registered: ALD-2026-000007, ALD-2026-000008")))
        << screen.messageText().toStdString();

    // Ctrl+Return opens the current record for a full review.
    screen.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&screen));
    table->setCurrentIndex(screen.model()->index(0, 1));
    pressShortcut(&screen, Qt::Key_Return);
    EXPECT_EQ(nav.last(), "open:" + a.id);
}

TEST_F(ReviewQueueTest, ARoleThatCannotRegisterIsNotOfferedTheBulkAction)
{
    GuiTestProfile agentProfile("registration_agent");
    auto agent = agentProfile.openSession(clock);
    agent->records().start(agent->actor(), {"birth", "birth", 1, birthDeclaration(clock, "Amina"),
                                            RecordAction::Declare});
    ReviewQueueScreen screen(*agent, nav);
    screen.show();
    EXPECT_EQ(screen.model()->rowCount(), 1);
    EXPECT_FALSE(screen.registerButton()->isVisible());
}

} // namespace
