// The Print certificate dialog (issue 16): a registrar opens a registered record, presses
// Print certificate… (Ctrl+P), fills who collects it and the receipt, saves as PDF: the file
// exists, exactly one certify op waits in the outbox, and the record leaves Ready to print for
// Printed. Without a valid issuing key the dialog refuses and says to sync; nothing is queued.
// A field agent is not offered the action.
#include "RecordsTestSupport.h"
#include "app/common/IssuingKey.h"
#include "app/desktop/records/PrintCertificateDialog.h"
#include "app/desktop/records/RecordScreen.h"
#include "certificates/KeyCertificate.h"
#include "core/Workqueue.h"
#include "core/store/MemoryKeyProvider.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <functional>
#include <gtest/gtest.h>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;

namespace
{

bool inQueue(Workqueue q, const Role& role, RecordStatus s)
{
    const auto statuses = workqueueStatuses(q, role);
    return std::find(statuses.begin(), statuses.end(), s) != statuses.end();
}

class PrintCertificateTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        session = profile.openSession(clock);
        session->setIssuingKeys(&keys);
        screen = std::make_unique<RecordScreen>(*session, nav);
        screen->resize(1100, 700);
        screen->show();
        screen->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(screen.get()));
    }

    // A birth the server has registered (as a pull brings it): nothing left to send.
    Record registeredBirth()
    {
        const Record r = session->records().start(
            session->actor(),
            {"birth", "birth", 1, birthDeclaration(clock, "Amina"), RecordAction::Declare});
        auto& outbox = session->store().outbox();
        std::vector<std::int64_t> ids;
        for (const auto& e : outbox.forRecord(r.id))
            ids.push_back(e.mutationId);
        outbox.markSending(ids, clock.nowMillis());
        for (auto id : ids)
            outbox.markResult(id, OutboxState::Applied, "", clock.nowMillis());
        Record server = session->store().records().get(r.id);
        server.status = RecordStatus::Registered;
        server.serverRevision = 3;
        server.registrationNumber = "ALD-2026-000007";
        session->store().records().saveServerCopy(server);
        return server;
    }

    // What a sync's renewal stores: this laptop's key certified by the server from now.
    void certifyLaptopKey()
    {
        IssuingKey key(keys, session->store().options().profileId, session->store().settings());
        const auto device = certificates::KeyCertificate::certifyDevice(
            key.key().publicKey(), server, clock.nowMillis() / 1000);
        const auto serverCert = certificates::KeyCertificate::issue(
            server.publicKey(), certificates::KeyRole::Server, clock.nowMillis() / 1000, 365, root);
        session->store().settings().set("certificates.device_certificate",
                                        certificates::hex(device.encode()));
        session->store().settings().set("certificates.server_certificate",
                                        certificates::hex(serverCert.encode()));
    }

    std::size_t certifyOps(const std::string& id)
    {
        std::size_t n = 0;
        for (const auto& e : session->store().outbox().forRecord(id))
            n += e.kind.name() == "certify" ? 1 : 0;
        return n;
    }

    // Opens the dialog with Ctrl+P and hands it to `fill` while it is up.
    void withDialog(const std::function<void(PrintCertificateDialog&)>& fill, bool* seen)
    {
        QTimer::singleShot(20, [this, fill, seen] {
            auto* dialog = qobject_cast<PrintCertificateDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                withDialog(fill, seen); // not up yet
                return;
            }
            *seen = true;
            fill(*dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        pressShortcut(screen.get(), Qt::Key_P);
    }

    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile{"local_registrar"};
    MemoryKeyProvider keys;
    certificates::SigningKey root = certificates::SigningKey::generate();
    certificates::SigningKey server = certificates::SigningKey::generate();
    std::unique_ptr<DesktopSession> session;
    RecordingNavigator nav;
    std::unique_ptr<RecordScreen> screen;
    QTemporaryDir out;
};

} // namespace

TEST_F(PrintCertificateTest, SaveAsPdfQueuesOnePrintAndMovesTheRecordToPrinted)
{
    certifyLaptopKey();
    const Record r = registeredBirth();
    const Role& role = session->actor().role;
    EXPECT_TRUE(inQueue(Workqueue::ReadyToPrint, role, r.status));
    screen->showRecord(QString::fromStdString(r.id));
    ASSERT_TRUE(screen->printButton()->isVisible());
    const QString pdf = out.filePath(QStringLiteral("certificate.pdf"));
    bool seen = false, saved = false;
    QString error;
    bool preview = false;
    withDialog(
        [&](PrintCertificateDialog& d) {
            preview = d.preview()->pixmap().width() > 0;
            d.collectorBox()->setFocus();
            QTest::keyClick(d.collectorBox(), Qt::Key_Home); // Mother
            QTest::keyClicks(d.idNumber(), QStringLiteral("ID-4471"));
            QTest::keyClick(d.idChecked(), Qt::Key_Space);
            QTest::keyClicks(d.receipt(), QStringLiteral("RC-0091"));
            saved = d.saveAsPdf(pdf);
            error = d.errorText();
        },
        &seen);
    ASSERT_TRUE(seen) << "Ctrl+P opens the dialog";
    EXPECT_TRUE(preview) << "a DRAFT preview is drawn";
    ASSERT_TRUE(saved) << error.toStdString();
    EXPECT_TRUE(QFileInfo(pdf).size() > 1000);
    EXPECT_EQ(certifyOps(r.id), 1u);
    const auto after = session->store().records().get(r.id);
    EXPECT_EQ(after.status, RecordStatus::Certified);
    EXPECT_FALSE(inQueue(Workqueue::ReadyToPrint, role, after.status));
    EXPECT_TRUE(inQueue(Workqueue::Printed, role, after.status));
}

TEST_F(PrintCertificateTest, WithoutAnIssuingKeyItRefusesAndSaysToSync)
{
    const Record r = registeredBirth(); // no key certified: never synced since it may print
    screen->showRecord(QString::fromStdString(r.id));
    bool seen = false, saved = true;
    QString error;
    withDialog(
        [&](PrintCertificateDialog& d) {
            QTest::keyClicks(d.idNumber(), QStringLiteral("ID-4471"));
            d.idChecked()->setChecked(true);
            QTest::keyClicks(d.receipt(), QStringLiteral("RC-0092"));
            saved = d.saveAsPdf(out.filePath(QStringLiteral("refused.pdf")));
            error = d.errorText();
        },
        &seen);
    ASSERT_TRUE(seen);
    EXPECT_FALSE(saved);
    EXPECT_TRUE(error.contains(QStringLiteral("sync"))) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out.filePath(QStringLiteral("refused.pdf"))));
    EXPECT_EQ(certifyOps(r.id), 0u);
    EXPECT_EQ(session->store().records().get(r.id).status, RecordStatus::Registered);
}

TEST(PrintCertificateScope, FieldAgentIsNotOfferedPrinting)
{
    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile{"field_agent"};
    auto session = profile.openSession(clock);
    RecordingNavigator nav;
    RecordScreen screen(*session, nav);
    const Record r = session->records().start(
        session->actor(),
        {"birth", "birth", 1, birthDeclaration(clock, "Neema"), RecordAction::Declare});
    Record server = session->store().records().get(r.id);
    server.status = RecordStatus::Registered;
    server.serverRevision = 2;
    session->store().records().saveServerCopy(server);
    screen.showRecord(QString::fromStdString(r.id));
    EXPECT_FALSE(screen.printButton()->isVisibleTo(&screen));
    EXPECT_TRUE(workqueueStatuses(Workqueue::Printed, session->actor().role).empty());
}
