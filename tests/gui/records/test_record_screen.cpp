// The record screen for a supervisor, by keyboard: register after confirming (Enter; Esc
// cancels), then "waiting for confirmation" and "numbered at the next sync" until the server's
// number arrives ("Registered: ..."), validate, send back with a reason typed in the reason
// dialog ("Sent back to ..."), the conflict banner (record still editable), refusals shown,
// history with who and what.
#include "RecordsTestSupport.h"
#include "app/desktop/records/ConfirmDialog.h"
#include "app/desktop/records/ReasonDialog.h"
#include "app/desktop/records/RecordHistoryView.h"
#include "app/desktop/records/RecordScreen.h"
#include "app/desktop/session/DiscardDraftDialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <functional>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;

namespace
{

class RecordScreenTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        session = profile.openSession(clock);
        screen = std::make_unique<RecordScreen>(*session, nav);
        screen->resize(1100, 700);
        screen->show();
        screen->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(screen.get()));
    }
    Record declare(const std::string& first)
    {
        return session->records().start(
            session->actor(),
            {"birth", "birth", 1, birthDeclaration(clock, first), RecordAction::Declare});
    }
    // Answers the next reason dialog from the keyboard: types `reason`, then Ctrl+Return.
    void answerReasonDialog(const QString& reason, bool* seen)
    {
        QTimer::singleShot(20, [this, reason, seen] {
            auto* dialog = qobject_cast<ReasonDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                answerReasonDialog(reason, seen); // not up yet
                return;
            }
            *seen = true;
            // Its Ctrl+Return is a window shortcut: the dialog must be the active window.
            dialog->activateWindow();
            EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
            EXPECT_FALSE(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled())
                << "no reason typed yet: OK must wait";
            QTest::keyClicks(dialog->editor(), reason);
            pressShortcut(dialog->editor(), Qt::Key_Return);
        });
    }

    // Answers the next confirmation from the keyboard: Enter confirms, Esc cancels.
    void answerConfirm(bool confirm, QString* text)
    {
        QTimer::singleShot(20, [this, confirm, text] {
            auto* dialog = qobject_cast<ConfirmDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                answerConfirm(confirm, text); // not up yet
                return;
            }
            *text = dialog->text();
            EXPECT_TRUE(dialog->confirmButton()->isDefault()) << "Enter confirms";
            QTest::keyClick(dialog, confirm ? Qt::Key_Return : Qt::Key_Escape);
        });
    }

    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile{"local_registrar"};
    std::unique_ptr<DesktopSession> session;
    RecordingNavigator nav;
    std::unique_ptr<RecordScreen> screen;
};

TEST_F(RecordScreenTest, ShowsEveryValueWithFormLabelsStatusAndTrackingId)
{
    const auto r = declare("Amina");
    screen->showRecord(QString::fromStdString(r.id));
    EXPECT_EQ(screen->statusText().toStdString().find("Declared"), 0u)
        << screen->statusText().toStdString();
    auto* fields = screen->fieldsView();
    QStringList shown;
    for (int p = 0; p < fields->topLevelItemCount(); ++p)
        for (int i = 0; i < fields->topLevelItem(p)->childCount(); ++i)
            shown << fields->topLevelItem(p)->child(i)->text(0) + QStringLiteral("=") +
                         fields->topLevelItem(p)->child(i)->text(1);
    const QString all = shown.join(QLatin1Char('|'));
    // Labels come from the form catalog, values are formatted (names joined, options named).
    EXPECT_TRUE(all.contains(QStringLiteral("=Amina Banda"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("=Female"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("child_name="))) << "label, not the field id";
    EXPECT_GE(shown.size(), 20);
    // History: declared by this user, waiting for the server.
    ASSERT_GE(screen->historyView()->topLevelItemCount(), 1);
    auto* newest = screen->historyView()->topLevelItem(0);
    EXPECT_EQ(newest->text(2), QStringLiteral("Declared"));
    EXPECT_EQ(newest->text(1), QStringLiteral("Test local_registrar"));
    EXPECT_EQ(newest->text(3), QStringLiteral("Waiting for confirmation"));
}

TEST_F(RecordScreenTest, SupervisorRegistersByKeyboardAndSeesWaitingForConfirmation)
{
    const auto r = declare("Bwalya");
    screen->showRecord(QString::fromStdString(r.id));
    ASSERT_NE(screen->actionButton(RecordAction::Register), nullptr);
    ASSERT_NE(screen->actionButton(RecordAction::Reject), nullptr);
    EXPECT_EQ(screen->actionButton(RecordAction::Reinstate), nullptr) << "not from declared";
    QSignalSpy syncs(session.get(), &DesktopSession::syncRequested);
    QSignalSpy changes(session.get(), &DesktopSession::recordChanged);

    // Esc on the question changes nothing.
    QString asked;
    answerConfirm(false, &asked);
    pressShortcut(screen.get(), Qt::Key_R);
    EXPECT_TRUE(asked.contains(QString::fromStdString(tracking_id::display(r.trackingId))))
        << asked.toStdString();
    EXPECT_EQ(session->store().records().get(r.id).status, RecordStatus::Declared);
    EXPECT_EQ(session->store().outbox().forRecord(r.id).size(), 1u);
    EXPECT_EQ(syncs.count(), 0);
    EXPECT_TRUE(screen->resultText().isEmpty());

    // Enter confirms. (The offscreen platform does not give the focus back after a dialog.)
    screen->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(screen.get()));
    answerConfirm(true, &asked);
    pressShortcut(screen.get(), Qt::Key_R);

    const auto after = session->store().records().get(r.id);
    EXPECT_EQ(after.status, RecordStatus::Registered);
    EXPECT_EQ(syncs.count(), 1);
    EXPECT_GE(changes.count(), 1);
    EXPECT_TRUE(screen->statusText().contains(QStringLiteral("waiting for confirmation")))
        << screen->statusText().toStdString();
    EXPECT_TRUE(screen->bannerText().contains(QStringLiteral("waiting for confirmation")))
        << screen->bannerText().toStdString();
    EXPECT_EQ(screen->actionButton(RecordAction::Register), nullptr) << "registered: no more";
    const auto outbox = session->store().outbox().forRecord(r.id);
    ASSERT_EQ(outbox.size(), 2u);
    EXPECT_EQ(outbox.back().kind.name(), "register");
    EXPECT_TRUE(screen->resultText().contains(QStringLiteral("numbered at the next sync")))
        << screen->resultText().toStdString();

    // The server confirms with the number: the banner goes away, the number is said.
    session->store().outbox().markSending(
        std::vector<std::int64_t>{outbox.front().mutationId, outbox.back().mutationId},
        clock.nowMillis());
    session->store().outbox().markResult(outbox.front().mutationId, OutboxState::Applied, "",
                                         clock.nowMillis());
    session->store().outbox().markResult(outbox.back().mutationId, OutboxState::Applied, "",
                                         clock.nowMillis());
    auto numbered = session->store().records().get(r.id);
    numbered.registrationNumber = "ALD-2026-000001";
    session->store().records().update(numbered);
    session->notifyRecordChanged(QString::fromStdString(r.id));
    EXPECT_EQ(screen->resultText(), QStringLiteral("Registered: ALD-2026-000001"));
    EXPECT_FALSE(screen->statusText().contains(QStringLiteral("waiting")));
    EXPECT_EQ(screen->historyView()->topLevelItem(0)->text(3), QStringLiteral("Confirmed"));
}

// Issue 19: a registration the national ID system has not answered says so in words; its
// refusal comes back validated with the ID system's reason.
TEST_F(RecordScreenTest, WaitingForTheNationalIdAndItsRefusalAreShownInWords)
{
    auto r = declare("Kwame");
    r = session->store().records().get(r.id);
    r.status = RecordStatus::Registered;
    r.registrationNumber = "ALD-2026-000007";
    r.nationalIdState = "waiting";
    session->store().records().update(r);
    screen->showRecord(QString::fromStdString(r.id));
    EXPECT_TRUE(screen->statusText().contains(QStringLiteral("waiting for the national ID")))
        << screen->statusText().toStdString();

    r.nationalIdState.clear();
    r.status = RecordStatus::Validated;
    r.registrationNumber.clear();
    r.statusReason = "the mother is unknown to the ID register";
    session->store().records().update(r);
    session->notifyRecordChanged(QString::fromStdString(r.id));
    EXPECT_FALSE(screen->statusText().contains(QStringLiteral("national ID")))
        << screen->statusText().toStdString();
    EXPECT_TRUE(screen->bannerText().contains(
        QStringLiteral("Registration refused by the national ID system: the mother is unknown")))
        << screen->bannerText().toStdString();
}

TEST_F(RecordScreenTest, SendBackAsksForAReasonByKeyboardAndShowsIt)
{
    const auto r = declare("Chanda");
    screen->showRecord(QString::fromStdString(r.id));
    bool dialogSeen = false;
    answerReasonDialog(QStringLiteral("Mother's ID number does not match the card"), &dialogSeen);
    pressShortcut(screen.get(), Qt::Key_B);
    EXPECT_TRUE(dialogSeen);
    const auto after = session->store().records().get(r.id);
    EXPECT_EQ(after.status, RecordStatus::RequiresUpdates);
    EXPECT_EQ(after.statusReason, "Mother's ID number does not match the card");
    EXPECT_TRUE(screen->bannerText().contains(QStringLiteral("does not match the card")));
    const auto outbox = session->store().outbox().forRecord(r.id);
    EXPECT_EQ(outbox.back().kind.name(), "reject");
    EXPECT_EQ(outbox.back().payload.value("reason", ""), after.statusReason);
    EXPECT_TRUE(screen->historyView()
                    ->topLevelItem(0)
                    ->text(RecordHistoryView::Details)
                    .contains(QStringLiteral("does not match")));
    EXPECT_EQ(screen->resultText(), QStringLiteral("Sent back to Test local_registrar"));
    // Editable again for the person who fixes it.
    EXPECT_TRUE(screen->editButton()->isVisible());
}

TEST_F(RecordScreenTest, ValidateAsksFirstAndSaysValidated)
{
    GuiTestProfile agentProfile("registration_agent");
    auto agent = agentProfile.openSession(clock);
    const auto r = agent->records().start(
        agent->actor(),
        {"birth", "birth", 1, birthDeclaration(clock, "Gift"), RecordAction::Declare});
    RecordScreen s(*agent, nav);
    s.resize(1100, 700);
    s.show();
    s.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&s));
    s.showRecord(QString::fromStdString(r.id));
    ASSERT_NE(s.actionButton(RecordAction::Validate), nullptr);
    QString asked;
    answerConfirm(true, &asked);
    QTest::keyClick(&s, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(200);
    EXPECT_TRUE(asked.startsWith(QStringLiteral("Validate"))) << asked.toStdString();
    EXPECT_EQ(agent->store().records().get(r.id).status, RecordStatus::Validated);
    EXPECT_EQ(s.resultText(), QStringLiteral("Validated"));
}

TEST_F(RecordScreenTest, CancellingTheReasonDialogChangesNothing)
{
    const auto r = declare("Dalitso");
    screen->showRecord(QString::fromStdString(r.id));
    QTimer::singleShot(50, [] {
        if (auto* d = QApplication::activeModalWidget())
            QTest::keyClick(d, Qt::Key_Escape);
    });
    pressShortcut(screen.get(), Qt::Key_B);
    EXPECT_EQ(session->store().records().get(r.id).status, RecordStatus::Declared);
    EXPECT_EQ(session->store().outbox().forRecord(r.id).size(), 1u);
}

TEST_F(RecordScreenTest, AnOpenConflictShowsABannerAndTheRecordStaysEditable)
{
    const auto r = declare("Emeka");
    Conflict c;
    c.recordId = r.id;
    c.fieldId = "weight_at_birth";
    c.base = 3.2;
    c.mine = 2.5;
    c.theirs = 3.5;
    c.theirUser = "regagent.ald";
    c.theirAt = clock.nowMillis();
    c.detectedAt = clock.nowMillis();
    session->store().conflicts().add(c);
    screen->showRecord(QString::fromStdString(r.id));
    EXPECT_TRUE(screen->bannerText().contains(QStringLiteral("changed by someone else")))
        << screen->bannerText().toStdString();
    EXPECT_TRUE(screen->editButton()->isVisible()) << "a conflict never locks the record";
    pressShortcut(screen.get(), Qt::Key_K);
    EXPECT_EQ(nav.last(), "conflicts:" + r.id);
    pressShortcut(screen.get(), Qt::Key_E);
    EXPECT_EQ(nav.last(), "edit:" + r.id);
}

TEST_F(RecordScreenTest, AFieldAgentSeesNoSupervisorActions)
{
    GuiTestProfile agentProfile("field_agent");
    auto agent = agentProfile.openSession(clock);
    const auto r = agent->records().start(
        agent->actor(),
        {"birth", "birth", 1, birthDeclaration(clock, "Farai"), RecordAction::Declare});
    RecordScreen s(*agent, nav);
    s.showRecord(QString::fromStdString(r.id));
    EXPECT_EQ(s.actionButton(RecordAction::Register), nullptr);
    EXPECT_EQ(s.actionButton(RecordAction::Reject), nullptr);
    EXPECT_EQ(s.actionButton(RecordAction::Validate), nullptr);
    // A refused action (e.g. asked programmatically) says why and changes nothing.
    EXPECT_FALSE(s.takeAction(RecordAction::Register));
    EXPECT_FALSE(s.bannerText().isEmpty());
    EXPECT_EQ(agent->store().records().get(r.id).status, RecordStatus::Declared);
}

TEST_F(RecordScreenTest, AnUnknownRecordSaysSoInsteadOfCrashing)
{
    screen->showRecord(QStringLiteral("00000000-0000-4000-8000-000000000000"));
    EXPECT_EQ(screen->actionButton(RecordAction::Register), nullptr);
    EXPECT_FALSE(screen->editButton()->isVisible());
}

} // namespace

// Issue 12: a draft never sent can be discarded from its record screen, after a question whose
// default keeps it; nothing of it stays in the store. A sent record offers no such button.
TEST_F(RecordScreenTest, ADraftNeverSentIsDiscardedOnlyAfterConfirmation)
{
    const Record draft = session->records().startDraft(
        session->actor(),
        {"birth", "birth", 1, birthDeclaration(clock, "Zola"), RecordAction::CreateDraft});
    const Record sent = declare("Yaw");
    screen->showRecord(QString::fromStdString(sent.id));
    EXPECT_TRUE(screen->discardButton()->isHidden());
    screen->showRecord(QString::fromStdString(draft.id));
    ASSERT_FALSE(screen->discardButton()->isHidden());

    // Answers the question by keyboard once it is up.
    std::function<void(int, Qt::KeyboardModifiers, bool*, int)> answer =
        [&answer](int key, Qt::KeyboardModifiers mods, bool* seen, int tries) {
            QTimer::singleShot(10, [=, &answer] {
                auto* box = QApplication::activeModalWidget();
                if (!box || box->objectName() != QLatin1String(DiscardDraftDialog::kObjectName)) {
                    if (tries > 0)
                        answer(key, mods, seen, tries - 1);
                    return;
                }
                *seen = true;
                auto* target = static_cast<QWidget*>(box);
                if (key == Qt::Key_Space) // on the Discard button
                    for (auto* b : box->findChildren<QPushButton*>())
                        if (b->text() == QStringLiteral("&Discard draft"))
                            target = b;
                QTest::keyClick(target, static_cast<Qt::Key>(key), mods);
                if (box->isVisible())
                    static_cast<QDialog*>(box)->reject(); // never leave the test hanging
            });
        };
    bool asked = false;
    answer(Qt::Key_Return, Qt::NoModifier, &asked, 100); // Enter: the default keeps the draft
    screen->discardButton()->click();
    EXPECT_TRUE(asked);
    EXPECT_TRUE(session->store().records().exists(draft.id));

    asked = false;
    answer(Qt::Key_Space, Qt::NoModifier, &asked, 100);
    screen->discardButton()->click();
    EXPECT_TRUE(asked);
    EXPECT_FALSE(session->store().records().exists(draft.id));
    EXPECT_TRUE(session->store().outbox().forRecord(draft.id).empty());
    EXPECT_FALSE(session->store().drafts().load(draft.id));
    EXPECT_EQ(nav.last(), "home");
    EXPECT_TRUE(session->store().records().exists(sent.id));
}
