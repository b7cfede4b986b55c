// What a clerk trips over in the form (issue 12 §3): dates typed without guessing and shown
// one way, focus and errors on Next/Review, page marks and headings, a newborn's age, the
// reason of a record sent back, place pickers that search, and words for people.
#include "FormKeys.h"
#include "FormTestSession.h"
#include "GuiTestProfile.h"
#include "app/desktop/form/AttachmentImport.h"
#include "app/desktop/form/DateInput.h"
#include "app/desktop/form/DeclarationScreen.h"
#include "app/desktop/form/PageList.h"
#include "app/desktop/form/ReviewPage.h"
#include "app/desktop/form/UnitText.h"
#include "app/desktop/form/ValueFormatter.h"
#include "app/desktop/session/PlainWords.h"
#include "tests/support/Fixtures.h"

#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::test;
using vitalis::desktop::DateInput;
using vitalis::desktop::DeclarationScreen;
using vitalis::desktop::FieldEditor;

namespace
{

struct Fixture {
    explicit Fixture(const std::string& role = "field_agent", std::int64_t now = kFormTestNow)
        : clock(now), session(openFormSession(profile.profileDir(), profile.keyDir(), clock, role))
    {
        screen = std::make_unique<DeclarationScreen>(*session, navigator);
        screen->resize(1100, 800);
        screen->show();
        QApplication::setActiveWindow(screen.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(screen.get()));
    }
    GuiTestProfile profile;
    FixedClock clock;
    std::unique_ptr<desktop::DesktopSession> session;
    RecordingNavigator navigator;
    std::unique_ptr<DeclarationScreen> screen;
};

QLineEdit* dateLine(FieldEditor* editor)
{
    return editor->findChild<DateInput*>()->lineEdit();
}

QLabel* dateProblem(FieldEditor* editor)
{
    return editor->findChild<QLabel*>(QStringLiteral("dateProblem"));
}

// QTest::keyClicks knows only Latin-1 keys: other characters (Arabic-Indic digits) arrive as
// key events carrying their text, as an Arabic keyboard layout sends them.
void typeAnyText(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(focused(), c.toLatin1());
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(focused(), &press);
        QApplication::sendEvent(focused(), &release);
    }
}

void typeDate(FieldEditor* editor, const QString& text)
{
    dateLine(editor)->setFocus();
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    typeAnyText(text);
    QTest::keyClick(focused(), Qt::Key_Tab); // leaves the input: shown back or explained
}

} // namespace

TEST(FormDates, AmbiguousDatesAreRefusedWithBothReadingsNeverGuessed)
{
    Fixture f;
    f.screen->startNew(QStringLiteral("birth"));
    auto* birth = f.screen->editorFor("child_birth_date");

    typeDate(birth, QStringLiteral("3/11/2026"));
    EXPECT_EQ(birth->value(), "3/11/2026"); // not stored as a date
    ASSERT_TRUE(dateProblem(birth)->isVisible());
    EXPECT_TRUE(dateProblem(birth)->text().contains(QStringLiteral("3 November 2026")));
    EXPECT_TRUE(dateProblem(birth)->text().contains(QStringLiteral("11 March 2026")));

    typeDate(birth, QStringLiteral("3 nov 2026"));
    EXPECT_EQ(birth->value(), "2026-11-03");
    EXPECT_EQ(dateLine(birth)->text(), QStringLiteral("3 November 2026")); // as understood
    EXPECT_FALSE(dateProblem(birth)->isVisible());

    typeDate(birth, QStringLiteral("٢٥/١٠/٢٠٢٦")); // Arabic-Indic digits
    EXPECT_EQ(birth->value(), "2026-10-25");

    typeDate(birth, QStringLiteral("3/11/26"));
    EXPECT_TRUE(dateProblem(birth)->text().contains(QStringLiteral("4 digits")));
}

TEST(FormDates, OneWayOfShowingADateInEachLanguage)
{
    guiTestApp();
    DateInput input;
    input.setLanguage(QStringLiteral("ar"));
    input.setStoredValue(QStringLiteral("2026-11-03"));
    EXPECT_EQ(input.lineEdit()->text(), QStringLiteral("3 نوفمبر 2026"));
    input.setLanguage(QStringLiteral("fr"));
    EXPECT_EQ(input.lineEdit()->text(), QStringLiteral("3 novembre 2026"));
    EXPECT_EQ(input.isoDate(), QStringLiteral("2026-11-03"));

    // The review page formats answers with the same rule.
    forms::Field field;
    field.type = forms::FieldType::Date;
    const desktop::FormText english;
    const desktop::ValueFormatter formatter(english, nullptr);
    EXPECT_EQ(formatter.format(field, "2026-11-03"), QStringLiteral("3 November 2026"));
}

TEST(FormFocus, ComputedAgeIsNoTabStopAndANewbornIsNeverMinusOne)
{
    Fixture f;
    f.screen->startNew(QStringLiteral("birth"));
    auto* age = f.screen->editorFor("child_age_years");
    auto* birth = f.screen->editorFor("child_birth_date");
    EXPECT_EQ(age->focusTarget()->focusPolicy(), Qt::NoFocus);

    typeDate(birth, QStringLiteral("21 November 2026")); // a day after "today"
    EXPECT_FALSE(f.screen->evaluator()->values().contains("child_age_years"));
    EXPECT_FALSE(age->findChild<QLineEdit*>()->text().contains(QLatin1Char('-')))
        << age->findChild<QLineEdit*>()->text().toStdString();

    // Tab through the whole page: the computed age never takes the keyboard.
    dateLine(birth)->setFocus();
    for (int i = 0; i < 30; ++i) {
        EXPECT_NE(focused(), age->focusTarget());
        QTest::keyClick(focused(), Qt::Key_Tab);
    }
}

TEST(FormFocus, NextStopsOnTheFirstAnswerToCorrectAndThePageIsMarked)
{
    Fixture f;
    f.screen->startNew(QStringLiteral("birth"));
    auto* list = f.screen->findChild<desktop::PageList*>();
    ASSERT_NE(list, nullptr);
    EXPECT_FALSE(list->hasProblems(0));
    auto* birth = f.screen->editorFor("child_birth_date");
    typeDate(birth, QStringLiteral("2026-13-01"));
    EXPECT_TRUE(list->hasProblems(0));

    auto* name = f.screen->editorFor("child_name");
    name->findChild<QLineEdit*>()->setFocus();
    QTest::keyClick(focused(), Qt::Key_Right, Qt::AltModifier); // Next
    EXPECT_EQ(f.screen->currentPage(), 0);
    EXPECT_EQ(focused(), birth->focusTarget());
    EXPECT_TRUE(birth->visibleRegion().boundingRect().isValid()); // scrolled into view
    QTest::keyClick(focused(), Qt::Key_Right, Qt::AltModifier);   // Next again: moves on
    EXPECT_EQ(f.screen->currentPage(), 1);
    EXPECT_TRUE(list->hasProblems(0)); // still marked while on another page
    // The new page's first input has the keyboard.
    EXPECT_EQ(focused(), f.screen->editorFor("mother_name")->findChildren<QLineEdit*>().at(0));
}

TEST(FormFocus, EveryPageOpensWithItsHeading)
{
    Fixture f;
    f.screen->startNew(QStringLiteral("birth"));
    const auto& form = f.screen->evaluator()->form();
    for (int p = 0; p < f.screen->pageCount(); ++p) {
        const auto& page = form.pages[static_cast<std::size_t>(p)];
        f.screen->editorFor(form.fields[static_cast<std::size_t>(page.fields.back())].id);
        const bool formHeading = form.fields[static_cast<std::size_t>(page.fields.front())].type ==
                                 forms::FieldType::Heading;
        int headings = 0;
        for (auto* label : f.screen->findChildren<QLabel*>(QStringLiteral("pageHeading")))
            headings += label->text().isEmpty() ? 0 : 1;
        EXPECT_TRUE(formHeading || headings > 0) << page.id;
    }
    EXPECT_GT(f.screen->findChildren<QLabel*>(QStringLiteral("pageHeading")).size(), 0);
}

TEST(FormSentBack, TheReviewersReasonIsShownAtTheTopOfTheForm)
{
    Fixture f("field_agent", SystemClock().nowMillis());
    const auto rec = f.session->records().start(
        f.session->actor(),
        {"birth", "birth", 1, birthDeclaration(f.clock, "Amara"), RecordAction::Declare});
    const Actor registrar{"registrar.test", RoleCatalog::defaults().get("local_registrar"),
                          "OFF-ALD"};
    f.session->records().act(registrar, rec.id, RecordAction::Reject,
                             "The mother's ID number does not match the card");
    f.screen->editRecord(QString::fromStdString(rec.id));
    auto* banner = f.screen->findChild<QLabel*>(QStringLiteral("sentBackReason"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("does not match the card")))
        << banner->text().toStdString();

    f.screen->startNew(QStringLiteral("birth")); // a new declaration has no such banner
    EXPECT_FALSE(banner->isVisible());
}

TEST(FormPickers, PlacesAreSearchedByTypingAndShownWithTheirPath)
{
    Fixture f;
    f.screen->startNew(QStringLiteral("birth"));
    auto* address = f.screen->editorFor("mother_address");
    f.screen->showPage(f.screen->evaluator()->form().field("mother_address")->page);
    address->focusTarget()->setFocus();
    ASSERT_TRUE(searchAndPick(QStringLiteral("kes"), QStringLiteral("VIL-ALD-2")));
    EXPECT_EQ(address->value()["location"], "VIL-ALD-2");
    auto* line = qobject_cast<QLineEdit*>(address->focusTarget());
    EXPECT_EQ(line->text(), QStringLiteral("Aldmoor > Kessel"));
    // Editing the text un-chooses the place: nothing half-typed is taken for an answer.
    QTest::keyClick(line, Qt::Key_Backspace);
    EXPECT_TRUE(address->value().is_null() || !address->value().contains("location"));
}

TEST(FormWording, AHospitalClerkIsNeverToldAboutDeclaring)
{
    Fixture f("hospital_clerk");
    f.screen->startNew(QStringLiteral("birth"));
    f.screen->showReview();
    const QString summary = f.screen->review()->summary();
    EXPECT_FALSE(summary.contains(QStringLiteral("declar"), Qt::CaseInsensitive))
        << summary.toStdString();
    for (auto* button : f.screen->findChildren<QPushButton*>()) {
        if (!button->isVisible())
            continue;
        EXPECT_FALSE(button->text().contains(QStringLiteral("Declare"))) << "visible Declare";
        EXPECT_FALSE(button->toolTip().contains(QStringLiteral("before declaring")))
            << button->toolTip().toStdString();
    }
}

TEST(FormWording, FileSizesAndTypesInWordsForPeople)
{
    EXPECT_EQ(desktop::PlainWords::dataSize(2'621'440), QStringLiteral("2.5 MB"));
    EXPECT_EQ(desktop::PlainWords::dataSize(350 * 1024), QStringLiteral("350 KB"));
    EXPECT_EQ(desktop::PlainWords::dataSize(32 * 1024 * 1024), QStringLiteral("32 MB"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("hello");
    file.close();
    forms::Field field;
    field.acceptedTypes = {"image/jpeg", "application/pdf"};
    const auto imported = desktop::AttachmentImport::read(field, path);
    EXPECT_FALSE(imported.problem.isEmpty());
    EXPECT_FALSE(imported.problem.contains(QStringLiteral("text/plain")))
        << imported.problem.toStdString();
    EXPECT_FALSE(imported.problem.contains(QStringLiteral("/"))) << imported.problem.toStdString();
}
