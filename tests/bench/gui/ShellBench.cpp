// bench_gui_shell: the desktop shell on the offscreen platform over a real encrypted profile.
//  - ColdStartToPinScreen: the `vitalis` process from exec to its first screen (a laptop with
//    one profile: the "who are you" list) and exit; wall time per start.
//  - WorkqueueOpen / WorkqueueSort: a queue of VITALIS_BENCH_GUI_RECORDS (default 100,000)
//    records: list the ids and show the first screenful / re-sort by tracking ID.
//  - WorkqueueScroll: jump the table to a random place and paint it (rows load a page at a time).
//  - HomeCounts: the seven queue counts at that size.
//  - LanguageSwitch: the whole main window en -> fr -> ar, every screen retranslated.
// Figures: docs/performance.md (GUI section, "Shell").
#include "../../gui/shell/ShellTestSupport.h"
#include "GuiTestProfile.h"
#include "app/desktop/shell/HomeScreen.h"
#include "app/desktop/shell/LanguageSwitcher.h"
#include "app/desktop/shell/MainWindow.h"
#include "app/desktop/shell/RecordListModel.h"
#include "core/Uuid.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <benchmark/benchmark.h>
#include <random>

using namespace vitalis;
using namespace vitalis::desktop;
using namespace vitalis::test;

namespace
{

int recordCount()
{
    const int n = qEnvironmentVariableIntValue("VITALIS_BENCH_GUI_RECORDS");
    return n > 0 ? n : 100'000;
}

struct Env {
    Env()
    {
        auto& db = session->store().db();
        auto& repo = session->store().records();
        const char* families[] = {"Banda", "Phiri", "Mwale", "Zulu", "Tembo", "Lungu", "Sakala"};
        const char* firsts[] = {"Amina", "Bwalya", "Chanda", "Dalitso", "Esther", "Faith", "Grace"};
        const RecordStatus statuses[] = {RecordStatus::Declared, RecordStatus::Validated,
                                         RecordStatus::Registered, RecordStatus::Draft};
        for (int done = 0; done < recordCount();) {
            Transaction tx(db);
            for (int i = 0; i < 5000 && done < recordCount(); ++i, ++done) {
                Record r;
                r.id = generateUuid();
                r.eventType = "birth";
                r.formId = "birth";
                r.formVersion = 1;
                r.fields = {{"child_name",
                             {{"first", firsts[done % 7]}, {"family", families[(done / 7) % 7]}}}};
                r.trackingId = "B7K3M" + std::to_string(100000 + done);
                r.officeId = "OFF-ALD";
                r.status = statuses[done % 4];
                r.createdAt = r.updatedAt = 1'700'000'000'000 + done * 1000LL;
                repo.insert(r);
            }
            tx.commit();
        }
    }
    GuiTestProfile profile{"local_registrar"};
    FixedClock clock{1'763'900'000'000};
    std::unique_ptr<DesktopSession> session = profile.openSession(clock);
    RecordingNavigator navigator;
};

Env& env()
{
    static Env e;
    return e;
}

RecordListQuery reviewQueue()
{
    RecordListQuery q;
    q.statuses = workqueueStatuses(Workqueue::ReadyForReview, env().session->actor().role);
    return q;
}

void WorkqueueOpen(benchmark::State& state)
{
    RecordListModel model(env().session->store());
    QTableView view;
    view.resize(1100, 700);
    view.setModel(&model);
    view.show();
    for (auto _ : state) {
        model.setQuery(reviewQueue());
        QCoreApplication::processEvents(); // scroll ranges and layout, as the event loop would
        view.viewport()->repaint();
    }
    state.counters["cachedPages"] = model.pagesLoaded();
    state.counters["rows"] = model.rowCount();
}

void WorkqueueSort(benchmark::State& state)
{
    RecordListModel model(env().session->store());
    QTableView view;
    view.resize(1100, 700);
    view.setModel(&model);
    view.show();
    model.setQuery(reviewQueue());
    bool up = true;
    for (auto _ : state) {
        model.sort(RecordListModel::TrackingId, up ? Qt::AscendingOrder : Qt::DescendingOrder);
        QCoreApplication::processEvents();
        view.viewport()->repaint();
        up = !up;
    }
    state.counters["rows"] = model.rowCount();
}

void WorkqueueScroll(benchmark::State& state)
{
    RecordListModel model(env().session->store());
    QTableView view;
    view.resize(1100, 700);
    view.setModel(&model);
    view.show();
    model.setQuery(reviewQueue());
    QCoreApplication::processEvents();
    std::mt19937 rng(7);
    auto* bar = view.verticalScrollBar();
    if (bar->maximum() <= 0)
        state.SkipWithError("the table did not lay out: nothing to scroll");
    for (auto _ : state) {
        bar->setValue(static_cast<int>(rng() % static_cast<unsigned>(bar->maximum() + 1)));
        view.viewport()->repaint(); // the rows now visible are read from the store
    }
    state.counters["rows"] = model.rowCount();
    state.counters["cachedPages"] = model.pagesLoaded();
}

void HomeCounts(benchmark::State& state)
{
    HomeScreen home(*env().session, env().navigator);
    for (auto _ : state)
        for (auto q : workqueuesFor(env().session->actor().role))
            benchmark::DoNotOptimize(home.count(q));
}

void LanguageSwitch(benchmark::State& state)
{
    LanguageSwitcher languages;
    languages.apply(QStringLiteral("en"));
    languages.attach(env().session.get());
    MainWindow window(*env().session, languages, nullptr);
    window.show();
    QCoreApplication::processEvents();
    const QString order[] = {QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en")};
    int i = 0;
    for (auto _ : state) {
        languages.switchTo(order[i++ % 3]);
        QCoreApplication::processEvents(); // the posted LanguageChange events: every screen
        window.repaint();
    }
}

void ColdStartToPinScreen(benchmark::State& state)
{
    guiTestApp();
    QTemporaryDir laptop;
    FileKeyProvider keys(std::filesystem::path(laptop.path().toStdString()) / "keys");
    const QString root = laptop.path() + QStringLiteral("/profiles");
    makePinProfile(root, keys, "agent.ald", "field_agent", "246813", 1'763'900'000'000);
    for (auto _ : state) {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VITALIS_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(VITALIS_BIN),
                {QStringLiteral("--profile-dir"), root, QStringLiteral("--key-dir"),
                 laptop.path() + QStringLiteral("/keys")});
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            state.SkipWithError("vitalis did not start and exit cleanly");
            break;
        }
        state.SetIterationTime(static_cast<double>(t.nsecsElapsed()) / 1e9);
    }
}

} // namespace

BENCHMARK(ColdStartToPinScreen)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(WorkqueueOpen)->Unit(benchmark::kMillisecond);
BENCHMARK(WorkqueueSort)->Unit(benchmark::kMillisecond);
BENCHMARK(WorkqueueScroll)->Unit(benchmark::kMillisecond);
BENCHMARK(HomeCounts)->Unit(benchmark::kMillisecond);
BENCHMARK(LanguageSwitch)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    guiTestApp();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
