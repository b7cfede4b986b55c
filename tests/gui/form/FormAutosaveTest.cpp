// Autosave: closing the screen mid-form, and killing the process mid-form (a child process
// types into the form, the test SIGKILLs it), lose nothing committed: after reopening the
// profile the draft record and its draft copy have every field, and the form shows them.
#include "FormKeys.h"
#include "FormTestSession.h"
#include "GuiTestProfile.h"
#include "app/desktop/form/DeclarationScreen.h"

#include <QLineEdit>
#include <QProcess>
#include <QTest>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::test;
using vitalis::desktop::DeclarationScreen;

namespace
{

QWidget* part(desktop::FieldEditor* editor, int i)
{
    return editor->findChildren<QLineEdit*>().at(i);
}

void activate(QWidget& w)
{
    w.resize(1000, 700);
    w.show();
    QApplication::setActiveWindow(&w);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
}

// What a reopened form must show, whichever way the first one ended.
void expectResumed(const GuiTestProfile& profile, const std::string& id, bool inProgressTyped)
{
    FixedClock clock(kFormTestNow + 60000);
    auto session = openFormSession(profile.profileDir(), profile.keyDir(), clock);
    const Record r = session->store().records().get(id);
    EXPECT_EQ(r.status, RecordStatus::Draft);
    EXPECT_EQ(r.fields["child_name"], (nlohmann::json{{"first", "Tariq"}, {"family", "Mwale"}}));
    EXPECT_EQ(r.fields["child_sex"], "male");
    EXPECT_EQ(r.fields["place_of_birth_type"], "private_home");
    const auto draft = session->store().drafts().load(id);
    ASSERT_TRUE(draft);
    EXPECT_EQ(draft->fields["child_sex"], "male");
    if (inProgressTyped) {
        EXPECT_EQ(draft->fields["weight_at_birth"], 2);
    }

    RecordingNavigator navigator;
    DeclarationScreen screen(*session, navigator);
    activate(screen);
    screen.editRecord(QString::fromStdString(id));
    EXPECT_EQ(screen.editorFor("child_name")->value(), r.fields["child_name"]);
    EXPECT_EQ(screen.editorFor("place_of_birth_type")->value(), "private_home");
    if (inProgressTyped) {
        EXPECT_EQ(screen.editorFor("weight_at_birth")->value(), 2);
    }
}

} // namespace

TEST(FormAutosave, ClosingTheScreenMidFormKeepsEveryField)
{
    GuiTestProfile profile;
    std::string id;
    {
        FixedClock clock(kFormTestNow);
        auto session = openFormSession(profile.profileDir(), profile.keyDir(), clock);
        RecordingNavigator navigator;
        auto screen = std::make_unique<DeclarationScreen>(*session, navigator);
        activate(*screen);
        screen->startNew(QStringLiteral("birth"));
        EXPECT_TRUE(screen->recordId().isEmpty()); // nothing typed: no record yet
        auto* name = screen->editorFor("child_name");
        typeText(QStringLiteral("Tariq"));
        ASSERT_TRUE(tabTo(part(name, 2)));
        typeText(QStringLiteral("Mwale"));
        ASSERT_TRUE(tabTo(screen->editorFor("child_sex")->focusTarget()));
        ASSERT_TRUE(chooseRadio(QStringLiteral("Male")));
        ASSERT_TRUE(tabTo(screen->editorFor("place_of_birth_type")->focusTarget()));
        ASSERT_TRUE(pickByKeys(QStringLiteral("private_home")));
        ASSERT_TRUE(tabTo(screen->editorFor("weight_at_birth")->focusTarget()));
        typeText(QStringLiteral("2")); // still typing when the window closes
        id = screen->recordId().toStdString();
        ASSERT_FALSE(id.empty());
        EXPECT_EQ(session->store().records().get(id).fields["child_sex"], "male");
        screen.reset(); // the window closes
    }
    expectResumed(profile, id, true);
}

TEST(FormAutosave, KillingTheProcessMidFormLosesNothingCommitted)
{
    GuiTestProfile profile;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(VITALIS_FORM_TYPIST),
                {QString::fromStdString(profile.profileDir().string()),
                 QString::fromStdString(profile.keyDir().string())});
    ASSERT_TRUE(child.waitForStarted(10000));
    QByteArray out;
    while (!out.contains("READY") && child.state() == QProcess::Running &&
           child.waitForReadyRead(30000))
        out += child.readAllStandardOutput();
    ASSERT_TRUE(out.contains("READY")) << out.toStdString();
    child.kill(); // SIGKILL: no destructor, no flush
    ASSERT_TRUE(child.waitForFinished(10000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
    const std::string id = out.split('\n').first().trimmed().toStdString();
    ASSERT_FALSE(id.empty());
    expectResumed(profile, id, true);
}
