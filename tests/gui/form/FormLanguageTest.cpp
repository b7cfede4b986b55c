// Languages and screenshots: the form re-renders its catalog text when the session's language
// changes (French, Arabic right to left), and the form and review pages are saved as PNGs in
// English, French and Arabic to <build>/artifacts/screenshots/ for people to look at.
#include "FormKeys.h"
#include "FormTestSession.h"
#include "GuiTestProfile.h"
#include "app/desktop/form/DeclarationScreen.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::test;
using vitalis::desktop::DeclarationScreen;

namespace
{

QString rowLabel(desktop::FieldEditor* editor)
{
    return editor->parentWidget()->findChildren<QLabel*>().at(0)->text();
}

void fillSome(DeclarationScreen& screen)
{
    auto set = [&](const char* id, const QString& text, int part = 0) {
        screen.editorFor(id)->findChildren<QLineEdit*>().at(part)->setFocus();
        typeText(text);
    };
    set("child_name", QStringLiteral("Amara"), 0);
    set("child_name", QStringLiteral("Banda"), 2);
    set("child_birth_date", QStringLiteral("2026-11-01"));
    set("weight_at_birth", QStringLiteral("9")); // out of range: the message shows
    screen.editorFor("child_sex")->focusTarget()->setFocus();
}

void save(QWidget& w, const QString& name)
{
    const QString dir = QStringLiteral(VITALIS_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    QTest::qWait(50); // let the layouts settle, as the event loop does for a person
    EXPECT_TRUE(w.grab().save(dir + QLatin1Char('/') + name)) << name.toStdString();
}

} // namespace

TEST(FormLanguage, LabelsFollowTheSessionLanguageAndArabicIsRightToLeft)
{
    GuiTestProfile profile;
    FixedClock clock(kFormTestNow);
    auto session = openFormSession(profile.profileDir(), profile.keyDir(), clock);
    RecordingNavigator navigator;
    DeclarationScreen screen(*session, navigator);
    screen.resize(1100, 760);
    screen.show();
    QApplication::setActiveWindow(&screen);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&screen));
    screen.startNew(QStringLiteral("birth"));
    fillSome(screen);
    auto* name = screen.editorFor("child_name");
    auto* weight = screen.editorFor("weight_at_birth");
    EXPECT_EQ(rowLabel(name), QStringLiteral("Child's name *"));

    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ar")}) {
        QTranslator qt;
        if (qt.load(QStringLiteral(VITALIS_FORM_QM_DIR "/form_") + lang))
            QCoreApplication::installTranslator(&qt);
        QApplication::setLayoutDirection(lang == QLatin1String("ar") ? Qt::RightToLeft
                                                                     : Qt::LeftToRight);
        session->setLanguage(lang);
        screen.showPage(0);
        if (lang == QLatin1String("fr")) {
            EXPECT_EQ(rowLabel(name), QStringLiteral("Nom de l'enfant *"));
            EXPECT_TRUE(weight->parentWidget()
                            ->findChild<QLabel*>(QStringLiteral("fieldErrors"))
                            ->text()
                            .startsWith(QStringLiteral("Le poids")));
        }
        EXPECT_EQ(screen.layoutDirection(),
                  lang == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
        save(screen, QStringLiteral("form-page-%1.png").arg(lang));
        screen.showReview();
        save(screen, QStringLiteral("form-review-%1.png").arg(lang));
        QCoreApplication::removeTranslator(&qt);
    }
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

// Every input of both shipped forms, on every page, has an accessible name in the session's
// language (screen readers), and every field type has an editor.
TEST(FormLanguage, EveryInputOfEveryPageHasAnAccessibleName)
{
    GuiTestProfile profile;
    FixedClock clock(kFormTestNow);
    auto session = openFormSession(profile.profileDir(), profile.keyDir(), clock);
    RecordingNavigator navigator;
    for (const char* event : {"birth", "death"}) {
        DeclarationScreen screen(*session, navigator);
        screen.startNew(QString::fromLatin1(event));
        const auto& form = screen.evaluator()->form();
        for (const auto& field : form.fields) {
            auto* editor = screen.editorFor(field.id);
            if (!field.holdsValue()) {
                EXPECT_EQ(editor, nullptr) << field.id;
                continue;
            }
            ASSERT_NE(editor, nullptr) << field.id;
            for (auto* input : editor->findChildren<QWidget*>()) {
                if (input->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel*>(input) ||
                    input->isWindow() || input->parentWidget() != editor)
                    continue;
                EXPECT_FALSE(input->accessibleName().isEmpty())
                    << event << ":" << field.id << " " << input->metaObject()->className();
            }
        }
    }
}
