// "Type a new value" on the conflict screen, by keyboard: Tab to the row's button, Space opens
// the field's own input, a value the form's rules refuse (a birth weight of 9 kg) is not
// accepted and says why, a valid one is, and saving resolves the conflict with that value.
// The other person is named, never shown by user id.
#include "RecordsTestSupport.h"
#include "app/desktop/form/FieldEditor.h"
#include "app/desktop/records/ConflictScreen.h"
#include "app/desktop/records/ConflictValueDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;

namespace
{

// Types `attempts` one after another into the next new-value dialog (Ctrl+A, the text,
// Ctrl+Return), recording the problem shown after each.
void answerValueDialog(std::vector<QString> attempts, std::vector<QString>* problems)
{
    QTimer::singleShot(20, [attempts, problems] {
        auto* dialog = qobject_cast<ConflictValueDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            answerValueDialog(attempts, problems);
            return;
        }
        // Ctrl+Return is a window shortcut: the dialog must be the active window.
        dialog->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
        for (const auto& text : attempts) {
            QWidget* input = QApplication::focusWidget();
            EXPECT_TRUE(input && dialog->isAncestorOf(input)) << "the field's input has the focus";
            QTest::keyClick(input, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(input, text);
            QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
            QTest::qWait(100);
            if (QApplication::activeModalWidget() != dialog)
                return; // accepted
            problems->push_back(dialog->problemText());
        }
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
}

TEST(ConflictValue, ANewValueIsTypedByKeyboardAndCheckedWithTheFormsRules)
{
    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile("registration_agent");
    auto session = profile.openSession(clock);
    const auto r = session->records().start(
        session->actor(),
        {"birth", "birth", 1, birthDeclaration(clock, "Amina"), RecordAction::Declare});
    Conflict c;
    c.recordId = r.id;
    c.fieldId = "weight_at_birth";
    c.base = 3.2;
    c.mine = 2.5;
    c.theirs = 3.5;
    c.theirUser = "4b0d6c1e-1f3a-4d2b-9c8e-7a6b5c4d3e2f"; // nobody this device knows
    c.theirAt = clock.nowMillis();
    c.detectedAt = clock.nowMillis();
    session->store().conflicts().add(c);

    RecordingNavigator nav;
    ConflictScreen screen(*session, nav);
    screen.resize(1180, 700);
    screen.show();
    screen.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&screen));
    screen.showConflicts(QString::fromStdString(r.id));
    ASSERT_EQ(screen.rows().size(), 1u);
    const auto row = screen.rows()[0];
    // Never a user id on screen.
    for (auto* label : screen.findChildren<QLabel*>())
        EXPECT_FALSE(label->text().contains(QStringLiteral("4b0d6c1e")))
            << label->text().toStdString();
    EXPECT_FALSE(row.typed->isEnabled()) << "nothing typed yet";

    // Tab from the row's box through its choices reaches "Type a new value…".
    ASSERT_TRUE(row.select->hasFocus());
    for (int i = 0; i < 4 && QApplication::focusWidget() != row.typeButton; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), row.typeButton);

    std::vector<QString> problems;
    answerValueDialog({QStringLiteral("9"), QStringLiteral("3.1")}, &problems);
    QTest::keyClick(row.typeButton, Qt::Key_Space);
    QTest::qWait(200);
    ASSERT_EQ(problems.size(), 1u) << "9 kg refused, 3.1 kg accepted";
    EXPECT_FALSE(problems[0].isEmpty());
    EXPECT_FALSE(problems[0].contains(QStringLiteral("birth.weight_at_birth.range")))
        << "the form's message, not its id: " << problems[0].toStdString();
    ASSERT_EQ(screen.rows().size(), 1u);
    EXPECT_TRUE(screen.rows()[0].typed->isChecked());
    EXPECT_TRUE(screen.rows()[0].typedText->text().contains(QStringLiteral("3.1")))
        << screen.rows()[0].typedText->text().toStdString();

    screen.activateWindow(); // the offscreen platform does not give the focus back by itself
    ASSERT_TRUE(QTest::qWaitForWindowActive(&screen));
    pressShortcut(&screen, Qt::Key_S);
    EXPECT_TRUE(screen.messageText().contains(QStringLiteral("1 record(s) resolved")))
        << screen.messageText().toStdString();
    const auto all = session->store().conflicts().forRecord(r.id);
    ASSERT_EQ(all.size(), 1u);
    ASSERT_TRUE(all[0].resolution.has_value());
    EXPECT_EQ(*all[0].resolution, ConflictResolution::Edited);
    EXPECT_EQ(all[0].resolvedValue, 3.1);
}

TEST(ConflictValue, CancellingTheNewValueKeepsTheRowUndecided)
{
    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile("registration_agent");
    auto session = profile.openSession(clock);
    const auto r = session->records().start(
        session->actor(),
        {"birth", "birth", 1, birthDeclaration(clock, "Bwalya"), RecordAction::Declare});
    Conflict c;
    c.recordId = r.id;
    c.fieldId = "weight_at_birth";
    c.mine = 2.5;
    c.theirs = 3.5;
    c.detectedAt = clock.nowMillis();
    session->store().conflicts().add(c);
    RecordingNavigator nav;
    ConflictScreen screen(*session, nav);
    screen.show();
    screen.showConflicts(QString::fromStdString(r.id));
    std::vector<QString> problems;
    answerValueDialog({}, &problems); // Esc at once
    EXPECT_FALSE(screen.typeNewValue(0));
    EXPECT_FALSE(screen.rows()[0].typed->isChecked());
    EXPECT_EQ(session->store().conflicts().openCount(), 1);
}

} // namespace
