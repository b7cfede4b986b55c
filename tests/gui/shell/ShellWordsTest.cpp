// What the clerk reads on the shell: the user guide inside the app (F1) matching the buttons,
// the header in right-to-left order with the office by name, Arabic mnemonics that never split
// letters, and sessions that use the server's form definitions cached in the profile.
#include "ShellTestSupport.h"
#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/session/ShippedForms.h"
#include "app/desktop/shell/HomeScreen.h"
#include "app/desktop/shell/LanguageSwitcher.h"
#include "app/desktop/shell/MainWindow.h"
#include "app/desktop/shell/UserGuideWindow.h"
#include "sync/client/FormDefinitionCache.h"
#include "sync/client/OfficeDirectory.h"

#include <QDirIterator>
#include <QFile>
#include <QGlyphRun>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTextLayout>
#include <QXmlStreamReader>
#include <fstream>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;

namespace
{

const QString kSource = QStringLiteral(VITALIS_SOURCE_DIR);

// The glyphs Qt draws for `text`, with the mnemonic's underline at `underlineAt` (-1: none).
// Qt shapes each format run apart, so an underline inside a word can break Arabic joining.
QList<quint32> glyphs(const QString& text, int underlineAt)
{
    QTextLayout layout(text, QFont(QStringLiteral("DejaVu Sans")));
    if (underlineAt >= 0) {
        QTextLayout::FormatRange r;
        r.start = underlineAt;
        r.length = 1;
        r.format.setFontUnderline(true);
        layout.setFormats({r});
    }
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QList<quint32> out;
    for (const auto& run : layout.glyphRuns())
        out += run.glyphIndexes();
    std::sort(out.begin(), out.end());
    return out;
}

QStringList arabicTranslations()
{
    QStringList out;
    QDirIterator it(kSource + QStringLiteral("/translations"), {QStringLiteral("*_ar.ts")});
    while (it.hasNext()) {
        QFile f(it.next());
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"translation")
                out << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return out;
}

TEST(ShellWords, ArabicMnemonicsNeverBreakLetterJoining)
{
    guiTestApp();
    int mnemonics = 0;
    for (const QString& t : arabicTranslations()) {
        const int amp = t.indexOf(QRegularExpression(QStringLiteral("&(?!&)")));
        if (amp < 0 || amp + 1 >= t.size())
            continue;
        ++mnemonics;
        QString shown = t;
        shown.remove(amp, 1);
        EXPECT_EQ(glyphs(shown, amp), glyphs(shown, -1))
            << "the shortcut underline splits the letters of: " << t.toStdString();
    }
    EXPECT_GT(mnemonics, 30); // the check really ran over the menus and buttons
}

TEST(ShellWords, HeaderKeepsRightToLeftOrderAndNamesTheOffice)
{
    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile("field_agent");
    auto session = profile.openSession(clock);
    OfficeDirectory(session->store().settings())
        .remember(nlohmann::json::parse(R"([{"id": "OFF-ALD", "code": "ALD",
            "name": "Aldmoor Civil Registry", "location": "VD-N-ALD"}])"));
    LanguageSwitcher languages;
    languages.apply(QStringLiteral("ar"));
    languages.attach(session.get());
    RecordingNavigator nav;
    HomeScreen home(*session, nav);
    // The Latin name is isolated, so the Arabic comma stays after "welcome" on the right.
    EXPECT_TRUE(home.greeting().contains(QChar(0x2068) + QStringLiteral("Test field_agent") +
                                         QChar(0x2069)))
        << home.greeting().toStdString();
    EXPECT_TRUE(home.officeText().contains(QStringLiteral("Aldmoor Civil Registry")));
    EXPECT_FALSE(home.officeText().contains(QStringLiteral("OFF-ALD")));
    EXPECT_EQ(session->officeName("OFF-ALD"), QStringLiteral("Aldmoor Civil Registry"));
    languages.apply(QStringLiteral("en"));
}

TEST(ShellWords, F1OpensTheUserGuideWhichMatchesTheButtons)
{
    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile("local_registrar");
    auto session = profile.openSession(clock);
    LanguageSwitcher languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(*session, languages, nullptr);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    ASSERT_NE(window.userGuide(), nullptr);
    ASSERT_TRUE(waitFor([&] { return window.userGuide()->isVisible(); }, 2000));
    EXPECT_TRUE(window.userGuide()->isLoaded());
    const QString text = window.userGuide()->browser().toPlainText();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Vitalis user guide")))
        << text.left(80).toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("](screenshots/"))); // rendered, not raw Markdown
    // The guide names the buttons the clerk sees, where they are.
    EXPECT_TRUE(text.contains(QStringLiteral("Send incomplete")));
    EXPECT_FALSE(text.contains(QStringLiteral("Send as notification")));
    EXPECT_TRUE(text.contains(QStringLiteral("Register selected")));
    EXPECT_TRUE(text.contains(QStringLiteral("Review queue")));
    EXPECT_TRUE(text.contains(QStringLiteral("F1")));
    // Every screenshot it shows is there (installed beside it under the same names).
    QFile md(kSource + QStringLiteral("/docs/user-guide.md"));
    ASSERT_TRUE(md.open(QIODevice::ReadOnly));
    const auto images = QRegularExpression(QStringLiteral("\\]\\((screenshots/[^)]+)\\)"))
                            .globalMatch(QString::fromUtf8(md.readAll()));
    int n = 0;
    for (auto it = images; it.hasNext(); ++n) {
        const QString file = it.next().captured(1);
        EXPECT_TRUE(QFile::exists(kSource + QStringLiteral("/docs/") + file)) << file.toStdString();
    }
    EXPECT_GT(n, 5);
    // Help menu: User guide, with F1 shown beside it.
    QMenu* help = window.menuBar()->actions().last()->menu();
    ASSERT_NE(help, nullptr);
    EXPECT_EQ(help->actions().first()->text(), QStringLiteral("&User guide"));
    EXPECT_EQ(help->actions().first()->shortcut(), QKeySequence(Qt::Key_F1));
    QTest::keyClick(window.userGuide(), Qt::Key_Escape);
    EXPECT_FALSE(window.userGuide()->isVisible());
}

TEST(ShellWords, SessionFormsAreTheServersCachedDefinitionsWithShippedFallback)
{
    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile("field_agent");
    auto session = profile.openSession(clock);
    const auto shipped = loadShippedForms(locateShareDirectory());
    std::ifstream in((kSource + QStringLiteral("/forms/definitions/birth.json")).toStdString());
    auto def = nlohmann::json::parse(in);
    def["version"] = 2; // the server published a new version of the birth form
    FormDefinitionCache(session->store().settings()).put(def);

    const auto forms = formsForProfile(session->store(), shipped);
    EXPECT_TRUE(forms.problems.isEmpty()) << forms.problems.toStdString();
    ASSERT_NE(forms.registry->latest("birth"), nullptr);
    EXPECT_EQ(forms.registry->latest("birth")->version, 2);
    EXPECT_NE(forms.registry->find("birth", 1), nullptr); // shipped: older records keep theirs
    EXPECT_NE(forms.registry->latest("death"), nullptr);
    ASSERT_NE(forms.registry->catalogs().find("fr"), nullptr); // labels in every language
    EXPECT_EQ(forms.reference, shipped.reference);
}

} // namespace

// Issue 16: Go → Verify certificate (Ctrl+Shift+V) opens the screen ready for the scanner.
TEST(ShellWords, CtrlShiftVOpensVerifyCertificateReadyForTheScanner)
{
    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile("field_agent");
    auto session = profile.openSession(clock);
    LanguageSwitcher languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(*session, languages, nullptr);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_NE(window.verifyScreen(), nullptr);
    QTest::keyClick(&window, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(window.currentScreen(), window.verifyScreen());
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    EXPECT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("qrText"));
    bool inGoMenu = false;
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction* a : menu->menu()->actions())
                inGoMenu |= a->text() == QStringLiteral("&Verify certificate") &&
                            a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V);
    EXPECT_TRUE(inGoMenu);
}
