// bench_gui_form: the declaration form on the offscreen platform over a real encrypted profile.
//  - OpenBirthForm: construct the screen and open a new birth declaration (first page built).
//  - OpenBirthFormAllPages: the same with every page built (what a clerk paging through pays).
//  - KeystrokeToFeedback: one key into "weight at birth" until its message is shown or cleared
//    (evaluator + every visible row updated), alternating valid and invalid values.
// Figures: docs/performance.md (GUI section, "Declaration form").
#include "FormTestSession.h"
#include "GuiTestProfile.h"

#include "app/desktop/form/DeclarationScreen.h"

#include <QLabel>
#include <QTest>
#include <benchmark/benchmark.h>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

struct Env {
    GuiTestProfile profile;
    FixedClock clock{kFormTestNow};
    std::unique_ptr<desktop::DesktopSession> session =
        openFormSession(profile.profileDir(), profile.keyDir(), clock);
    RecordingNavigator navigator;
};

Env& env()
{
    static Env e;
    return e;
}

void OpenBirthForm(benchmark::State& state)
{
    const bool allPages = state.range(0) != 0;
    for (auto _ : state) {
        desktop::DeclarationScreen screen(*env().session, env().navigator);
        screen.resize(1100, 760);
        screen.startNew(QStringLiteral("birth"));
        if (allPages)
            for (const auto& f : screen.evaluator()->form().fields)
                screen.editorFor(f.id);
        benchmark::DoNotOptimize(screen.currentPage());
    }
    desktop::DeclarationScreen screen(*env().session, env().navigator);
    screen.startNew(QStringLiteral("birth"));
    state.counters["data_fields"] = screen.evaluator()->form().dataEntryFieldCount();
}
BENCHMARK(OpenBirthForm)->Arg(0)->ArgName("allPages")->Unit(benchmark::kMillisecond);
BENCHMARK(OpenBirthForm)->Arg(1)->ArgName("allPages")->Unit(benchmark::kMillisecond);

void KeystrokeToFeedback(benchmark::State& state)
{
    desktop::DeclarationScreen screen(*env().session, env().navigator);
    screen.resize(1100, 760);
    screen.show();
    screen.startNew(QStringLiteral("birth"));
    for (const auto& f : screen.evaluator()->form().fields)
        screen.editorFor(f.id); // every page built: the worst case for the per-key update
    auto* weight = screen.editorFor("weight_at_birth");
    auto* input = weight->focusTarget();
    auto* errors = weight->parentWidget()->findChild<QLabel*>(QStringLiteral("fieldErrors"));
    QTest::keyClick(input, Qt::Key_1); // "1": valid
    bool shown = false;
    for (auto _ : state) {
        // "19" is out of range, backspace makes it "1" again.
        QTest::keyClick(input, shown ? Qt::Key_Backspace : Qt::Key_9);
        shown = !shown;
        if (errors->isVisibleTo(&screen) != shown)
            state.SkipWithError("the validation message did not follow the keystroke");
    }
}
BENCHMARK(KeystrokeToFeedback)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv)
{
    guiTestApp();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
