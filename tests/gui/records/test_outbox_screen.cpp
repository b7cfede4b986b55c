// The outbox screen: every item with its state, attempts and last error; retry (selected and
// all) puts waiting items back in line and asks for a sync; a rejected item offers "Open and
// fix" (the form), a conflict "Decide"; the list follows the session's change signals.
#include "RecordsTestSupport.h"
#include "app/desktop/records/OutboxModel.h"
#include "app/desktop/records/OutboxScreen.h"
#include "sync/client/OutboxRetry.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;

namespace
{

class OutboxScreenTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        session = profile.openSession(clock);
        auto& ob = session->store().outbox();
        applied = declare("Amina");
        rejected = declare("Bwalya");
        waiting = declare("Chanda");
        queued = declare("Dalitso");
        const auto id = [&](const Record& r) { return ob.forRecord(r.id).front().mutationId; };
        const std::vector<std::int64_t> sent = {id(applied), id(rejected), id(waiting)};
        ob.markSending(sent, clock.nowMillis());
        ob.markResult(id(applied), OutboxState::Applied, "", clock.nowMillis());
        ob.markResult(id(rejected), OutboxState::Rejected,
                      "/fields/birth_facility: unknown facility 'HF-NOWHERE'", clock.nowMillis());
        ob.markRetry(id(waiting), "could not connect to the server (connection refused)",
                     clock.nowMillis() + 30'000, clock.nowMillis());
    }
    Record declare(const std::string& first)
    {
        return session->records().start(
            session->actor(),
            {"birth", "birth", 1, birthDeclaration(clock, first), RecordAction::Declare});
    }
    int rowOf(OutboxScreen& s, const Record& r)
    {
        for (int i = 0; i < s.model()->rowCount(); ++i)
            if (s.model()->entry(i).recordId == r.id)
                return i;
        return -1;
    }
    QString cell(OutboxScreen& s, int row, int col)
    {
        return s.model()->data(s.model()->index(row, col), Qt::DisplayRole).toString();
    }

    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile{"field_agent"};
    std::unique_ptr<DesktopSession> session;
    RecordingNavigator nav;
    Record applied, rejected, waiting, queued;
};

TEST_F(OutboxScreenTest, ShowsEveryStateAttemptsAndTheLastError)
{
    OutboxScreen s(*session, nav);
    ASSERT_EQ(s.model()->rowCount(), 4);
    const int rej = rowOf(s, rejected);
    EXPECT_EQ(cell(s, rej, OutboxModel::State), QStringLiteral("Rejected"));
    EXPECT_TRUE(cell(s, rej, OutboxModel::LastError).contains(QStringLiteral("HF-NOWHERE")));
    EXPECT_EQ(cell(s, rej, OutboxModel::Attempts), QStringLiteral("1"));
    // The record is named by tracking ID and name, not by its UUID.
    EXPECT_TRUE(cell(s, rej, OutboxModel::Record)
                    .contains(QString::fromStdString(tracking_id::display(rejected.trackingId))));
    EXPECT_TRUE(cell(s, rej, OutboxModel::Record).contains(QStringLiteral("Bwalya Banda")));
    EXPECT_EQ(cell(s, rowOf(s, applied), OutboxModel::State), QStringLiteral("Applied"));
    EXPECT_EQ(cell(s, rowOf(s, waiting), OutboxModel::State), QStringLiteral("Waiting to retry"));
    EXPECT_EQ(cell(s, rowOf(s, queued), OutboxModel::State), QStringLiteral("Queued"));
    EXPECT_TRUE(s.summaryText().contains(QStringLiteral("1 rejected")))
        << s.summaryText().toStdString();
    EXPECT_TRUE(s.summaryText().contains(QStringLiteral("2 waiting")))
        << s.summaryText().toStdString();
    // Selecting the rejected row shows the error and what to do.
    selectOnly(s.table(), rej);
    EXPECT_TRUE(s.detailsLabel()->text().contains(QStringLiteral("HF-NOWHERE")));
    EXPECT_TRUE(s.detailsLabel()->text().contains(QStringLiteral("fix it")));
}

TEST_F(OutboxScreenTest, RetrySelectedPutsAWaitingItemBackInLineAndAsksForASync)
{
    OutboxScreen s(*session, nav);
    s.resize(1000, 600);
    s.show();
    s.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&s));
    selectOnly(s.table(), rowOf(s, rejected));
    EXPECT_FALSE(s.retrySelectedButton()->isEnabled()) << "the server answered: nothing to retry";
    selectOnly(s.table(), rowOf(s, waiting));
    EXPECT_TRUE(s.retrySelectedButton()->isEnabled());
    QSignalSpy syncs(session.get(), &DesktopSession::syncRequested);
    pressShortcut(&s, Qt::Key_R);
    EXPECT_EQ(syncs.count(), 1);
    const auto e = session->store().outbox().forRecord(waiting.id).front();
    EXPECT_EQ(e.state, OutboxState::Queued);
    EXPECT_EQ(e.nextAttemptAt, 0);
    EXPECT_EQ(e.lastError, "could not connect to the server (connection refused)")
        << "the last error stays visible until the next answer";
    // The screen refreshed itself (session signal) and kept the selection.
    EXPECT_EQ(cell(s, rowOf(s, waiting), OutboxModel::State), QStringLiteral("Queued"));
    EXPECT_EQ(s.table()->selectionModel()->selectedRows().size(), 1);
    // Applied/rejected items are not re-sent by a retry.
    const auto r =
        sync::OutboxRetry(session->store(), clock)
            .retry({session->store().outbox().forRecord(rejected.id).front().mutationId});
    EXPECT_TRUE(r.requeued.empty());
    ASSERT_EQ(r.notRetryable.size(), 1u);
    EXPECT_EQ(session->store().outbox().forRecord(rejected.id).front().state,
              OutboxState::Rejected);
}

TEST_F(OutboxScreenTest, RetryAllRequeuesEveryWaitingItem)
{
    OutboxScreen s(*session, nav);
    QSignalSpy syncs(session.get(), &DesktopSession::syncRequested);
    s.retryAll();
    EXPECT_EQ(syncs.count(), 1);
    EXPECT_EQ(session->store().outbox().forRecord(waiting.id).front().state, OutboxState::Queued);
    EXPECT_EQ(session->store().outbox().forRecord(applied.id).front().state, OutboxState::Applied);
}

TEST_F(OutboxScreenTest, OpenAndFixNavigatesToTheFormForARejectedItem)
{
    OutboxScreen s(*session, nav);
    s.resize(1000, 600);
    s.show();
    s.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&s));
    selectOnly(s.table(), rowOf(s, waiting));
    EXPECT_FALSE(s.openAndFixButton()->isEnabled());
    selectOnly(s.table(), rowOf(s, rejected));
    ASSERT_TRUE(s.openAndFixButton()->isEnabled());
    pressShortcut(&s, Qt::Key_O);
    EXPECT_EQ(nav.last(), "edit:" + rejected.id);
}

TEST_F(OutboxScreenTest, FollowsTheSessionsChangeSignals)
{
    OutboxScreen s(*session, nav);
    ASSERT_EQ(s.model()->rowCount(), 4);
    const auto more = declare("Emeka");
    session->notifyRecordChanged(QString::fromStdString(more.id));
    EXPECT_EQ(s.model()->rowCount(), 5);
    EXPECT_EQ(s.model()->entry(4).recordId, more.id);
}

} // namespace
