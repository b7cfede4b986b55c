// A correction of a registered record, by keyboard (issue 15): the registration agent opens
// "Request correction…" (Ctrl+Shift+E) on the record, changes the child's first name in the
// form (correction mode), finishes with Ctrl+Return twice, says why in the reason dialog, and
// sees the request on the record screen with the name before and after, while the record keeps
// its registered values until a registrar approves.
#include "RecordsTestSupport.h"
#include "app/desktop/form/CorrectionReasonDialog.h"
#include "app/desktop/form/DeclarationScreen.h"
#include "app/desktop/form/FieldEditor.h"
#include "app/desktop/records/CorrectionsPane.h"
#include "app/desktop/records/RecordScreen.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;

namespace
{

class CorrectionsScreenTest : public ::testing::Test
{
protected:
    void SetUp() override { session = profile.openSession(clock); }

    // A birth the server has registered: its copy as a pull brings it, nothing left to send.
    Record registeredBirth()
    {
        const Record r = session->records().start(
            session->actor(),
            {"birth", "birth", 1, birthDeclaration(clock, "Amina"), RecordAction::Declare});
        auto& outbox = session->store().outbox();
        std::vector<std::int64_t> ids;
        for (const auto& e : outbox.forRecord(r.id))
            ids.push_back(e.mutationId);
        outbox.markSending(ids, clock.nowMillis());
        for (auto id : ids)
            outbox.markResult(id, OutboxState::Applied, "", clock.nowMillis());
        Record server = session->store().records().get(r.id);
        server.status = RecordStatus::Registered;
        server.serverRevision = 3;
        server.registrationNumber = "ALD-2026-000007";
        session->store().records().saveServerCopy(server);
        return server;
    }

    // Answers the correction dialog from the keyboard: a reason from the list (Down), the
    // explanation, Ctrl+Return.
    void answerReasonDialog(const QString& text, bool* seen)
    {
        QTimer::singleShot(20, [this, text, seen] {
            auto* dialog = qobject_cast<CorrectionReasonDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                answerReasonDialog(text, seen); // not up yet
                return;
            }
            *seen = true;
            dialog->activateWindow();
            EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
            EXPECT_FALSE(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled())
                << "no explanation yet: OK must wait";
            dialog->reasons()->setFocus();
            EXPECT_EQ(dialog->reasonCode(), QStringLiteral("spelling"));
            QTest::keyClick(dialog->reasons(), Qt::Key_Down);
            QTest::keyClick(dialog->reasons(), Qt::Key_Up); // back to "Spelling mistake"
            QTest::keyClick(dialog->reasons(), Qt::Key_Tab);
            QTest::keyClicks(dialog->editor(), text);
            QTest::keyClick(dialog->editor(), Qt::Key_Return, Qt::ControlModifier);
        });
    }

    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile{"registration_agent"};
    std::unique_ptr<DesktopSession> session;
    RecordingNavigator nav;
};

TEST_F(CorrectionsScreenTest, RequestedByKeyboardAndShownOnTheRecordWithBeforeAndAfter)
{
    const Record r = registeredBirth();
    const QString id = QString::fromStdString(r.id);

    RecordScreen screen(*session, nav);
    screen.resize(1100, 700);
    screen.show();
    screen.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&screen));
    screen.showRecord(id);
    ASSERT_NE(screen.actionButton(RecordAction::RequestCorrection), nullptr);
    EXPECT_EQ(screen.actionButton(RecordAction::Correct), nullptr) << "a registrar's button";
    EXPECT_EQ(screen.editButton()->isVisible(), false) << "registered: no plain edit";
    EXPECT_FALSE(screen.corrections()->isVisible());
    pressShortcut(&screen, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(nav.last(), "request-correction:" + r.id);

    // The form in correction mode, as MainWindow opens it.
    DeclarationScreen form(*session, nav);
    form.resize(1100, 800);
    form.show();
    form.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&form));
    form.correctRecord(id, false);
    ASSERT_TRUE(form.correcting());
    auto* firstName = form.editorFor("child_name")->focusTarget();
    firstName->setFocus(Qt::TabFocusReason);
    QTest::keyClick(firstName, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(firstName, QStringLiteral("Aminah"));
    // Nothing is kept while typing: the registered record is as it was.
    EXPECT_EQ(session->store().records().get(r.id).fields["child_name"]["first"], "Amina");

    QTest::keyClick(firstName, Qt::Key_Return, Qt::ControlModifier); // review
    ASSERT_EQ(form.currentPage(), -1);
    bool asked = false;
    answerReasonDialog(QStringLiteral("The mother's ID card says Aminah"), &asked);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &form,
                    Qt::Key_Return, Qt::ControlModifier); // finish: asks why
    ASSERT_TRUE(asked);
    ASSERT_EQ(nav.last(), "open:" + r.id);
    EXPECT_FALSE(form.correcting());

    // One op, the proposal in it; the record keeps its registered values and number.
    const Record after = session->store().records().get(r.id);
    EXPECT_EQ(after.fields, r.fields);
    EXPECT_EQ(after.status, RecordStatus::Registered);
    EXPECT_EQ(after.registrationNumber, "ALD-2026-000007");
    const auto ops = session->store().outbox().forRecord(r.id);
    ASSERT_FALSE(ops.empty());
    EXPECT_EQ(ops.back().kind.name(), "request_correction");
    EXPECT_EQ(ops.back().payload.value("reason_code", ""), "spelling");
    EXPECT_EQ(ops.back().changes["child_name"]["value"]["first"], "Aminah");

    // On the record: the request with the name before and after.
    screen.showRecord(id);
    auto* pane = screen.corrections();
    ASSERT_TRUE(pane->isVisible());
    ASSERT_EQ(pane->count(), 1);
    auto* top = pane->tree()->topLevelItem(0);
    ASSERT_NE(top, nullptr);
    EXPECT_TRUE(top->text(0).contains(QStringLiteral("The mother's ID card says Aminah")))
        << top->text(0).toStdString();
    ASSERT_EQ(top->childCount(), 1);
    EXPECT_TRUE(top->child(0)->text(1).contains(QStringLiteral("Amina Banda")))
        << top->child(0)->text(1).toStdString();
    EXPECT_TRUE(top->child(0)->text(2).contains(QStringLiteral("Aminah Banda")))
        << top->child(0)->text(2).toStdString();
    EXPECT_FALSE(pane->approveButton()->isVisible()) << "only a registrar decides";
}

} // namespace
