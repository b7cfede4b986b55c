// Keyboard only: a birth declaration with the father unknown is filled, validation messages
// appear and clear, the form is reviewed and declared; the outbox holds it with the typed values
// as ONE op, and the history has one entry.
#include "FormKeys.h"
#include "FormTestSession.h"
#include "GuiTestProfile.h"
#include "app/desktop/form/AttachmentFieldEditor.h"
#include "app/desktop/form/DeclarationScreen.h"
#include "app/desktop/form/ReviewPage.h"
#include "sync/client/FormCheck.h"

#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::test;
using vitalis::desktop::DeclarationScreen;
using vitalis::desktop::FieldEditor;

namespace
{

QLabel* errorLabel(FieldEditor* editor)
{
    return editor->parentWidget()->findChild<QLabel*>(QStringLiteral("fieldErrors"));
}

QWidget* part(FieldEditor* editor, int i)
{
    return editor->findChildren<QLineEdit*>().at(i);
}

struct Fixture {
    GuiTestProfile profile;
    FixedClock clock{kFormTestNow};
    std::unique_ptr<desktop::DesktopSession> session =
        openFormSession(profile.profileDir(), profile.keyDir(), clock);
    RecordingNavigator navigator;
};

} // namespace

TEST(FormKeyboard, BirthWithFatherUnknownDeclaredWithoutMouse)
{
    Fixture f;
    QTemporaryDir files;
    const QString scan = files.filePath(QStringLiteral("mother-id.png"));
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    ASSERT_TRUE(image.save(scan));

    DeclarationScreen screen(*f.session, f.navigator);
    screen.resize(1100, 800);
    screen.show();
    QApplication::setActiveWindow(&screen);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&screen));
    screen.startNew(QStringLiteral("birth"));
    ASSERT_EQ(screen.currentPage(), 0);

    // Child page: the first input has the focus.
    auto* childName = screen.editorFor("child_name");
    ASSERT_EQ(focused(), part(childName, 0));
    typeText(QStringLiteral("Amara"));
    ASSERT_TRUE(tabTo(part(childName, 2)));
    typeText(QStringLiteral("Banda"));
    ASSERT_TRUE(tabTo(screen.editorFor("child_sex")->focusTarget()));
    ASSERT_TRUE(chooseRadio(QStringLiteral("Female")));

    // A wrong date shows a message next to the field; fixing it clears the message.
    auto* birthDate = screen.editorFor("child_birth_date");
    ASSERT_TRUE(tabTo(birthDate->focusTarget()));
    typeText(QStringLiteral("2026-13-01"));
    EXPECT_TRUE(errorLabel(birthDate)->isVisible());
    EXPECT_FALSE(errorLabel(birthDate)->text().isEmpty());
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("1 Nov 2026")); // day, month as a word, year: never ambiguous
    EXPECT_FALSE(errorLabel(birthDate)->isVisible());

    ASSERT_TRUE(tabTo(screen.editorFor("place_of_birth_type")->focusTarget()));
    ASSERT_TRUE(pickByKeys(QStringLiteral("health_facility")));
    // The facility picker appears because of that choice.
    auto* facility = screen.editorFor("birth_facility");
    ASSERT_TRUE(facility->isVisibleTo(&screen));
    ASSERT_TRUE(tabTo(facility->focusTarget()));
    ASSERT_TRUE(pickByKeys(QStringLiteral("HF-ALD-1")));
    ASSERT_TRUE(tabTo(screen.editorFor("birth_type")->focusTarget()));
    ASSERT_TRUE(pickByKeys(QStringLiteral("single")));
    ASSERT_TRUE(tabTo(screen.editorFor("attendant_at_birth")->focusTarget()));
    ASSERT_TRUE(pickByKeys(QStringLiteral("midwife")));

    auto* weight = screen.editorFor("weight_at_birth");
    ASSERT_TRUE(tabTo(weight->focusTarget()));
    typeText(QStringLiteral("9"));
    ASSERT_TRUE(errorLabel(weight)->isVisible());
    EXPECT_EQ(errorLabel(weight)->text(),
              QStringLiteral("Weight at birth must be between 0.3 and 7 kg"));
    QTest::keyClick(focused(), Qt::Key_Backspace);
    typeText(QStringLiteral("3,2"));
    EXPECT_FALSE(errorLabel(weight)->isVisible());

    // Mother page (Alt+Right).
    QTest::keyClick(focused(), Qt::Key_Right, Qt::AltModifier);
    ASSERT_EQ(screen.currentPage(), 1);
    auto* motherName = screen.editorFor("mother_name");
    ASSERT_EQ(focused(), part(motherName, 0));
    typeText(QStringLiteral("Grace"));
    ASSERT_TRUE(tabTo(part(motherName, 2)));
    typeText(QStringLiteral("Banda"));
    ASSERT_TRUE(tabTo(screen.editorFor("mother_birth_date")->focusTarget()));
    typeText(QStringLiteral("1995-03-02"));
    ASSERT_TRUE(tabTo(screen.editorFor("mother_nationality")->focusTarget()));
    ASSERT_TRUE(pickByKeys(QStringLiteral("ZMB")));
    ASSERT_TRUE(tabTo(screen.editorFor("mother_id_type")->focusTarget()));
    ASSERT_TRUE(chooseRadio(QStringLiteral("Passport")));
    auto* passport = screen.editorFor("mother_passport");
    ASSERT_TRUE(tabTo(passport->focusTarget()));
    typeText(QStringLiteral("ab12"));
    EXPECT_TRUE(errorLabel(passport)->isVisible());
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("ZB123456"));
    EXPECT_FALSE(errorLabel(passport)->isVisible());
    ASSERT_TRUE(tabTo(screen.editorFor("mother_marital_status")->focusTarget()));
    ASSERT_TRUE(pickByKeys(QStringLiteral("single")));
    auto* address = screen.editorFor("mother_address");
    ASSERT_TRUE(tabTo(address->focusTarget()));
    ASSERT_TRUE(pickByKeys(QStringLiteral("VIL-ALD-1")));
    ASSERT_TRUE(tabTo(part(address, 1))); // 0 is the place search
    typeText(QStringLiteral("Plot 12"));

    // Father page (Ctrl+PgDown): details not available, reason "unknown".
    QTest::keyClick(focused(), Qt::Key_PageDown, Qt::ControlModifier);
    ASSERT_EQ(screen.currentPage(), 2);
    ASSERT_EQ(focused(), screen.editorFor("father_details_available")->focusTarget());
    ASSERT_TRUE(chooseRadio(QStringLiteral("No")));
    auto* reason = screen.editorFor("father_unavailable_reason");
    ASSERT_TRUE(reason->isVisibleTo(&screen));
    EXPECT_FALSE(screen.editorFor("father_name")->isVisibleTo(&screen));
    ASSERT_TRUE(tabTo(reason->focusTarget()));
    ASSERT_TRUE(pickByKeys(QStringLiteral("unknown")));

    // Informant page: the mother; a contact phone.
    QTest::keyClick(focused(), Qt::Key_Right, Qt::AltModifier);
    ASSERT_EQ(screen.currentPage(), 3);
    ASSERT_TRUE(pickByKeys(QStringLiteral("mother")));
    ASSERT_TRUE(tabTo(screen.editorFor("contact_phone")->focusTarget()));
    typeText(QStringLiteral("0971234567"));

    // Documents (late registration is skipped: the child is under a year old).
    QTest::keyClick(focused(), Qt::Key_Right, Qt::AltModifier);
    ASSERT_EQ(screen.currentPage(), 5);
    auto* files1 =
        qobject_cast<desktop::AttachmentFieldEditor*>(screen.editorFor("proof_of_birth"));
    ASSERT_EQ(focused(), files1->focusTarget());
    ASSERT_TRUE(tabTo(files1->findChildren<QPushButton*>().at(0))); // "Add file..."
    QTest::keyClick(focused(), Qt::Key_Space);
    ASSERT_TRUE(files1->fileDialog());
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return bool(focused() && files1->fileDialog() &&
                    files1->fileDialog()->isAncestorOf(focused()));
    }));
    typeText(scan);
    QTest::keyClick(focused(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return files1->value().size() == 1u; }));
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return focused() == files1->findChildren<QPushButton*>().at(0);
    })); // back on "Add file..."
    EXPECT_FALSE(screen.editorFor("proof_of_birth")
                     ->parentWidget()
                     ->findChild<QLabel*>(QStringLiteral("fieldErrors"))
                     ->isVisible());
    EXPECT_EQ(files1->value()[0]["name"], "mother-id.png");

    auto* motherDoc =
        qobject_cast<desktop::AttachmentFieldEditor*>(screen.editorFor("mother_id_document"));
    ASSERT_TRUE(tabTo(motherDoc->focusTarget()));
    ASSERT_TRUE(pickByKeys(QStringLiteral("passport")));
    ASSERT_TRUE(tabTo(motherDoc->findChildren<QPushButton*>().at(0)));
    QTest::keyClick(focused(), Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return bool(focused() && motherDoc->fileDialog() &&
                    motherDoc->fileDialog()->isAncestorOf(focused()));
    }));
    typeText(scan);
    QTest::keyClick(focused(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return motherDoc->value().size() == 1u; }));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return focused() == motherDoc->findChildren<QPushButton*>().at(0); }));

    ASSERT_TRUE(tabTo(screen.editorFor("informant_declaration")->focusTarget()));
    QTest::keyClick(focused(), Qt::Key_Space);
    QDir().mkpath(QStringLiteral(VITALIS_SCREENSHOT_DIR));
    QTest::qWait(50);
    EXPECT_TRUE(
        screen.grab().save(QStringLiteral(VITALIS_SCREENSHOT_DIR "/form-documents-en.png")));

    // Review (Ctrl+Return): nothing missing; then declare (Ctrl+Return again).
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(screen.currentPage(), -1);
    ASSERT_EQ(screen.review()->problemCount(), 0) << screen.evaluator()->errorsJson().dump();
    const std::string id = screen.recordId().toStdString();
    ASSERT_FALSE(id.empty());
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_FALSE(f.navigator.calls.empty());
    EXPECT_EQ(f.navigator.calls.back(), "open:" + id);

    // The store: declared, queued, with the typed values; hidden father fields absent.
    const Record r = f.session->store().records().get(id);
    EXPECT_EQ(r.status, RecordStatus::Declared);
    EXPECT_EQ(r.fields["child_name"], (nlohmann::json{{"first", "Amara"}, {"family", "Banda"}}));
    EXPECT_EQ(r.fields["child_sex"], "female");
    EXPECT_EQ(r.fields["child_birth_date"], "2026-11-01");
    EXPECT_EQ(r.fields["birth_facility"], "HF-ALD-1");
    EXPECT_EQ(r.fields["weight_at_birth"], 3.2);
    EXPECT_EQ(r.fields["mother_passport"], "ZB123456");
    EXPECT_EQ(r.fields["mother_address"],
              (nlohmann::json{{"location", "VIL-ALD-1"}, {"line", "Plot 12"}}));
    EXPECT_EQ(r.fields["father_details_available"], "no");
    EXPECT_EQ(r.fields["father_unavailable_reason"], "unknown");
    EXPECT_FALSE(r.fields.contains("father_name"));
    EXPECT_EQ(r.fields["contact_phone"], "0971234567");
    EXPECT_EQ(r.fields["informant_declaration"], true);
    EXPECT_EQ(r.fields["mother_id_document"][0]["documentType"], "passport");
    EXPECT_FALSE(r.trackingId.empty());
    // One declaration, one op: everything typed (and both documents) travels in the declare
    // op, and the history shows the action, not the keystrokes (issue 12).
    const auto ops = f.session->store().outbox().forRecord(id);
    ASSERT_EQ(ops.size(), 1u);
    EXPECT_EQ(ops[0].kind.name(), "declare");
    EXPECT_EQ(ops[0].payload["status"], "declared");
    EXPECT_EQ(ops[0].changes.size(), r.fields.size());
    EXPECT_EQ(ops[0].changes["mother_passport"]["value"], "ZB123456");
    const auto history = f.session->store().audit().forRecord(id);
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].action, "declare");
    EXPECT_EQ(f.session->store().outbox().lastMutationId(), 1);
    EXPECT_FALSE(f.session->store().drafts().load(id)); // the draft copy is gone
    EXPECT_EQ(f.session->store().attachments().forRecord(id).size(), 2u);
    // What the server runs on the push (same engine, same reference data) accepts it.
    const std::shared_ptr<const forms::FormRegistry> registry(std::shared_ptr<void>(),
                                                              &f.session->forms()); // not owned
    const FormCheck serverSide(registry, f.clock, f.session->reference());
    for (const auto& p :
         serverSide.check(r.formId, r.formVersion, r.fields, RecordStatus::Declared).problems)
        ADD_FAILURE() << p.fieldId << ": " << p.rule << " " << p.messageId << " " << p.params;
}

// A hospital clerk may only notify: with the child's name and nothing else, the review lists
// what is missing, "Declare" is not offered, and "Send incomplete" (Tab + Space) queues a
// notification with the typed value.
TEST(FormKeyboard, HospitalClerkSendsAnIncompleteNotification)
{
    GuiTestProfile profile;
    FixedClock clock{kFormTestNow};
    auto session = openFormSession(profile.profileDir(), profile.keyDir(), clock, "hospital_clerk");
    RecordingNavigator navigator;
    DeclarationScreen screen(*session, navigator);
    screen.resize(1100, 800);
    screen.show();
    QApplication::setActiveWindow(&screen);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&screen));
    screen.startNew(QStringLiteral("birth"));
    typeText(QStringLiteral("Neema"));
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(screen.currentPage(), -1);
    EXPECT_GT(screen.review()->problemCount(), 0);
    auto* declare = screen.findChild<QPushButton*>(QStringLiteral("declare"));
    auto* incomplete = screen.findChild<QPushButton*>(QStringLiteral("sendIncomplete"));
    EXPECT_FALSE(declare->isEnabled());
    ASSERT_TRUE(incomplete->isVisible());
    ASSERT_TRUE(tabTo(incomplete));
    QTest::keyClick(focused(), Qt::Key_Space);
    const std::string id = screen.recordId().toStdString();
    ASSERT_FALSE(id.empty());
    const Record r = session->store().records().get(id);
    EXPECT_EQ(r.status, RecordStatus::Notified);
    EXPECT_EQ(r.fields["child_name"], (nlohmann::json{{"first", "Neema"}}));
    EXPECT_EQ(navigator.calls.back(), "open:" + id);
}
