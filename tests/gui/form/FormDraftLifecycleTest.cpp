// What reaches the outbox from the form (issue 12): a sent record saved twice before a sync is
// one op keeping the first base; a discarded draft and an emptied new form leave nothing in
// the store; a sync that changes the open record fills untouched fields and keeps typed ones.
#include "FormKeys.h"
#include "FormTestSession.h"
#include "GuiTestProfile.h"
#include "app/desktop/form/DeclarationScreen.h"
#include "app/desktop/session/DiscardDraftDialog.h"
#include "core/store/Database.h"
#include "sync/client/RecordRebase.h"
#include "tests/support/Fixtures.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::test;
using vitalis::desktop::DeclarationScreen;

namespace
{

QLineEdit* part(desktop::FieldEditor* editor, int i)
{
    return editor->findChildren<QLineEdit*>().at(i);
}

// The sample birth is counted back from the session's clock (the real one: drafts are dated).
struct Fixture {
    GuiTestProfile profile;
    SystemClock clock;
    std::unique_ptr<desktop::DesktopSession> session =
        openFormSession(profile.profileDir(), profile.keyDir(), clock);
    RecordingNavigator navigator;
    DeclarationScreen screen{*session, navigator};

    Fixture()
    {
        screen.resize(1100, 800);
        activate();
    }
    ProfileStore& store() { return session->store(); }

    // A declared birth the server has at revision 3 (as a pull leaves it).
    std::string seedSynced()
    {
        std::shared_ptr<const forms::FormDefinition> form;
        for (const auto& id : session->forms().formIds())
            if (auto f = session->forms().latest(id); f && f->event == "birth")
                form = f;
        Record r;
        r.id = "0b6f5f0e-0000-4000-8000-000000000001";
        r.eventType = "birth";
        r.formId = form->id;
        r.formVersion = form->version;
        r.fields = birthDeclaration(clock, "Amara");
        r.status = RecordStatus::Declared;
        r.trackingId = "B7K3M-22222";
        r.officeId = "OFF-ALD";
        r.createdBy = "someone.else";
        r.serverRevision = 3;
        store().records().insert(r);
        store().records().setMergeBase(r.id, r.fields, 3);
        return r.id;
    }
    void retypeFirstName(const QString& text)
    {
        auto* first = part(screen.editorFor("child_name"), 0);
        first->setFocus(Qt::TabFocusReason);
        QTest::keyClick(first, Qt::Key_A, Qt::ControlModifier);
        typeText(text);
    }
    // Answers the discard question by keyboard (Space on its Discard button) once it is shown.
    static void answerDiscardWithKeyboard(bool* asked, int tries = 100)
    {
        QTimer::singleShot(10, [asked, tries] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box ||
                box->objectName() != QLatin1String(desktop::DiscardDraftDialog::kObjectName)) {
                if (tries > 0)
                    answerDiscardWithKeyboard(asked, tries - 1); // not up yet
                return;
            }
            *asked = true;
            // Enter would keep the draft: the destructive choice needs its own key.
            EXPECT_EQ(box->defaultButton()->text(), QStringLiteral("&Keep the draft"));
            for (auto* b : box->findChildren<QPushButton*>())
                if (b->text() == QStringLiteral("&Discard draft"))
                    QTest::keyClick(b, Qt::Key_Space); // the button reached by keyboard
            if (box->isVisible())
                box->done(QMessageBox::Cancel); // never leave the test hanging
        });
    }
    void activate()
    {
        screen.show();
        QApplication::setActiveWindow(&screen);
        EXPECT_TRUE(QTest::qWaitForWindowActive(&screen));
    }
    void typeFirstName(const QString& text)
    {
        part(screen.editorFor("child_name"), 0)->setFocus(Qt::TabFocusReason);
        typeText(text);
    }
};

} // namespace

TEST(FormDraftLifecycle, SentRecordSavedTwiceBeforeSyncIsOneOpWithTheFirstBase)
{
    Fixture f;
    const std::string id = f.seedSynced();
    f.screen.editRecord(QString::fromStdString(id));
    f.retypeFirstName(QStringLiteral("Kwame"));
    QTest::keyClick(focused(), Qt::Key_Tab); // the field is finished: autosaved, not queued
    EXPECT_TRUE(f.store().outbox().forRecord(id).empty());
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    f.retypeFirstName(QStringLiteral("Kojo"));
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);

    const auto ops = f.store().outbox().forRecord(id);
    ASSERT_EQ(ops.size(), 1u);
    EXPECT_EQ(ops[0].kind.name(), "edit");
    EXPECT_EQ(ops[0].baseRevision, 3);
    EXPECT_EQ(ops[0].changes.size(), 1u) << ops[0].changes.dump();
    EXPECT_EQ(ops[0].changes["child_name"]["value"],
              (nlohmann::json{{"first", "Kojo"}, {"family", "Banda"}}));
    EXPECT_EQ(ops[0].changes["child_name"]["base"],
              (nlohmann::json{{"first", "Amara"}, {"family", "Banda"}}));
    EXPECT_EQ(f.store().audit().forRecord(id).size(), 2u); // two saves, two history lines
}

TEST(FormDraftLifecycle, DiscardedDraftLeavesNothingInTheStore)
{
    Fixture f;
    f.screen.startNew(QStringLiteral("birth"));
    f.typeFirstName(QStringLiteral("Neema"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !f.screen.recordId().isEmpty(); }));
    const std::string id = f.screen.recordId().toStdString();
    // Autosave made a workqueue row with the name, but nothing to send and no history.
    EXPECT_EQ(f.store().records().get(id).fields["child_name"]["first"], "Neema");
    EXPECT_TRUE(f.store().outbox().forRecord(id).empty());
    EXPECT_TRUE(f.store().audit().forRecord(id).empty());

    auto* discard = f.screen.findChild<QPushButton*>(QStringLiteral("discardDraft"));
    ASSERT_TRUE(discard && discard->isVisible());
    bool asked = false;
    Fixture::answerDiscardWithKeyboard(&asked);
    discard->click();
    EXPECT_TRUE(asked);
    EXPECT_EQ(f.navigator.calls.back(), "home");
    EXPECT_EQ(f.store().records().count(), 0);
    EXPECT_TRUE(f.store().drafts().list().empty());
    EXPECT_EQ(f.store().outbox().lastMutationId(), 0);
    EXPECT_TRUE(f.store().outbox().list(std::nullopt, 0, 10).empty());
    f.screen.hide(); // leaving afterwards brings nothing back
    EXPECT_EQ(f.store().records().count(), 0);
}

TEST(FormDraftLifecycle, NoEmptyRecordLingers)
{
    Fixture f;
    // Untouched new form, left: nothing.
    f.screen.startNew(QStringLiteral("birth"));
    f.screen.hide();
    EXPECT_EQ(f.store().records().count(), 0);

    // Typed, autosaved, then emptied again and left: what autosave created goes.
    f.activate();
    f.screen.startNew(QStringLiteral("birth"));
    f.typeFirstName(QStringLiteral("A"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    ASSERT_TRUE(QTest::qWaitFor([&] { return f.store().records().count() == 1; }));
    part(f.screen.editorFor("child_name"), 0)->setFocus(Qt::TabFocusReason);
    QTest::keyClick(focused(), Qt::Key_Backspace);
    QTest::keyClick(focused(), Qt::Key_Tab);
    f.screen.hide();
    EXPECT_EQ(f.store().records().count(), 0);
    EXPECT_TRUE(f.store().drafts().list().empty());
    EXPECT_EQ(f.store().outbox().lastMutationId(), 0);
}

TEST(FormDraftLifecycle, PulledChangeFillsUntouchedFieldsAndKeepsTypedOnes)
{
    Fixture f;
    const std::string id = f.seedSynced();
    f.screen.editRecord(QString::fromStdString(id));
    f.retypeFirstName(QStringLiteral("Kwame")); // still typing: not even autosaved yet

    // A sync brings revision 4: someone else changed the weight and the child's name.
    Record server = f.store().records().get(id);
    server.fields["weight_at_birth"] = 3.4;
    server.fields["child_name"] = {{"first", "Ama"}, {"family", "Banda"}};
    server.serverRevision = 4;
    {
        Transaction tx(f.store().db()); // as the pull applies a page
        sync::rebaseOnServer(f.store(), server);
        tx.commit();
    }
    f.session->notifyManyChanged();

    EXPECT_EQ(f.screen.editorFor("weight_at_birth")->value(), 3.4);
    EXPECT_EQ(f.screen.editorFor("child_name")->value(),
              (nlohmann::json{{"first", "Kwame"}, {"family", "Banda"}}));
    EXPECT_EQ(focused(), part(f.screen.editorFor("child_name"), 0)); // typing goes on

    f.screen.saveNow();
    const auto ops = f.store().outbox().forRecord(id);
    ASSERT_EQ(ops.size(), 1u);
    EXPECT_EQ(ops[0].baseRevision, 4);
    EXPECT_FALSE(ops[0].changes.contains("weight_at_birth")) << ops[0].changes.dump();
    EXPECT_EQ(ops[0].changes["child_name"]["value"],
              (nlohmann::json{{"first", "Kwame"}, {"family", "Banda"}}));
    EXPECT_EQ(ops[0].changes["child_name"]["base"],
              (nlohmann::json{{"first", "Ama"}, {"family", "Banda"}}));
}
