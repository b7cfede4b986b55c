// Runtime language switch of the whole main window: English -> French -> Arabic -> English.
// Labels of the shell and of the other groups' screens change, Arabic lays out right to left,
// the choice is kept in the profile and the session tells form text to follow.
#include "ShellTestSupport.h"
#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/shell/HomeScreen.h"
#include "app/desktop/shell/LanguageSwitcher.h"
#include "app/desktop/shell/MainWindow.h"
#include "app/desktop/shell/SyncStatusBar.h"

#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;

namespace
{

// Alt+letter must reach one place: the menu bar's titles, and each menu's items, have
// different shortcut letters (a shared one only cycles, which a clerk reads as broken).
void expectUniqueMnemonics(MainWindow& w)
{
    auto letterOf = [](const QString& text) {
        const int amp = text.indexOf(QRegularExpression(QStringLiteral("&(?!&)")));
        return amp < 0 || amp + 1 >= text.size() ? QChar() : text.at(amp + 1).toLower();
    };
    auto check = [&](const QList<QAction*>& actions, const QString& where) {
        QMap<QChar, QString> seen;
        for (QAction* a : actions) {
            const QChar c = letterOf(a->text());
            if (c.isNull() || !a->isVisible())
                continue;
            EXPECT_FALSE(seen.contains(c))
                << where.toStdString() << ": '" << a->text().toStdString() << "' and '"
                << seen.value(c).toStdString() << "' share a shortcut letter";
            seen.insert(c, a->text());
        }
    };
    check(w.menuBar()->actions(), QStringLiteral("menu bar"));
    for (QAction* top : w.menuBar()->actions())
        if (top->menu())
            check(top->menu()->actions(), top->text());
}

QString menuTitle(MainWindow& w, int i)
{
    return w.menuBar()->actions().at(i)->text();
}

TEST(ShellLanguage, SwitchesEveryVisibleScreenAtRuntimeAndArabicIsRightToLeft)
{
    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile("local_registrar");
    auto session = profile.openSession(clock);
    session->records().start(session->actor(),
                             {"birth",
                              "birth",
                              1,
                              {{"child_name", {{"first", "Amina"}, {"family", "Banda"}}}},
                              RecordAction::CreateDraft});
    LanguageSwitcher languages;
    languages.apply(QStringLiteral("en"));
    languages.attach(session.get());
    MainWindow window(*session, languages, nullptr);
    window.show();
    QSignalSpy formLanguage(session.get(), &DesktopSession::languageChanged);

    auto* queues = window.home().findChild<QListWidget*>(QStringLiteral("queueList"));
    auto* newBirth = window.home().findChild<QPushButton*>(QStringLiteral("newBirth"));
    ASSERT_TRUE(queues && newBirth);
    EXPECT_EQ(menuTitle(window, 0), QStringLiteral("&File"));
    EXPECT_EQ(queues->item(0)->text(), QStringLiteral("In progress (1)"));
    EXPECT_EQ(newBirth->text(), QStringLiteral("New &birth"));
    EXPECT_EQ(window.layoutDirection(), Qt::LeftToRight);

    languages.switchTo(QStringLiteral("fr"));
    QCoreApplication::processEvents();
    EXPECT_EQ(menuTitle(window, 0), QStringLiteral("&Fichier"));
    EXPECT_EQ(queues->item(0)->text(), QStringLiteral("En cours (1)"));
    EXPECT_EQ(newBirth->text(), QStringLiteral("Nouvelle &naissance"));
    EXPECT_TRUE(window.statusWidget().onlineText().contains(QStringLiteral("Hors ligne")));
    EXPECT_EQ(session->language(), QStringLiteral("fr"));
    EXPECT_EQ(session->store().settings().get(LanguageSwitcher::kLanguageSetting, ""), "fr");
    EXPECT_EQ(window.layoutDirection(), Qt::LeftToRight);

    languages.switchTo(QStringLiteral("ar"));
    QCoreApplication::processEvents();
    EXPECT_EQ(menuTitle(window, 0), QStringLiteral("ملف (&م)"));
    expectUniqueMnemonics(window);
    EXPECT_EQ(queues->item(0)->text(),
              QStringLiteral("قيد الإعداد (1)")); // digits 0-9, as in dates
    EXPECT_EQ(QApplication::layoutDirection(), Qt::RightToLeft);
    EXPECT_EQ(window.layoutDirection(), Qt::RightToLeft);
    EXPECT_EQ(window.home().layoutDirection(), Qt::RightToLeft);
    EXPECT_EQ(window.declarationScreen()->layoutDirection(), Qt::RightToLeft);
    EXPECT_EQ(session->language(), QStringLiteral("ar"));

    languages.switchTo(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(menuTitle(window, 0), QStringLiteral("&File"));
    EXPECT_EQ(queues->item(0)->text(), QStringLiteral("In progress (1)"));
    EXPECT_EQ(window.layoutDirection(), Qt::LeftToRight);
    // fr, ar, en: the form catalogs were told each time.
    ASSERT_EQ(formLanguage.count(), 3);
    EXPECT_EQ(formLanguage.at(1).at(0).toString(), QStringLiteral("ar"));
}

TEST(ShellLanguage, EveryGroupHasCompiledTranslationsInTheExecutable)
{
    guiTestApp();
    for (const QString& group :
         {QStringLiteral("shell"), QStringLiteral("form"), QStringLiteral("records")})
        for (const QString& lang : {QStringLiteral("fr"), QStringLiteral("ar")}) {
            QTranslator t;
            EXPECT_TRUE(t.load(QStringLiteral(":/i18n/%1_%2.qm").arg(group, lang)))
                << group.toStdString() << "_" << lang.toStdString();
        }
}

} // namespace
