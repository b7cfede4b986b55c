// Store benchmarks: draft autosave, commits (single and batches of 500) with their outbox and
// audit entries, opening a 100,000-record profile, a workqueue page and name search over it.
// Every case runs encrypted (cipher:1) and on plain SQLite (cipher:0) with the same code;
// the SQLCipher/plain throughput ratios are printed after the run.
//
//   bench_store [--benchmark_filter=...]       fixture: $VITALIS_BENCH_DIR or
//   /tmp/vitalis-bench-store
//
// The 100,000-record fixtures are generated once and reused by later runs.
#include "core/store/FileKeyProvider.h"
#include "core/store/ProfileStore.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <random>

using namespace vitalis;
namespace fs = std::filesystem;

namespace
{

constexpr int kFixtureRecords = 100000;
constexpr const char* kFixtureVersion = "fixture-v1-100000";

fs::path benchDir()
{
    const char* env = std::getenv("VITALIS_BENCH_DIR");
    return env ? fs::path(env) : fs::temp_directory_path() / "vitalis-bench-store";
}

FileKeyProvider& keys()
{
    static FileKeyProvider provider(benchDir() / "keys");
    return provider;
}

const char* kFirst[] = {"Kofi",  "Kwame", "Ama",    "Akosua", "Yaw",     "Abena", "Kwesi",
                        "Efua",  "Kojo",  "Adjoa",  "Fatima", "Ibrahim", "Amina", "Musa",
                        "Grace", "John",  "Mary",   "Esther", "Samuel",  "Ruth",  "Emmanuel",
                        "Aisha", "Yusuf", "Zainab", "Joseph", "Comfort", "Peter", "Hawa"};
const char* kFamily[] = {"Mensah", "Boateng",  "Owusu", "Asante",   "Osei",       "Appiah",
                         "Addo",   "Darko",    "Amoah", "Quaye",    "Tetteh",     "Agyeman",
                         "Bello",  "Abubakar", "Danso", "Frimpong", "Acheampong", "Nkrumah",
                         "Ansah",  "Sarpong",  "Ofori", "Kuffour",  "Yeboah",     "Badu"};

// ~2 KB of field values, like a filled-in birth declaration.
Record makeRecord(long i, std::mt19937& rng)
{
    auto pick = [&](auto& arr) { return arr[rng() % std::size(arr)]; };
    Record r;
    r.id = "bench-" + std::to_string(i) + "-" + std::to_string(rng());
    r.eventType = "birth";
    r.formId = "birth";
    r.formVersion = 1;
    const std::string family = pick(kFamily);
    r.fields = {
        {"child.firstName", pick(kFirst)},
        {"child.middleName", pick(kFirst)},
        {"child.familyName", family},
        {"child.sex", rng() % 2 ? "male" : "female"},
        {"child.dateOfBirth", "20" + std::to_string(10 + rng() % 14) + "-0" +
                                  std::to_string(1 + rng() % 9) + "-1" + std::to_string(rng() % 9)},
        {"child.placeOfBirth", "health_facility"},
        {"child.weightKg", 2.5 + (rng() % 20) / 10.0},
        {"mother.firstName", pick(kFirst)},
        {"mother.familyName", family},
        {"mother.nationalId", std::to_string(1000000000ULL + rng())},
        {"mother.dateOfBirth", "1990-05-17"},
        {"mother.address", "House " + std::to_string(rng() % 500) + ", Ring Road, Accra"},
        {"father.firstName", pick(kFirst)},
        {"father.familyName", family},
        {"informant.relationship", "mother"},
        {"informant.phone", "+23324" + std::to_string(1000000 + rng() % 8999999)},
        {"notes", std::string(1200, 'n')},
    };
    r.trackingId = "B" + std::to_string(100000 + i);
    r.officeId = "office-" + std::to_string(rng() % 5);
    const RecordStatus statuses[] = {RecordStatus::Declared, RecordStatus::Validated,
                                     RecordStatus::Registered, RecordStatus::RequiresUpdates,
                                     RecordStatus::Draft};
    r.status = statuses[rng() % std::size(statuses)];
    return r;
}

LocalChange makeChange(Record r, std::int64_t at)
{
    LocalChange c;
    c.record = std::move(r);
    c.kind = OpKind::create();
    c.userId = "bench-user";
    c.at = at;
    return c;
}

// tuned:0 = what a naive SQLCipher setup gets (1 KiB cipher pages, SQLite's default cache and
// checkpoint); tuned:1 = the store's defaults.
// VITALIS_BENCH_PAGE overrides the tuned page size to compare candidates.
int tunedPageSize()
{
    const char* env = std::getenv("VITALIS_BENCH_PAGE");
    return env ? std::atoi(env) : StoreOptions{}.newDatabasePageSize;
}

StoreOptions options(bool tuned, bool full)
{
    StoreOptions o;
    o.newDatabasePageSize = tunedPageSize();
    o.synchronous = full ? Synchronous::Full : Synchronous::Normal;
    if (!tuned) {
        o.newDatabasePageSize = 1024;
        o.cacheSizeKiB = 2000;
        o.walAutocheckpointPages = 1000;
    }
    return o;
}

std::unique_ptr<ProfileStore> openProfile(const fs::path& dir, bool cipher, StoreOptions o)
{
    return cipher ? ProfileStore::open(dir, keys(), std::move(o))
                  : ProfileStore::openUnencryptedForBenchmark(dir, std::move(o));
}

fs::path freshDir(const std::string& name)
{
    fs::path dir = benchDir() / "runs" / name;
    fs::remove_all(dir);
    return dir;
}

// The 100,000-record profile for one mode; made on first use, reused afterwards.
fs::path fixture(bool cipher)
{
    const fs::path dir = benchDir() / ((cipher ? "fixture-cipher-" : "fixture-plain-") +
                                       std::to_string(tunedPageSize()));
    {
        if (fs::exists(dir / ProfileStore::kDatabaseFile)) {
            auto store = openProfile(dir, cipher, options(true, false));
            if (store->settings().get("bench.fixture") == kFixtureVersion)
                return dir;
        }
    }
    fs::remove_all(dir);
    std::fprintf(stderr, "generating %d-record %s fixture in %s ...\n", kFixtureRecords,
                 cipher ? "SQLCipher" : "plain", dir.c_str());
    auto store = openProfile(dir, cipher, options(true, false));
    std::mt19937 rng(42);
    std::vector<LocalChange> batch;
    for (long i = 0; i < kFixtureRecords; ++i) {
        batch.push_back(makeChange(makeRecord(i, rng), 1700000000000 + i * 1000));
        if (batch.size() == 1000) {
            store->writer().commitBatch(batch);
            batch.clear();
        }
    }
    store->writer().commitBatch(batch);
    store->settings().set("bench.fixture", kFixtureVersion);
    store->checkpoint();
    return dir;
}

// Per-iteration timings -> p50/p99 counters (Google Benchmark itself reports means).
class Percentiles
{
public:
    void add(std::chrono::steady_clock::duration d)
    {
        m_us.push_back(std::chrono::duration<double, std::micro>(d).count());
    }
    void report(benchmark::State& state)
    {
        if (m_us.empty())
            return;
        std::sort(m_us.begin(), m_us.end());
        state.counters["p50_us"] = m_us[m_us.size() / 2];
        state.counters["p99_us"] = m_us[std::min(m_us.size() - 1, m_us.size() * 99 / 100)];
    }

private:
    std::vector<double> m_us;
};

template <typename F> void timed(benchmark::State& state, Percentiles& p, F&& f)
{
    const auto t0 = std::chrono::steady_clock::now();
    f();
    p.add(std::chrono::steady_clock::now() - t0);
    (void)state;
}

void BM_DraftSave(benchmark::State& state)
{
    const bool cipher = state.range(0), full = state.range(1);
    auto store = openProfile(freshDir("draft"), cipher, options(true, full));
    std::mt19937 rng(1);
    const Record r = makeRecord(0, rng);
    Percentiles p;
    long i = 0;
    for (auto _ : state) {
        Draft d{"draft-" + std::to_string(i++ % 20), "child", r.fields, i};
        timed(state, p, [&] { store->drafts().save(d); });
    }
    p.report(state);
}

void BM_CommitSingle(benchmark::State& state)
{
    const bool cipher = state.range(0), full = state.range(1), tuned = state.range(2);
    auto store = openProfile(freshDir("single"), cipher, options(tuned, full));
    std::mt19937 rng(2);
    Percentiles p;
    long i = 0;
    for (auto _ : state) {
        state.PauseTiming();
        LocalChange c = makeChange(makeRecord(i, rng), i);
        ++i;
        state.ResumeTiming();
        timed(state, p, [&] { store->writer().commit(c); });
    }
    p.report(state);
    state.SetItemsProcessed(state.iterations());
}

void BM_CommitBatch500(benchmark::State& state)
{
    const bool cipher = state.range(0), full = state.range(1), tuned = state.range(2);
    auto store = openProfile(freshDir("batch"), cipher, options(tuned, full));
    std::mt19937 rng(3);
    long i = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<LocalChange> batch;
        for (int k = 0; k < 500; ++k, ++i)
            batch.push_back(makeChange(makeRecord(i, rng), i));
        state.ResumeTiming();
        store->writer().commitBatch(batch);
    }
    state.SetItemsProcessed(state.iterations() * 500);
}

void BM_Open100k(benchmark::State& state)
{
    const bool cipher = state.range(0);
    const fs::path dir = fixture(cipher);
    for (auto _ : state) {
        auto store = openProfile(dir, cipher, options(true, false));
        benchmark::DoNotOptimize(store->schemaVersion());
    }
}

void BM_WorkqueuePage50(benchmark::State& state)
{
    const bool cipher = state.range(0), deep = state.range(1);
    auto store = openProfile(fixture(cipher), cipher, options(true, false));
    WorkqueueQuery q;
    q.statuses = {RecordStatus::Declared, RecordStatus::Validated};
    q.pageSize = 50;
    if (deep) // a page from the middle of the queue, reached by cursor
        q.after = WorkqueueCursor{1700000000000 + kFixtureRecords / 2 * 1000, INT64_MAX};
    Percentiles p;
    for (auto _ : state)
        timed(state, p, [&] {
            auto page = store->records().workqueue(q);
            if (page.records.size() != 50)
                state.SkipWithError("short page");
            benchmark::DoNotOptimize(page);
        });
    p.report(state);
}

void BM_SearchName(benchmark::State& state)
{
    const bool cipher = state.range(0), phonetic = state.range(1);
    auto store = openProfile(fixture(cipher), cipher, options(true, false));
    // Common prefixes that match thousands of the 100,000 records.
    const char* queries[] = {"kof", "mens", "ama bo", "yaw", "efua ans", "grace o"};
    Percentiles p;
    long i = 0;
    std::size_t found = 0;
    for (auto _ : state) {
        SearchQuery q;
        q.name = queries[i++ % std::size(queries)];
        q.phonetic = phonetic;
        timed(state, p, [&] { found += store->records().search(q).size(); });
    }
    if (found == 0)
        state.SkipWithError("search found nothing");
    p.report(state);
}

void BM_SearchTrackingId(benchmark::State& state)
{
    const bool cipher = state.range(0);
    auto store = openProfile(fixture(cipher), cipher, options(true, false));
    long i = 0;
    for (auto _ : state) {
        SearchQuery q;
        q.trackingId = "b" + std::to_string(100000 + (i++ * 7919) % kFixtureRecords);
        if (store->records().search(q).size() != 1)
            state.SkipWithError("tracking id not found");
    }
}

// The bare cost of SQLCipher on the simplest write: one 2 KB JSON row per transaction (or 500
// per transaction), no indexes, no outbox. Separates "SQLCipher settings" from "our schema".
void BM_RawRowCommit(benchmark::State& state)
{
    const bool cipher = state.range(0), tuned = state.range(1);
    const int perTx = static_cast<int>(state.range(2));
    const fs::path dir = freshDir("raw");
    fs::create_directories(dir);
    const StoreOptions o = options(tuned, false);
    Database db;
    if (cipher) {
        SecretKey key = SecretKey::generate();
        CipherParams params;
        params.pageSize = o.newDatabasePageSize;
        db = openCipherDatabase(dir / "raw.db", key, params, true);
    } else {
        db = Database::open(dir / "raw.db", Database::Mode::ReadWriteCreate);
        db.exec("PRAGMA page_size = " + std::to_string(o.newDatabasePageSize));
    }
    db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;");
    db.exec("PRAGMA cache_size = -" + std::to_string(o.cacheSizeKiB));
    db.exec("PRAGMA wal_autocheckpoint = " + std::to_string(o.walAutocheckpointPages));
    db.exec("CREATE TABLE docs(id INTEGER PRIMARY KEY, doc TEXT NOT NULL)");
    std::mt19937 rng(4);
    const std::string doc = makeRecord(0, rng).fields.dump();
    for (auto _ : state) {
        Transaction tx(db);
        for (int k = 0; k < perTx; ++k)
            db.cached("INSERT INTO docs(doc) VALUES (?)").bind(1, doc).run();
        tx.commit();
    }
    state.SetItemsProcessed(state.iterations() * perTx);
}

BENCHMARK(BM_RawRowCommit)
    ->ArgNames({"cipher", "tuned", "rows"})
    ->ArgsProduct({{0, 1}, {0, 1}, {1, 500}});
BENCHMARK(BM_DraftSave)->ArgNames({"cipher", "full"})->ArgsProduct({{0, 1}, {0, 1}});
BENCHMARK(BM_CommitSingle)
    ->ArgNames({"cipher", "full", "tuned"})
    ->ArgsProduct({{0, 1}, {0, 1}, {0, 1}});
BENCHMARK(BM_CommitBatch500)
    ->ArgNames({"cipher", "full", "tuned"})
    ->ArgsProduct({{0, 1}, {0, 1}, {0, 1}})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Open100k)->ArgNames({"cipher"})->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WorkqueuePage50)
    ->ArgNames({"cipher", "deep"})
    ->ArgsProduct({{0, 1}, {0, 1}})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchName)
    ->ArgNames({"cipher", "phonetic"})
    ->ArgsProduct({{0, 1}, {0, 1}})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchTrackingId)->ArgNames({"cipher"})->Arg(0)->Arg(1);

// Collects per-benchmark times to print SQLCipher/plain throughput ratios at the end.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const Run& r : runs)
            if (r.run_type == Run::RT_Iteration && !r.error_occurred)
                m_times[r.benchmark_name()] = {r.GetAdjustedRealTime(), r.GetAdjustedCPUTime()};
        ConsoleReporter::ReportRuns(runs);
    }
    void Finalize() override
    {
        ConsoleReporter::Finalize();
        // CPU ratios are the stable figure on a shared machine; real time adds I/O waits.
        std::printf("\nSQLCipher/plain throughput ratio (plain time / cipher time), "
                    "real and CPU:\n");
        for (const auto& [name, cipherTime] : m_times) {
            const auto pos = name.find("cipher:1");
            if (pos == std::string::npos)
                continue;
            std::string plainName = name;
            plainName.replace(pos, 8, "cipher:0");
            auto it = m_times.find(plainName);
            if (it != m_times.end() && cipherTime.first > 0 && cipherTime.second > 0)
                std::printf("  %-55s real %.2f  cpu %.2f\n", name.c_str(),
                            it->second.first / cipherTime.first,
                            it->second.second / cipherTime.second);
        }
    }

private:
    std::map<std::string, std::pair<double, double>> m_times; // real, cpu
};

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
