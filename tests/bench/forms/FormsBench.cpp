// Form engine timings: loading and validating the shipped birth definition (goal < 5 ms), a full
// evaluation of a complete declaration, and re-evaluation after one field changes (goal < 50 us).
// Run: build/tests/bench/forms/bench_forms   (figures in docs/performance.md)
#include "forms/DateMath.h"
#include "forms/FormEvaluator.h"
#include "forms/FormParser.h"
#include "forms/MessageCatalog.h"
#include "forms/ReferenceData.h"
#include "forms/ReferenceSearch.h"

#include <benchmark/benchmark.h>
#include <fstream>
#include <sstream>

using namespace vitalis::forms;
using nlohmann::json;

namespace
{

const std::string kRoot = VITALIS_SOURCE_DIR;

std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const CatalogSet& catalogs()
{
    static const CatalogSet set = [] {
        FormErrors errors;
        auto s = CatalogSet::loadDirectory(kRoot + "/translations/forms", errors);
        if (!errors.empty())
            std::abort();
        return s;
    }();
    return set;
}

std::shared_ptr<const FormDefinition> birth()
{
    static const auto form = [] {
        auto r = FormParser::parseFile(kRoot + "/forms/definitions/birth.json", &catalogs());
        if (!r.ok())
            std::abort();
        return r.form;
    }();
    return form;
}

// The complete declaration from the "valid" walk, with the reference data it uses.
const json& declaration()
{
    static const json values =
        json::parse(readText(kRoot + "/tests/forms/walks/valid.json"))["steps"][0]["set"];
    return values;
}

const StaticReferenceData& reference()
{
    static const StaticReferenceData data = [] {
        FormErrors errors;
        auto r = StaticReferenceData::fromJson(
            json::parse(readText(kRoot + "/tests/forms/data/reference.json")), "reference.json",
            errors);
        if (!r)
            std::abort();
        return *r;
    }();
    return data;
}

TodayFunction today()
{
    return fixedToday(parseDate("2025-06-10").value());
}

void BM_LoadAndValidateBirth(benchmark::State& state)
{
    const std::string text = readText(kRoot + "/forms/definitions/birth.json");
    for (auto _ : state) {
        auto result = FormParser::parseText(text, "birth.json", &catalogs());
        benchmark::DoNotOptimize(result.form);
    }
    state.SetLabel(std::to_string(text.size() / 1024) + " KiB, " +
                   std::to_string(birth()->fields.size()) + " fields, message ids checked");
}
BENCHMARK(BM_LoadAndValidateBirth)->Unit(benchmark::kMillisecond);

void BM_FullEvaluationBirth(benchmark::State& state)
{
    FormEvaluator ev(birth(), today(), &reference());
    for (auto _ : state) {
        ev.setValues(declaration());
        benchmark::DoNotOptimize(ev.hasErrors());
    }
}
// A village picker searched on every keystroke over 100,000 places (goal < 5 ms per query).
void BM_ReferenceSearch(benchmark::State& state)
{
    StaticReferenceData data;
    for (int d = 0; d < 1000; ++d) {
        const std::string did = "D" + std::to_string(d);
        data.add("locations", {did, "", "District " + did, false});
        for (int v = 0; v < 100; ++v)
            data.add("locations",
                     {did + "-V" + std::to_string(v), did, "Village " + std::to_string(v), true});
    }
    ReferenceSearch search(data, "locations", true, [](const std::string& s) { return s; });
    for (auto _ : state)
        benchmark::DoNotOptimize(search.search("vill", 20, "D999"));
}
BENCHMARK(BM_ReferenceSearch)->Unit(benchmark::kMicrosecond);

BENCHMARK(BM_FullEvaluationBirth)->Unit(benchmark::kMicrosecond);

// One keystroke in a field nothing depends on.
void BM_IncrementalLeafField(benchmark::State& state)
{
    FormEvaluator ev(birth(), today(), &reference());
    ev.setValues(declaration());
    const json a = "Teacher", b = "Nurse";
    bool flip = false;
    for (auto _ : state) {
        benchmark::DoNotOptimize(ev.setValue("mother_occupation", (flip = !flip) ? a : b));
    }
}
BENCHMARK(BM_IncrementalLeafField)->Unit(benchmark::kMicrosecond);

// The child's date of birth feeds three computed ages, the late-registration page and its fields.
void BM_IncrementalChildBirthDate(benchmark::State& state)
{
    FormEvaluator ev(birth(), today(), &reference());
    ev.setValues(declaration());
    const json recent = "2025-06-01", late = "2023-04-15";
    bool flip = false;
    std::size_t touched = 0;
    for (auto _ : state)
        touched = ev.setValue("child_birth_date", (flip = !flip) ? late : recent).size();
    state.counters["fields_reevaluated"] = static_cast<double>(touched);
}
BENCHMARK(BM_IncrementalChildBirthDate)->Unit(benchmark::kMicrosecond);

// "Father's details available" toggles the visibility of the whole father section.
void BM_IncrementalFatherSection(benchmark::State& state)
{
    FormEvaluator ev(birth(), today(), &reference());
    ev.setValues(declaration());
    const json yes = "yes", no = "no";
    bool flip = false;
    std::size_t touched = 0;
    for (auto _ : state)
        touched = ev.setValue("father_details_available", (flip = !flip) ? no : yes).size();
    state.counters["fields_reevaluated"] = static_cast<double>(touched);
}
BENCHMARK(BM_IncrementalFatherSection)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
