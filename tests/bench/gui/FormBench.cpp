// bench_gui_form: the declaration form on the offscreen platform over a real encrypted profile.
//  - OpenBirthForm: construct the screen and open a new birth declaration (first page built).
//  - OpenBirthFormAllPages: the same with every page built (what a clerk paging through pays).
//  - OpenBirthFormManyLocations: all pages with 50,000 leaf locations and 2,000 facilities in
//    the reference data (the five address pickers share one model).
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

std::shared_ptr<const forms::ReferenceData> bigReference()
{
    auto data = std::make_shared<forms::StaticReferenceData>();
    for (int d = 0; d < 100; ++d) {
        const std::string district = "D" + std::to_string(d);
        data->add("locations", {district, "", "District " + std::to_string(d), false});
        for (int v = 0; v < 500; ++v)
            data->add("locations", {district + "-V" + std::to_string(v), district,
                                    "Village " + std::to_string(d * 500 + v), true});
        for (int f = 0; f < 20; ++f)
            data->add("facilities", {district + "-F" + std::to_string(f), district,
                                     "Health centre " + std::to_string(d * 20 + f), true});
    }
    return data;
}

void OpenBirthFormManyLocations(benchmark::State& state)
{
    static GuiTestProfile profile;
    static FixedClock clock{kFormTestNow};
    static auto session = openFormSession(profile.profileDir(), profile.keyDir(), clock,
                                          "field_agent", bigReference());
    const bool reuse = state.range(0) != 0;
    desktop::DeclarationScreen reused(*session, env().navigator);
    reused.startNew(QStringLiteral("birth"));
    for (auto _ : state) {
        std::unique_ptr<desktop::DeclarationScreen> fresh;
        if (!reuse)
            fresh = std::make_unique<desktop::DeclarationScreen>(*session, env().navigator);
        auto& screen = reuse ? reused : *fresh;
        screen.resize(1100, 760);
        screen.startNew(QStringLiteral("birth"));
        for (const auto& f : screen.evaluator()->form().fields)
            screen.editorFor(f.id);
        benchmark::DoNotOptimize(screen.currentPage());
    }
}
// reusedScreen:1 is the shell's case: one screen, the location list already built.
BENCHMARK(OpenBirthFormManyLocations)
    ->Arg(0)
    ->Arg(1)
    ->ArgName("reusedScreen")
    ->Unit(benchmark::kMillisecond);

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
