// Screenshots of the record, review queue, conflict and outbox screens in English, French and
// Arabic (right to left), written to <build>/artifacts/screenshots/. Also checks that the
// translations load and change the screens' words, and that Arabic lays out right to left.
#include "RecordsTestSupport.h"
#include "app/desktop/records/ConflictScreen.h"
#include "app/desktop/records/OutboxModel.h"
#include "app/desktop/records/OutboxScreen.h"
#include "app/desktop/records/RecordScreen.h"
#include "app/desktop/records/ReviewQueueScreen.h"

#include <QFileInfo>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;

namespace
{

TEST(RecordsScreenshots, RecordConflictOutboxAndReviewInThreeLanguages)
{
    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile("local_registrar");
    auto session = profile.openSession(clock);
    auto& records = session->records();
    const auto& actor = session->actor();
    auto a = records.start(
        actor, {"birth", "birth", 1, birthDeclaration(clock, "Amina"), RecordAction::Declare});
    clock.advance(60'000);
    auto b = records.start(actor, {"birth", "birth", 1, birthDeclaration(clock, "Bwalya", "Phiri"),
                                   RecordAction::Declare});
    clock.advance(60'000);
    auto c = records.start(actor, {"birth", "birth", 1, birthDeclaration(clock, "Chanda", "Mwale"),
                                   RecordAction::Declare});
    records.act(actor, c.id, RecordAction::Reject,
                "The mother's ID number does not match the card");
    auto& ob = session->store().outbox();
    const auto first = ob.forRecord(a.id).front().mutationId;
    const auto second = ob.forRecord(b.id).front().mutationId;
    ob.markSending(std::vector<std::int64_t>{first, second}, clock.nowMillis());
    ob.markResult(first, OutboxState::Applied, "", clock.nowMillis());
    ob.markResult(second, OutboxState::Rejected,
                  "/fields/birth_facility: unknown facility 'HF-NOWHERE'", clock.nowMillis());
    Conflict k;
    k.recordId = a.id;
    k.fieldId = "weight_at_birth";
    k.base = 3.2;
    k.mine = 2.5;
    k.theirs = 3.5;
    k.theirUser = "regagent.ald";
    k.theirAt = clock.nowMillis() - 3'600'000;
    k.myUser = actor.userId;
    k.myAt = clock.nowMillis() - 7'200'000;
    k.detectedAt = clock.nowMillis();
    session->store().conflicts().add(k);
    k.fieldId = "child_birth_time";
    k.base = "06:45";
    k.mine = "06:40";
    k.theirs = "07:45";
    session->store().conflicts().add(k);

    RecordingNavigator nav;
    RecordScreen record(*session, nav);
    ConflictScreen conflicts(*session, nav);
    OutboxScreen outbox(*session, nav);
    ReviewQueueScreen review(*session, nav);
    record.showRecord(QString::fromStdString(a.id));
    conflicts.showConflicts({});
    outbox.reload();
    selectOnly(outbox.table(), 1);
    review.reload();

    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ar")}) {
        UiLanguage ui(lang);
        ASSERT_TRUE(ui.set(lang)) << "no translations for " << lang.toStdString();
        session->setLanguage(lang);
        QCoreApplication::processEvents(); // LanguageChange events reach the screens
        if (lang == QStringLiteral("fr")) {
            EXPECT_EQ(record.editButton()->text(), QStringLiteral("&Modifier"));
            EXPECT_EQ(record.fieldsView()->headerItem()->text(0), QStringLiteral("Champ"));
            EXPECT_EQ(
                outbox.model()->headerData(OutboxModel::State, Qt::Horizontal, Qt::DisplayRole),
                QStringLiteral("État"));
        }
        if (lang == QStringLiteral("ar")) {
            EXPECT_EQ(record.layoutDirection(), Qt::RightToLeft);
            EXPECT_NE(record.editButton()->text(), QStringLiteral("&Edit"));
        }
        for (auto [w, name] : {std::pair<QWidget*, const char*>{&record, "record"},
                               {&conflicts, "conflict"},
                               {&outbox, "outbox"},
                               {&review, "review"}}) {
            const QString file =
                QStringLiteral("records-%1-%2").arg(QString::fromLatin1(name), lang);
            ASSERT_TRUE(saveScreenshot(*w, file)) << file.toStdString();
            EXPECT_GT(QFileInfo(screenshotPath(file)).size(), 10'000);
            w->hide();
        }
    }
    session->setLanguage(QStringLiteral("en"));
}

} // namespace
