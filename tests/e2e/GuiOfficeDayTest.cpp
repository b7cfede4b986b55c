// Issue 7's GUI pass of the office day, end to end on the real vitalis-server (SQLite and
// PostgreSQL): a field agent's desktop profile declares a complete birth THROUGH the declaration
// screen by keyboard and syncs; the local registrar's desktop profile syncs, registers it on the
// record screen by keyboard and syncs; the agent syncs and holds the server's registration
// number; a user of another district never receives the record.
#include "FormKeys.h"
#include "GuiTestProfile.h"
#include "app/desktop/form/AttachmentFieldEditor.h"
#include "app/desktop/form/DeclarationScreen.h"
#include "app/desktop/form/ReviewPage.h"
#include "app/desktop/records/ConfirmDialog.h"
#include "app/desktop/records/RecordScreen.h"
#include "app/desktop/session/Navigator.h"
#include "core/RandomSource.h"
#include "sync/client/ApiClient.h"
#include "sync/client/CurlTransport.h"
#include "sync/client/SyncEngine.h"
#include "tests/support/Fixtures.h"
#include "tests/support/ServerView.h"
#include "tests/support/SyncStack.h"
#include "tests/support/TempDir.h"

#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <chrono>
#include <functional>
#include <gtest/gtest.h>
#include <regex>
#include <thread>

using namespace vitalis;
using namespace vitalis::test;
using vitalis::desktop::DeclarationScreen;
using vitalis::desktop::RecordScreen;
namespace fs = std::filesystem;

namespace
{

class Navigation final : public desktop::Navigator
{
public:
    void goHome() override { last = "home"; }
    void newDeclaration(const QString& e) override { last = "new:" + e.toStdString(); }
    void editRecord(const QString& id) override { last = "edit:" + id.toStdString(); }
    void openRecord(const QString& id) override { last = "open:" + id.toStdString(); }
    void correctRecord(const QString& id, bool) override { last = "correct:" + id.toStdString(); }
    void openConflicts(const QString& id) override { last = "conflicts:" + id.toStdString(); }
    void openOutbox() override { last = "outbox"; }
    void openSearch(const QString& t) override { last = "search:" + t.toStdString(); }
    std::string last;
};

// One laptop running the desktop client: a real encrypted profile signed in to the server as
// `username`, its DesktopSession, and the sync engine over the session's store (as the shell's
// sync worker has it, here on the GUI thread).
class DesktopDevice
{
public:
    DesktopDevice(const fs::path& dir, const std::string& serverUrl, const std::string& username,
                  const Clock& clock)
        : m_keys(dir / "keys")
    {
        guiTestApp();
        auto store = ProfileStore::open(dir / "profile", m_keys);
        m_sync = std::make_unique<test::SyncStack>(*store, clock, serverUrl, 4);
        const auto tokens = m_sync->api().login(username, kDemoPassword);
        LocalUser user;
        user.userId = tokens.user.id;
        user.displayName = username;
        user.officeId = tokens.user.officeId;
        user.roles = nlohmann::json::array({tokens.user.role});
        store->users().upsert(user);
        const Actor actor{tokens.user.id, RoleCatalog::defaults().get(tokens.user.role),
                          tokens.user.officeId};
        static const desktop::ShippedForms shipped =
            desktop::loadShippedForms(desktop::locateShareDirectory());
        session = std::make_unique<desktop::DesktopSession>(
            std::move(store), actor, shipped.registry, shipped.reference, clock);
        session->records().setDeviceCode(tokens.deviceCode);
    }
    sync::SyncReport sync()
    {
        auto r = m_sync->engine().run();
        session->notifyManyChanged();
        return r;
    }
    std::unique_ptr<desktop::DesktopSession> session;

private:
    FileKeyProvider m_keys;
    std::unique_ptr<test::SyncStack> m_sync;
};

QWidget* part(desktop::FieldEditor* editor, int i)
{
    return editor->findChildren<QLineEdit*>().at(i);
}

// Attaches `file` on an attachment field by keyboard: Tab to "Add file...", Space, type the
// path in the file dialog, Return.
void attachByKeys(desktop::AttachmentFieldEditor* files, const QString& file)
{
    auto* add = files->findChildren<QPushButton*>().at(0);
    ASSERT_TRUE(tabTo(add));
    const auto before = files->value().size();
    QTest::keyClick(focused(), Qt::Key_Space);
    // QTest::qWaitFor rather than QTRY_*: those report to QtTest's log, which gtest never reads.
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return focused() && files->fileDialog() && files->fileDialog()->isAncestorOf(focused());
    })) << "the file dialog has the focus";
    typeText(file);
    QTest::keyClick(focused(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return files->value().size() == before + 1; }))
        << "the typed file is attached";
    ASSERT_TRUE(QTest::qWaitFor([&] { return focused() == add; })) << "back on Add file...";
}

// The field agent's whole declaration by keyboard: child, mother, father unknown, informant,
// documents, review, declare. Returns the record id ("" on failure).
std::string declareBirthByKeyboard(desktop::DesktopSession& session, const QString& scan)
{
    Navigation nav;
    DeclarationScreen screen(session, nav);
    screen.resize(1100, 800);
    screen.show();
    QApplication::setActiveWindow(&screen);
    EXPECT_TRUE(QTest::qWaitForWindowActive(&screen));
    screen.startNew(QStringLiteral("birth"));
    EXPECT_EQ(screen.currentPage(), 0);
    std::string id;
    [&] {
        auto* childName = screen.editorFor("child_name");
        ASSERT_EQ(focused(), part(childName, 0));
        typeText(QStringLiteral("Amara"));
        ASSERT_TRUE(tabTo(part(childName, 2)));
        typeText(QStringLiteral("Mwale"));
        ASSERT_TRUE(tabTo(screen.editorFor("child_sex")->focusTarget()));
        ASSERT_TRUE(chooseRadio(QStringLiteral("Female")));
        ASSERT_TRUE(tabTo(screen.editorFor("child_birth_date")->focusTarget()));
        typeText(QString::fromStdString(isoDaysBefore(serverClock(), 3)));
        ASSERT_TRUE(tabTo(screen.editorFor("place_of_birth_type")->focusTarget()));
        ASSERT_TRUE(pickByKeys(QStringLiteral("health_facility")));
        ASSERT_TRUE(tabTo(screen.editorFor("birth_facility")->focusTarget()));
        ASSERT_TRUE(pickByKeys(QStringLiteral("HF-ALD-1")));
        ASSERT_TRUE(tabTo(screen.editorFor("birth_type")->focusTarget()));
        ASSERT_TRUE(pickByKeys(QStringLiteral("single")));
        ASSERT_TRUE(tabTo(screen.editorFor("attendant_at_birth")->focusTarget()));
        ASSERT_TRUE(pickByKeys(QStringLiteral("midwife")));
        ASSERT_TRUE(tabTo(screen.editorFor("weight_at_birth")->focusTarget()));
        typeText(QStringLiteral("3.2"));

        QTest::keyClick(focused(), Qt::Key_Right, Qt::AltModifier); // mother
        ASSERT_EQ(screen.currentPage(), 1);
        auto* motherName = screen.editorFor("mother_name");
        ASSERT_EQ(focused(), part(motherName, 0));
        typeText(QStringLiteral("Grace"));
        ASSERT_TRUE(tabTo(part(motherName, 2)));
        typeText(QStringLiteral("Mwale"));
        ASSERT_TRUE(tabTo(screen.editorFor("mother_birth_date")->focusTarget()));
        typeText(QStringLiteral("1995-03-02"));
        ASSERT_TRUE(tabTo(screen.editorFor("mother_nationality")->focusTarget()));
        ASSERT_TRUE(pickByKeys(QStringLiteral("ZMB")));
        ASSERT_TRUE(tabTo(screen.editorFor("mother_id_type")->focusTarget()));
        ASSERT_TRUE(chooseRadio(QStringLiteral("Passport")));
        ASSERT_TRUE(tabTo(screen.editorFor("mother_passport")->focusTarget()));
        typeText(QStringLiteral("ZB123456"));
        ASSERT_TRUE(tabTo(screen.editorFor("mother_marital_status")->focusTarget()));
        ASSERT_TRUE(pickByKeys(QStringLiteral("single")));
        auto* address = screen.editorFor("mother_address");
        ASSERT_TRUE(tabTo(address->focusTarget()));
        ASSERT_TRUE(pickByKeys(QStringLiteral("VIL-ALD-1")));
        ASSERT_TRUE(tabTo(part(address, 1))); // 0 is the place search
        typeText(QStringLiteral("Plot 12"));

        QTest::keyClick(focused(), Qt::Key_PageDown, Qt::ControlModifier); // father
        ASSERT_EQ(screen.currentPage(), 2);
        ASSERT_TRUE(chooseRadio(QStringLiteral("No")));
        ASSERT_TRUE(tabTo(screen.editorFor("father_unavailable_reason")->focusTarget()));
        ASSERT_TRUE(pickByKeys(QStringLiteral("unknown")));

        QTest::keyClick(focused(), Qt::Key_Right, Qt::AltModifier); // informant
        ASSERT_EQ(screen.currentPage(), 3);
        ASSERT_TRUE(pickByKeys(QStringLiteral("mother")));
        ASSERT_TRUE(tabTo(screen.editorFor("contact_phone")->focusTarget()));
        typeText(QStringLiteral("0971234567"));

        QTest::keyClick(focused(), Qt::Key_Right, Qt::AltModifier); // documents
        ASSERT_EQ(screen.currentPage(), 5) << "late registration skipped: a 3-day-old child";
        attachByKeys(
            qobject_cast<desktop::AttachmentFieldEditor*>(screen.editorFor("proof_of_birth")),
            scan);
        auto* motherDoc =
            qobject_cast<desktop::AttachmentFieldEditor*>(screen.editorFor("mother_id_document"));
        ASSERT_TRUE(tabTo(motherDoc->focusTarget()));
        ASSERT_TRUE(pickByKeys(QStringLiteral("passport")));
        attachByKeys(motherDoc, scan);
        ASSERT_TRUE(tabTo(screen.editorFor("informant_declaration")->focusTarget()));
        QTest::keyClick(focused(), Qt::Key_Space);

        QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier); // review
        ASSERT_EQ(screen.currentPage(), -1);
        ASSERT_EQ(screen.review()->problemCount(), 0) << screen.evaluator()->errorsJson().dump();
        const std::string recordId = screen.recordId().toStdString();
        QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier); // declare
        ASSERT_EQ(nav.last, "open:" + recordId);
        id = recordId;
    }();
    return id;
}

class GuiOfficeDay : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        dir = freshDir(std::string("e2e-gui-") +
                       ::testing::UnitTest::GetInstance()->current_test_info()->name());
        server = std::make_unique<TestServer>(GetParam(), dir / "server");
        server->start();
    }
    void TearDown() override
    {
        if (HasFailure())
            std::fprintf(stderr, "server log:\n%s\n(files kept in %s)\n", server->log().c_str(),
                         dir.c_str());
        server.reset();
        if (!HasFailure())
            fs::remove_all(dir);
    }
    fs::path dir;
    std::unique_ptr<TestServer> server;
    SystemClock clock;
};

TEST_P(GuiOfficeDay, BirthDeclaredAndRegisteredThroughTheDesktopClient)
{
    QTemporaryDir files;
    const QString scan = files.filePath(QStringLiteral("scan.png"));
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    ASSERT_TRUE(image.save(scan));

    // 1-2. The field agent declares by keyboard on the desktop and syncs.
    DesktopDevice agent(dir / "agent", server->url(), "agent.ald", clock);
    ASSERT_TRUE(agent.sync().ok);
    const std::string id = declareBirthByKeyboard(*agent.session, scan);
    ASSERT_FALSE(id.empty());
    auto report = agent.sync();
    ASSERT_TRUE(report.ok) << report.error;
    EXPECT_EQ(report.rejected, 0);
    ServerView registrarView(*server, "registrar.ald");
    const json declared = registrarView.record(id);
    ASSERT_TRUE(declared.is_object()) << "the server holds the declaration";
    EXPECT_EQ(declared["status"], "declared") << declared.dump();
    EXPECT_EQ(declared["fields"]["child_name"], (json{{"first", "Amara"}, {"family", "Mwale"}}));
    EXPECT_EQ(declared["fields"]["mother_passport"], "ZB123456");
    EXPECT_EQ(declared["fields"]["father_unavailable_reason"], "unknown");
    EXPECT_EQ(declared["fields"]["proof_of_birth"].size(), 1u) << "the attached scan";
    EXPECT_EQ(declared["fields"]["mother_id_document"][0]["documentType"], "passport");

    // 3. The local registrar syncs, opens it on the record screen and registers (Ctrl+R, then
    //    Enter on the confirmation).
    DesktopDevice registrar(dir / "registrar", server->url(), "registrar.ald", clock);
    ASSERT_TRUE(registrar.sync().ok);
    ASSERT_TRUE(registrar.session->store().records().exists(id));
    Navigation nav;
    RecordScreen screen(*registrar.session, nav);
    screen.resize(1100, 700);
    screen.show();
    screen.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&screen));
    screen.showRecord(QString::fromStdString(id));
    ASSERT_NE(screen.actionButton(RecordAction::Register), nullptr);
    bool confirmed = false;
    std::function<void()> confirm = [&confirmed, &confirm] {
        auto* dialog = qobject_cast<desktop::ConfirmDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, confirm);
            return;
        }
        confirmed = true;
        QTest::keyClick(dialog, Qt::Key_Return);
    };
    QTimer::singleShot(20, confirm);
    QTest::keyClick(&screen, Qt::Key_R, Qt::ControlModifier);
    QTest::qWait(200); // the shortcut's animated click
    EXPECT_TRUE(confirmed) << "registering asks first";
    EXPECT_EQ(registrar.session->store().records().get(id).status, RecordStatus::Registered);
    // The registrar's laptop holds numbers the server reserved for it at its last sync
    // (offline registration): the number is final at once and the sync keeps it.
    const std::string local = registrar.session->store().records().get(id).registrationNumber;
    EXPECT_TRUE(std::regex_match(local, std::regex("ALD-[0-9]{4}-[0-9]{6}"))) << local;
    EXPECT_EQ(screen.resultText(), QStringLiteral("Registered: ") + QString::fromStdString(local));
    report = registrar.sync();
    ASSERT_TRUE(report.ok) << report.error;
    EXPECT_EQ(report.rejected, 0);

    const json onServer = registrarView.record(id);
    ASSERT_EQ(onServer["status"], "registered") << onServer.dump();
    const std::string number = onServer.value("registration_number", "");
    EXPECT_TRUE(std::regex_match(number, std::regex("ALD-[0-9]{4}-[0-9]{6}"))) << number;
    EXPECT_EQ(registrar.session->store().records().get(id).registrationNumber, number);
    EXPECT_EQ(number, local);
    // The sync brought the number: the screen says it.
    EXPECT_EQ(screen.resultText(), QStringLiteral("Registered: ") + QString::fromStdString(number));
    screen.showRecord(QString::fromStdString(id));
    EXPECT_FALSE(screen.statusText().contains(QStringLiteral("waiting")))
        << screen.statusText().toStdString();

    // 4. The field agent syncs: Registered with the server's number, on the record screen too.
    ASSERT_TRUE(agent.sync().ok);
    const Record mine = agent.session->store().records().get(id);
    EXPECT_EQ(mine.status, RecordStatus::Registered);
    EXPECT_EQ(mine.registrationNumber, number);
    RecordScreen agentScreen(*agent.session, nav);
    agentScreen.showRecord(QString::fromStdString(id));
    EXPECT_TRUE(agentScreen.statusText().contains(QStringLiteral("Registered")))
        << agentScreen.statusText().toStdString();
    const QString shownNumber =
        QStringLiteral("Registration number: ") + QString::fromStdString(number);
    bool numberShown = false;
    for (const auto* label : agentScreen.findChildren<QLabel*>())
        numberShown = numberShown || label->text().contains(shownNumber);
    EXPECT_TRUE(numberShown) << "the record screen shows " << shownNumber.toStdString();

    // 5. Another district's agent syncs and never receives it; the server refuses it too.
    DesktopDevice other(dir / "bre", server->url(), "agent.bre", clock);
    ASSERT_TRUE(other.sync().ok);
    EXPECT_FALSE(other.session->store().records().exists(id));
    EXPECT_TRUE(ServerView(*server, "agent.bre").record(id).is_null());
}

INSTANTIATE_TEST_SUITE_P(Backends, GuiOfficeDay,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         vitalis::test::BackendName());

} // namespace

// The QApplication must exist before TestDatabase's test environment (tests/support), which
// otherwise makes a plain QCoreApplication (and windows then never become active).
int main(int argc, char** argv)
{
    guiTestApp();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
