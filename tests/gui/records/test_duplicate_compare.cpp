// The side-by-side comparison of a possible duplicate (issue 17), by keyboard: the registrar
// opens a record of the Possible duplicates queue (as the server answered it at the last
// sync), sees it beside the candidate field by field with the differing values highlighted and
// the matching fields in bold, and decides "Not a duplicate" (Alt+N, reason, Ctrl+Return) or
// "Duplicate of this record" (Alt+U): an outbox op each, the record leaves the queue, and a
// duplicate is archived. On the record screen, Validate warns like Declare (sent with a note)
// and Register opens the comparison until someone decides.
#include "RecordsTestSupport.h"
#include "app/desktop/form/DuplicateWarningDialog.h"
#include "app/desktop/records/DuplicateCompareScreen.h"
#include "app/desktop/records/ReasonDialog.h"
#include "app/desktop/records/RecordScreen.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;
using nlohmann::json;

namespace
{

class DuplicateCompareTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        session = profile.openSession(clock);
        original = declare(birthDeclaration(clock, "Amina"));
        json again = birthDeclaration(clock, "Amina");
        again["child_birth_date"] = isoDaysBefore(clock, 4); // one day apart: a typing slip
        flagged = declare(again);
        // The server's queue as the last sync brought it.
        sync::DuplicateQueue(session->store())
            .store({{"duplicates",
                     {{{"record_id", flagged.id},
                       {"tracking_id", flagged.trackingId},
                       {"candidates",
                        {{{"record_id", original.id},
                          {"tracking_id", original.trackingId},
                          {"score", 12},
                          {"matched_fields", {"child_name", "mother_name"}}}}}}}}});
        screen = std::make_unique<DuplicateCompareScreen>(*session, nav);
        screen->resize(1100, 700);
        screen->show();
        screen->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(screen.get()));
    }
    Record declare(const json& fields)
    {
        return session->records().start(session->actor(),
                                        {"birth", "birth", 1, fields, RecordAction::Declare});
    }
    int rowOf(const std::string& fieldId)
    {
        for (int r = 0; r < screen->table()->rowCount(); ++r)
            if (screen->table()->item(r, 0)->data(Qt::UserRole).toString().toStdString() == fieldId)
                return r;
        return -1;
    }
    void answerReasonDialog(const QString& reason, bool* seen)
    {
        QTimer::singleShot(20, [this, reason, seen] {
            auto* dialog = qobject_cast<ReasonDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                answerReasonDialog(reason, seen);
                return;
            }
            *seen = true;
            dialog->activateWindow();
            EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
            EXPECT_FALSE(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
            QTest::keyClicks(dialog->editor(), reason);
            pressShortcut(dialog->editor(), Qt::Key_Return);
        });
    }
    std::string lastOutboxKind(const std::string& recordId)
    {
        const auto ops = session->store().outbox().forRecord(recordId);
        return ops.empty() ? std::string() : std::string(ops.back().kind.name());
    }

    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile{"local_registrar"};
    std::unique_ptr<DesktopSession> session;
    RecordingNavigator nav;
    std::unique_ptr<DuplicateCompareScreen> screen;
    Record original, flagged;
};

TEST_F(DuplicateCompareTest, ShowsBothRecordsFieldByFieldWithDifferencesHighlighted)
{
    ASSERT_TRUE(screen->showRecord(QString::fromStdString(flagged.id)));
    EXPECT_EQ(screen->candidateChooser()->count(), 1);
    EXPECT_EQ(screen->candidateChooser()->currentText().toStdString(),
              tracking_id::display(original.trackingId));
    const int date = rowOf("child_birth_date");
    ASSERT_GE(date, 0);
    EXPECT_TRUE(screen->table()->item(date, 1)->data(Qt::UserRole + 1).toBool()) << "differs";
    EXPECT_NE(screen->table()->item(date, 1)->text(), screen->table()->item(date, 2)->text());
    EXPECT_NE(screen->table()->item(date, 1)->background(),
              screen->table()->item(rowOf("child_sex"), 1)->background())
        << "a difference is highlighted";
    const int name = rowOf("child_name");
    ASSERT_GE(name, 0);
    EXPECT_FALSE(screen->table()->item(name, 1)->data(Qt::UserRole + 1).toBool());
    EXPECT_TRUE(screen->table()->item(name, 1)->font().bold()) << "matched by the rules";
    EXPECT_FALSE(screen->table()->item(rowOf("child_sex"), 1)->font().bold());
    EXPECT_TRUE(screen->table()->hasFocus()) << "the keyboard starts in the comparison";
    saveScreenshot(*screen, QStringLiteral("duplicate-compare-en"));
}

TEST_F(DuplicateCompareTest, NotADuplicateByKeyboardQueuesTheDecisionWithItsReason)
{
    ASSERT_TRUE(screen->showRecord(QString::fromStdString(flagged.id)));
    bool seen = false;
    answerReasonDialog(QStringLiteral("Twins, checked with the mother"), &seen);
    QTest::keyClick(screen.get(), Qt::Key_N, Qt::AltModifier);
    QTest::qWait(200);
    EXPECT_TRUE(seen);
    EXPECT_EQ(lastOutboxKind(flagged.id), "mark_not_duplicate");
    const auto ops = session->store().outbox().forRecord(flagged.id);
    EXPECT_EQ(ops.back().payload.value("reason", ""), "Twins, checked with the mother");
    EXPECT_EQ(session->store().records().get(flagged.id).status, RecordStatus::Declared);
    EXPECT_EQ(nav.last(), "open:" + flagged.id);
    EXPECT_TRUE(sync::DuplicateQueue(session->store()).entries().empty()) << "left the queue";
    EXPECT_EQ(ops.back().payload["not_duplicate_of"], json::array({original.id}))
        << "the records compared travel with the decision";
    EXPECT_FALSE(screen->showRecord(QString::fromStdString(flagged.id))) << "settled";
    EXPECT_FALSE(screen->showRecord(QString::fromStdString(original.id))) << "both ways";
}

TEST_F(DuplicateCompareTest, DuplicateOfArchivesTheRecordWithALinkToTheOriginal)
{
    ASSERT_TRUE(screen->showRecord(QString::fromStdString(flagged.id)));
    bool seen = false;
    answerReasonDialog(QStringLiteral("Declared twice by two agents"), &seen);
    QTest::keyClick(screen.get(), Qt::Key_U, Qt::AltModifier);
    QTest::qWait(200);
    EXPECT_TRUE(seen);
    EXPECT_EQ(lastOutboxKind(flagged.id), "mark_duplicate");
    const auto ops = session->store().outbox().forRecord(flagged.id);
    EXPECT_EQ(ops.back().payload.value("duplicate_of", ""), original.id);
    EXPECT_EQ(session->store().records().get(flagged.id).status, RecordStatus::Archived);
    EXPECT_EQ(session->store().records().get(original.id).status, RecordStatus::Declared);
}

TEST_F(DuplicateCompareTest, TheOriginalShowsWhatTheLaptopFindsAndAnUnlikeRecordShowsNothing)
{
    // Not in the server's queue, but this laptop's own check finds the copy.
    ASSERT_TRUE(screen->showRecord(QString::fromStdString(original.id)));
    EXPECT_EQ(screen->candidateChooser()->currentText().toStdString(),
              tracking_id::display(flagged.trackingId));
    const Record other = declare(birthDeclaration(clock, "Chisomo", "Mwale"));
    EXPECT_FALSE(screen->showRecord(QString::fromStdString(other.id)));
    EXPECT_EQ(screen->table()->rowCount(), 0);
    EXPECT_FALSE(screen->duplicateButton()->isEnabled());
    QTest::keyClick(screen.get(), Qt::Key_Escape);
    EXPECT_EQ(nav.last(), "home");
}

// Answers the modal dialogs that come up, in order: the duplicate warning gets `note` and is
// sent, any other dialog (the confirmation) is accepted. Stops after `count` dialogs.
void answerDialogs(const QString& note, int count, QStringList* seen)
{
    QTimer::singleShot(20, [note, count, seen] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            answerDialogs(note, count, seen);
            return;
        }
        seen->push_back(QString::fromLatin1(dialog->metaObject()->className()));
        if (auto* warning = qobject_cast<DuplicateWarningDialog*>(dialog)) {
            EXPECT_FALSE(warning->sendButton()->isEnabled()) << "a note first";
            QTest::keyClicks(warning->editor(), note);
            warning->sendButton()->click();
        } else {
            dialog->accept();
        }
        if (count > 1)
            answerDialogs(note, count - 1, seen);
    });
}

TEST_F(DuplicateCompareTest, ValidateOnTheRecordScreenWarnsAndSendsTheNoteWithTheOp)
{
    RecordScreen record(*session, nav);
    record.showRecord(QString::fromStdString(flagged.id));
    QPushButton* validate = record.actionButton(RecordAction::Validate);
    ASSERT_NE(validate, nullptr);
    QStringList seen;
    answerDialogs(QStringLiteral("Asked the mother: two visits"), 2, &seen);
    validate->click();
    QTest::qWait(100);
    ASSERT_EQ(seen.size(), 2) << seen.join(u',').toStdString();
    EXPECT_EQ(seen.front().toStdString(), "vitalis::desktop::DuplicateWarningDialog");
    EXPECT_EQ(session->store().records().get(flagged.id).status, RecordStatus::Validated);
    const auto ops = session->store().outbox().forRecord(flagged.id);
    EXPECT_EQ(ops.back().kind.name(), "validate");
    EXPECT_EQ(ops.back().payload["duplicate_warning"]["note"], "Asked the mother: two visits");
    EXPECT_EQ(ops.back().payload["duplicate_warning"]["candidates"],
              json::array({original.trackingId}));
}

TEST_F(DuplicateCompareTest, RegisterOnTheRecordScreenWaitsForADecision)
{
    RecordScreen record(*session, nav);
    record.showRecord(QString::fromStdString(flagged.id));
    QPushButton* registerButton = record.actionButton(RecordAction::Register);
    ASSERT_NE(registerButton, nullptr);
    const std::size_t queued = session->store().outbox().forRecord(flagged.id).size();
    registerButton->click();
    EXPECT_EQ(nav.last(), "duplicates:" + flagged.id) << "the comparison opens";
    EXPECT_NE(record.bannerText().indexOf(
                  QString::fromStdString(tracking_id::display(original.trackingId))),
              -1)
        << record.bannerText().toStdString();
    EXPECT_EQ(session->store().records().get(flagged.id).status, RecordStatus::Declared);
    EXPECT_EQ(session->store().outbox().forRecord(flagged.id).size(), queued);

    ASSERT_TRUE(screen->showRecord(QString::fromStdString(flagged.id)));
    ASSERT_TRUE(screen->decideNotDuplicate(QStringLiteral("Twins, checked with the mother")));
    record.showRecord(QString::fromStdString(flagged.id));
    QStringList seen;
    answerDialogs({}, 1, &seen); // only the confirmation now
    record.actionButton(RecordAction::Register)->click();
    QTest::qWait(100);
    EXPECT_EQ(seen.size(), 1);
    EXPECT_EQ(session->store().records().get(flagged.id).status, RecordStatus::Registered);
}

} // namespace
