// The screenshot run (ctest gui_shell_screenshots, under xvfb-run): the whole main window on
// every main screen — sign-in, PIN, home, search, form page, review, record, conflicts, outbox —
// in English, French and Arabic, written to
// <build>/artifacts/screenshots/shell-<screen>-<lang>.png. Fails when a screen cannot be grabbed or
// a language does not change the window's words.
#include "ShellTestSupport.h"
#include "app/desktop/form/DeclarationScreen.h"
#include "app/desktop/session/DesktopSession.h"
#include "app/desktop/shell/HomeScreen.h"
#include "app/desktop/shell/LanguageSwitcher.h"
#include "app/desktop/shell/MainWindow.h"
#include "app/desktop/shell/SignInWindow.h"
#include "sync/client/OfficeDirectory.h"
#include "tests/support/Fixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <cstdio>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;

namespace
{

int failures = 0;

void save(QWidget& w, const QString& name, const QString& lang)
{
    QCoreApplication::processEvents();
    QTest::qWait(50);
    const QString dir = QStringLiteral(VITALIS_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QString path = QStringLiteral("%1/shell-%2-%3.png").arg(dir, name, lang);
    if (!w.grab().save(path) || QFileInfo(path).size() < 5000) {
        std::fprintf(stderr, "FAILED: screenshot %s\n", qPrintable(path));
        ++failures;
    } else {
        std::printf("wrote %s\n", qPrintable(path));
    }
}

} // namespace

int main()
{
    guiTestApp();
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    FixedClock clock{SystemClock().nowMillis()};
    GuiTestProfile profile("local_registrar");
    auto session = profile.openSession(clock);
    // As the server's reference data leaves it after sign-in: offices by name.
    OfficeDirectory(session->store().settings())
        .remember(
            nlohmann::json::parse(R"([{"id": "OFF-ALD", "name": "Aldmoor Civil Registry"}])"));
    session->store().users().setPin(profile.userId(), "246813", clock.nowMillis());
    auto& r = session->records();
    const auto& a = session->actor();
    std::string firstId;
    const char* names[][2] = {{"Amina", "Banda"},  {"Bwalya", "Phiri"}, {"Chanda", "Mwale"},
                              {"Dalitso", "Zulu"}, {"Esther", "Tembo"}, {"Faith", "Lungu"}};
    int i = 0;
    for (const auto& n : names) {
        clock.advance(3'600'000);
        const auto action = i % 3 == 0   ? RecordAction::CreateDraft
                            : i % 3 == 1 ? RecordAction::Notify
                                         : RecordAction::Declare; // fills the review queue
        const auto rec =
            r.start(a, {"birth", "birth", 1, birthDeclaration(clock, n[0], n[1]), action});
        if (firstId.empty())
            firstId = rec.id;
        ++i;
    }
    Conflict k;
    k.recordId = firstId;
    k.fieldId = "child_sex";
    k.base = "female";
    k.mine = "female";
    k.theirs = "male";
    k.theirUser = "regagent.ald";
    k.theirAt = clock.nowMillis() - 3'600'000;
    k.myUser = a.userId;
    k.myAt = clock.nowMillis() - 7'200'000;
    k.detectedAt = clock.nowMillis();
    session->store().conflicts().add(k);

    LanguageSwitcher languages;
    languages.apply(QStringLiteral("en"));
    languages.attach(session.get());
    MainWindow window(*session, languages, nullptr);
    window.resize(1200, 760);
    window.show();

    QTemporaryDir laptop;
    FileKeyProvider keys(std::filesystem::path(laptop.path().toStdString()) / "keys");
    const QString root = laptop.path() + QStringLiteral("/profiles");
    makePinProfile(root, keys, "agent.ald", "field_agent", "246813", clock.nowMillis());
    makePinProfile(root, keys, "regagent.ald", "registration_agent", "246813", clock.nowMillis());
    SignInWindow signIn(keys, clock, ProfileCatalog(root),
                        QStringLiteral("https://registry.example.org"));
    signIn.resize(900, 560);
    signIn.show();

    QString previousFile;
    for (const QString& lang : LanguageSwitcher::languages()) {
        languages.switchTo(lang);
        QCoreApplication::processEvents(); // QApplication posts LanguageChange to each window
        const QString file = window.menuBar()->actions().at(0)->text();
        if (file == previousFile) {
            std::fprintf(stderr, "FAILED: the File menu did not change for %s\n", qPrintable(lang));
            ++failures;
        }
        previousFile = file;
        signIn.start();
        save(signIn, QStringLiteral("signin-choose"), lang);
        QTest::keyClick(signIn.findChild<QWidget*>(QStringLiteral("profileList")), Qt::Key_Return);
        save(signIn, QStringLiteral("signin-pin"), lang);
        QTest::keyClick(signIn.findChild<QWidget*>(QStringLiteral("pinOnline")), Qt::Key_Space);
        save(signIn, QStringLiteral("signin-login"), lang);

        window.goHome();
        save(window, QStringLiteral("home"), lang);
        window.openSearch(QStringLiteral("Banda"));
        save(window, QStringLiteral("search"), lang);
        window.newDeclaration(QStringLiteral("birth"));
        save(window, QStringLiteral("form"), lang);
        static_cast<DeclarationScreen*>(window.declarationScreen())->showReview();
        save(window, QStringLiteral("review"), lang);
        window.openRecord(QString::fromStdString(firstId));
        save(window, QStringLiteral("record"), lang);
        window.openConflicts({});
        save(window, QStringLiteral("conflicts"), lang);
        window.openOutbox();
        save(window, QStringLiteral("outbox"), lang);
        window.openReviewQueue();
        save(window, QStringLiteral("review-queue"), lang);
        window.lock();
        save(window, QStringLiteral("lock"), lang);
        auto* pin = window.findChild<QWidget*>(QStringLiteral("lockScreen"))
                        ->findChild<QWidget*>(QStringLiteral("pinInput"));
        QTest::keyClicks(pin, QStringLiteral("246813"));
        QTest::keyClick(pin, Qt::Key_Return);
    }
    languages.switchTo(QStringLiteral("en"));
    std::printf("%s\n", failures == 0 ? "all screenshots written" : "screenshot run FAILED");
    return failures == 0 ? 0 : 1;
}
