// Home workqueues (counts per role, sort, filter, open by Enter) and search as you type.
#include "ShellTestSupport.h"
#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/session/DiscardDraftDialog.h"
#include "app/desktop/shell/HomeScreen.h"
#include "app/desktop/shell/RecordListModel.h"
#include "app/desktop/shell/SearchScreen.h"
#include "core/TrackingId.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <functional>
#include <gtest/gtest.h>
#include <map>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;

namespace
{

nlohmann::json named(const std::string& first, const std::string& family)
{
    return {{"child_name", {{"first", first}, {"family", family}}},
            {"child_birth_date", "2026-11-01"}};
}

// Issue 19: a registered record the national ID system has not answered says so in the list.
TEST(ShellHome, TheListSaysWhichRegistrationsWaitForTheNationalId)
{
    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile("local_registrar");
    auto session = profile.openSession(clock);
    const auto& a = session->actor();
    for (const char* first : {"Amina", "Bwalya"}) {
        Record rec = session->records().start(
            a, {"birth", "birth", 1, named(first, "Banda"), RecordAction::CreateDraft});
        rec.status = RecordStatus::Registered;
        rec.nationalIdState = first == std::string("Amina") ? "waiting" : "";
        session->store().records().update(rec);
        clock.advance(1000);
    }
    RecordingNavigator nav;
    HomeScreen home(*session, nav);
    home.show();
    home.showQueue(Workqueue::ReadyToPrint);
    auto& model = home.model();
    ASSERT_EQ(model.rowCount(), 2);
    std::map<QString, QString> status;
    for (int row = 0; row < 2; ++row)
        status[model.data(model.index(row, RecordListModel::Name), Qt::DisplayRole).toString()] =
            model.data(model.index(row, RecordListModel::Status), Qt::DisplayRole).toString();
    EXPECT_EQ(status[QStringLiteral("Amina Banda")],
              QStringLiteral("Registered, waiting for the national ID"));
    EXPECT_EQ(status[QStringLiteral("Bwalya Banda")], QStringLiteral("Registered"));
}

TEST(ShellHome, RegistrarQueuesCountSortFilterAndOpen)
{
    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile("local_registrar");
    auto session = profile.openSession(clock);
    auto& r = session->records();
    const auto& a = session->actor();
    r.start(a, {"birth", "birth", 1, named("Amina", "Banda"), RecordAction::CreateDraft});
    clock.advance(1000);
    r.start(a, {"birth", "birth", 1, named("Bwalya", "Phiri"), RecordAction::Notify});
    clock.advance(1000);
    const auto sent =
        r.start(a, {"birth", "birth", 1, named("Chanda", "Mwale"), RecordAction::CreateDraft});
    r.act(a, sent.id, RecordAction::Notify);
    RecordingNavigator nav;
    HomeScreen home(*session, nav);
    home.show();
    EXPECT_EQ(home.count(Workqueue::InProgress), 3); // draft + two notified
    EXPECT_EQ(home.count(Workqueue::ReadyForReview), 0);
    EXPECT_GE(home.count(Workqueue::Outbox), 2); // the notifications wait to be sent
    home.showQueue(Workqueue::InProgress);
    auto& model = home.model();
    ASSERT_EQ(model.rowCount(), 3);
    // Newest first by default; Tracking ID ascending on request.
    EXPECT_EQ(model.data(model.index(0, RecordListModel::Name), Qt::DisplayRole).toString(),
              QStringLiteral("Chanda Mwale"));
    home.table().sortByColumn(RecordListModel::Updated, Qt::AscendingOrder);
    EXPECT_EQ(model.data(model.index(0, RecordListModel::Name), Qt::DisplayRole).toString(),
              QStringLiteral("Amina Banda"));
    // Filter by a name prefix (debounced: wait for it).
    auto* filter = home.findChild<QLineEdit*>(QStringLiteral("queueFilter"));
    QTest::keyClicks(filter, QStringLiteral("bwa"));
    ASSERT_TRUE(waitFor([&] { return model.rowCount() == 1; }, 3000));
    EXPECT_EQ(model.data(model.index(0, RecordListModel::Name), Qt::DisplayRole).toString(),
              QStringLiteral("Bwalya Phiri"));
    // A tracking ID as printed on the notice, hyphen and lower case included.
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(filter,
                     QString::fromStdString(tracking_id::display(sent.trackingId)).toLower());
    ASSERT_TRUE(waitFor(
        [&] {
            return model.rowCount() == 1 && model.recordId(0) == QString::fromStdString(sent.id);
        },
        3000));
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(filter, QStringLiteral("bwa"));
    ASSERT_TRUE(waitFor(
        [&] {
            return model.rowCount() == 1 && model.recordId(0) != QString::fromStdString(sent.id);
        },
        3000));
    // Enter on the row: a notified record is still being completed, so it opens for editing.
    home.table().setFocus();
    home.table().setCurrentIndex(model.index(0, 0));
    QTest::keyClick(&home.table(), Qt::Key_Return);
    ASSERT_EQ(nav.calls.size(), 1);
    EXPECT_TRUE(nav.calls.front().startsWith(QStringLiteral("edit:")));
    // A change elsewhere refreshes the counts.
    r.start(a, {"death", "death", 1, nlohmann::json::object(), RecordAction::CreateDraft});
    session->notifyRecordChanged({});
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Delete);
    ASSERT_TRUE(waitFor([&] { return model.rowCount() == 4; }, 3000));
}

TEST(ShellHome, QueuesFollowTheRole)
{
    const auto& roles = RoleCatalog::defaults();
    EXPECT_EQ(workqueuesFor(roles.get("system_admin")).size(), 0u);
    const auto agent = workqueuesFor(roles.get("field_agent"));
    EXPECT_NE(std::find(agent.begin(), agent.end(), Workqueue::SentForReview), agent.end());
    EXPECT_EQ(std::find(agent.begin(), agent.end(), Workqueue::ReadyForReview), agent.end());
    const auto registrar = workqueuesFor(roles.get("local_registrar"));
    EXPECT_NE(std::find(registrar.begin(), registrar.end(), Workqueue::ReadyForReview),
              registrar.end());
    EXPECT_NE(std::find(registrar.begin(), registrar.end(), Workqueue::ReadyToPrint),
              registrar.end());
    // Who decides on possible duplicates (duplicate.decide) has their queue; an agent does not.
    EXPECT_NE(std::find(registrar.begin(), registrar.end(), Workqueue::PossibleDuplicates),
              registrar.end());
    EXPECT_EQ(std::find(agent.begin(), agent.end(), Workqueue::PossibleDuplicates), agent.end());
}

TEST(ShellSearch, InterpretsWhatIsTypedAndFindsSoundAlikeNames)
{
    auto q = SearchScreen::interpret(QStringLiteral("31/01/2024"));
    EXPECT_EQ(q.dateOfBirth, "2024-01-31");
    // The form's one date rule: month names and Arabic-Indic digits; day and month never guessed.
    q = SearchScreen::interpret(QStringLiteral("٣١ يناير ٢٠٢٤"));
    EXPECT_EQ(q.dateOfBirth, "2024-01-31");
    q = SearchScreen::interpret(QStringLiteral("05/01/2024"));
    EXPECT_TRUE(q.dateOfBirth.empty());
    q = SearchScreen::interpret(QStringLiteral("ald-2026-000001"));
    EXPECT_EQ(q.registrationNumber, "ALD-2026-000001");
    q = SearchScreen::interpret(QStringLiteral("Mwale"));
    EXPECT_EQ(q.name, "Mwale");
    EXPECT_TRUE(q.phonetic);

    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile("field_agent");
    auto session = profile.openSession(clock);
    const auto rec =
        session->records().start(session->actor(), {"birth", "birth", 1, named("Chanda", "Mwale"),
                                                    RecordAction::CreateDraft});
    session->records().start(session->actor(), {"birth", "birth", 1, named("Amina", "Banda"),
                                                RecordAction::CreateDraft});
    q = SearchScreen::interpret(QString::fromStdString(rec.trackingId));
    EXPECT_EQ(q.trackingId, rec.trackingId);

    RecordingNavigator nav;
    SearchScreen search(*session, nav);
    search.show();
    auto* input = search.findChild<QLineEdit*>(QStringLiteral("searchInput"));
    QTest::keyClicks(input, QStringLiteral("Mwalle")); // misspelt: sounds the same
    ASSERT_TRUE(waitFor([&] { return search.model().rowCount() == 1; }, 3000));
    QTest::keyClick(input, Qt::Key_Down);
    auto* table = search.findChild<QTableView*>(QStringLiteral("searchResults"));
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(nav.calls.size(), 1);
    EXPECT_EQ(nav.calls.front(), QStringLiteral("open:") + QString::fromStdString(rec.id));
}

// Issue 12: Delete on a draft never sent discards it from the workqueue (after the question);
// on a notification already queued it does nothing.
TEST(ShellHome, DeleteDiscardsADraftNeverSentAfterTheQuestion)
{
    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile("field_agent");
    auto session = profile.openSession(clock);
    auto& r = session->records();
    const auto& a = session->actor();
    const auto draft = r.startDraft(a, {"birth", "birth", 1, named("Amina", "Banda")});
    clock.advance(1000);
    r.start(a, {"birth", "birth", 1, named("Bwalya", "Phiri"), RecordAction::Notify});
    RecordingNavigator nav;
    HomeScreen home(*session, nav);
    home.show();
    home.showQueue(Workqueue::InProgress);
    ASSERT_EQ(home.model().rowCount(), 2);
    auto pick = [&](const QString& name) {
        for (int row = 0; row < home.model().rowCount(); ++row)
            if (home.model()
                    .data(home.model().index(row, RecordListModel::Name), Qt::DisplayRole)
                    .toString() == name)
                home.table().setCurrentIndex(home.model().index(row, 0));
    };
    bool asked = false;
    std::function<void(int)> answer = [&](int tries) {
        QTimer::singleShot(10, [&, tries] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) {
                if (tries > 0)
                    answer(tries - 1);
                return;
            }
            asked = true;
            for (auto* b : box->findChildren<QPushButton*>())
                if (b->text() == QStringLiteral("&Discard draft"))
                    QTest::keyClick(b, Qt::Key_Space);
            if (box->isVisible())
                box->reject();
        });
    };
    pick(QStringLiteral("Bwalya Phiri"));
    QTest::keyClick(&home.table(), Qt::Key_Delete); // sent: nothing asked, nothing removed
    EXPECT_EQ(session->store().records().count(), 2);
    pick(QStringLiteral("Amina Banda"));
    answer(100);
    QTest::keyClick(&home.table(), Qt::Key_Delete);
    EXPECT_TRUE(asked);
    EXPECT_FALSE(session->store().records().exists(draft.id));
    ASSERT_TRUE(waitFor([&] { return home.model().rowCount() == 1; }, 3000));
}

} // namespace
