// Location hierarchy at country scale: 100,000 locations (2 provinces' worth of villages per
// district), build time, jurisdiction checks and prefix search. Figures: docs/performance.md.
#include "core/LocationHierarchy.h"

#include <benchmark/benchmark.h>
#include <random>

using namespace vitalis;

namespace
{

const char* kSyllables[] = {"ka", "mbo", "la", "ne", "si", "tu",
                            "ro", "wa",  "gi", "do", "ya", "ze"};

std::string placeName(std::mt19937& rng)
{
    std::string n;
    const int parts = 2 + static_cast<int>(rng() % 3);
    for (int i = 0; i < parts; ++i)
        n += kSyllables[rng() % 12];
    n[0] = static_cast<char>(n[0] - 32);
    return n;
}

// country -> 10 provinces -> 100 districts -> 1,000 wards -> ~98,900 villages = 100,000
std::vector<Location> country(std::size_t total)
{
    std::mt19937 rng(42);
    std::vector<Location> locs;
    locs.push_back({"C", "", "country", {{"en", "Farajaland"}}});
    for (int p = 0; p < 10; ++p)
        locs.push_back({"P" + std::to_string(p), "C", "province", {{"en", placeName(rng)}}});
    for (int d = 0; d < 100; ++d)
        locs.push_back({"D" + std::to_string(d),
                        "P" + std::to_string(d % 10),
                        "district",
                        {{"en", placeName(rng) + " District"}}});
    for (int w = 0; w < 1000; ++w)
        locs.push_back({"W" + std::to_string(w),
                        "D" + std::to_string(w % 100),
                        "ward",
                        {{"en", placeName(rng)}}});
    for (std::size_t v = 0; locs.size() < total; ++v)
        locs.push_back({"V" + std::to_string(v),
                        "W" + std::to_string(v % 1000),
                        "village",
                        {{"en", placeName(rng) + " " + placeName(rng)}}});
    return locs;
}

const LocationHierarchy& hierarchy()
{
    static const LocationHierarchy h = LocationHierarchy::build(country(100000));
    return h;
}

void BM_BuildHierarchy100k(benchmark::State& state)
{
    const auto locs = country(100000);
    for (auto _ : state) {
        auto copy = locs;
        benchmark::DoNotOptimize(LocationHierarchy::build(std::move(copy)));
    }
}
BENCHMARK(BM_BuildHierarchy100k)->Unit(benchmark::kMillisecond);

void BM_BuildHierarchy100kFromJson(benchmark::State& state)
{
    nlohmann::json json = {{"locations", nlohmann::json::array()}};
    for (const auto& l : country(100000)) {
        nlohmann::json item = {{"id", l.id}, {"type", l.type}, {"name", l.names}};
        if (!l.parentId.empty())
            item["parent"] = l.parentId;
        json["locations"].push_back(std::move(item));
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(LocationHierarchy::fromJson(json));
}
BENCHMARK(BM_BuildHierarchy100kFromJson)->Unit(benchmark::kMillisecond);

// Two hash lookups and two interval comparisons, whatever the depth.
void BM_IsInside(benchmark::State& state)
{
    const auto& h = hierarchy();
    std::vector<std::string> ids;
    for (int v = 0; v < 4096; ++v)
        ids.push_back("V" + std::to_string(v * 23));
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(h.isInside(ids[i++ & 4095], "P3"));
}
BENCHMARK(BM_IsInside);

void BM_PrefixSearch(benchmark::State& state)
{
    const auto& h = hierarchy();
    const char* queries[] = {"ka", "mbo", "kala", "siwa", "tu", "zero"};
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(h.search({queries[i++ % 6], 20, {}, {}}));
}
BENCHMARK(BM_PrefixSearch)->Unit(benchmark::kMicrosecond);

void BM_PrefixSearchWithinDistrict(benchmark::State& state)
{
    const auto& h = hierarchy();
    const char* queries[] = {"ka", "mbo", "kala", "siwa", "tu", "zero"};
    std::size_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(h.search({queries[i++ % 6], 20, std::string("D7"), {}}));
}
BENCHMARK(BM_PrefixSearchWithinDistrict)->Unit(benchmark::kMicrosecond);

// Worst case: one letter matches ~1/6 of all keys but few lie in the district and are villages.
void BM_PrefixSearchOneLetterWithinDistrictByType(benchmark::State& state)
{
    const auto& h = hierarchy();
    for (auto _ : state)
        benchmark::DoNotOptimize(h.search({"k", 20, std::string("D7"), std::string("ward")}));
}
BENCHMARK(BM_PrefixSearchOneLetterWithinDistrictByType)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
