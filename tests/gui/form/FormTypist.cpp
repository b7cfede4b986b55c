// Child process of the kill test: opens the profile given on the command line, types the
// start of a birth declaration into the real form, prints the record id and "READY" once the
// typing pause has passed, then waits to be killed.
#include "FormKeys.h"
#include "FormTestSession.h"
#include "GuiTestProfile.h"
#include "app/desktop/form/DeclarationScreen.h"

#include <QLineEdit>
#include <cstdio>

using namespace vitalis;
using namespace vitalis::test;

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s <profile dir> <key dir>\n", argv[0]);
        return 2;
    }
    guiTestApp();
    FixedClock clock(kFormTestNow);
    auto session = openFormSession(argv[1], argv[2], clock);
    RecordingNavigator navigator;
    desktop::DeclarationScreen screen(*session, navigator);
    screen.resize(1000, 700);
    screen.show();
    QApplication::setActiveWindow(&screen);
    if (!QTest::qWaitForWindowActive(&screen))
        return 3;
    screen.startNew(QStringLiteral("birth"));
    auto* name = screen.editorFor("child_name");
    typeText(QStringLiteral("Tariq"));
    tabTo(name->findChildren<QLineEdit*>().at(2));
    typeText(QStringLiteral("Mwale"));
    tabTo(screen.editorFor("child_sex")->focusTarget());
    chooseRadio(QStringLiteral("Male"));
    tabTo(screen.editorFor("place_of_birth_type")->focusTarget());
    pickByKeys(QStringLiteral("private_home"));
    tabTo(screen.editorFor("weight_at_birth")->focusTarget());
    typeText(QStringLiteral("2")); // in progress: saved after the typing pause
    QTest::qWait(desktop::DeclarationScreen::kTypingPauseMs * 2);
    std::printf("%s\nREADY\n", screen.recordId().toStdString().c_str());
    std::fflush(stdout);
    for (;;)
        QTest::qWait(1000);
}
