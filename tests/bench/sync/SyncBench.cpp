// bench_sync: end-to-end sync throughput over loopback against the REAL vitalis-server
// (SQLite backend, its own data dir), client store included (SQLCipher profile):
//   push  N complete birth declarations (default 10,000), records/s
//   pull  M birth declarations into an empty device (default 100,000), records/s
// and the wire bytes per record (gzip both ways, headers included) against the gzip size of
// one record's JSON alone (GET /api/v1/records/{id}). VITALIS_BENCH_SYNC_SCALE scales N and M
// (e.g. 0.1 for a quick look); it also scales the 16 MiB of the attachment upload benchmark.
// Each run has a fresh client and a fresh server process; push 10,000 and pull 100,000 are
// repeated VITALIS_BENCH_SYNC_REPS times (default 3: read the medians). Push 100,000 and pull
// 10,000 run once, beside them, to show the client's peak RSS does not grow with the records.
// CPU per record and peak RSS are read from /proc for both processes (ProcessUsage.h); the
// timed region can be profiled alone (PerfControl.h, tests/bench/sync/profile-sync).
// The pull's server data is seeded once per size through the push path (several seeding
// client processes in parallel, the server applying its rules), then copied for each run.
// Figures go to docs/performance.md; tests/bench/sync/run-sync-bench runs the whole set.
#include "PerfControl.h"
#include "ProcessUsage.h"
#include "sync/client/AttachmentLinker.h"
#include "sync/client/CurlTransport.h"
#include "tests/support/ChildProcess.h"
#include "tests/support/SyncTest.h"

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <malloc.h>
#include <map>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

int scaled(int n)
{
    const char* v = std::getenv("VITALIS_BENCH_SYNC_SCALE");
    const double s = v && *v ? std::atof(v) : 1.0;
    return std::max(100, static_cast<int>(n * s));
}

int pushesInFlight()
{
    const char* v = std::getenv("VITALIS_BENCH_SYNC_IN_FLIGHT");
    return v && *v ? std::max(1, std::atoi(v)) : sync::SyncOptions{}.pushesInFlight;
}

// Ops per push request: the server's largest batch unless VITALIS_BENCH_SYNC_BATCH says.
int pushBatch()
{
    const char* v = std::getenv("VITALIS_BENCH_SYNC_BATCH");
    return v && *v ? std::max(1, std::atoi(v)) : 1000;
}

// Queues n complete declarations on the device in one local transaction per 1,000.
std::vector<std::string> queueDeclarations(TestClient& c, int n)
{
    std::vector<std::string> ids;
    for (int i = 0; i < n;) {
        Transaction tx(c.store().db());
        for (int j = 0; j < 1000 && i < n; ++j, ++i)
            ids.push_back(
                c.declare(birthDeclaration(serverClock(), "Bench" + std::to_string(i))).id);
        tx.commit();
    }
    return ids;
}

// CPU of both processes over the timed region, per record, and their peak memory in it.
// Freed setup memory is returned to the system first, so the client's peak is what the sync
// itself holds; perf (when driven by profile-sync) samples this region only.
struct Usage {
    bench::ProcessUsage client, server;
    double clientCpu0 = 0, serverCpu0 = 0, clientRss0 = 0;
    explicit Usage(pid_t serverPid) : client(), server(serverPid)
    {
        ::malloc_trim(0);
        client.resetPeak();
        server.resetPeak();
        clientRss0 = client.rssMiB();
        bench::PerfControl::enable();
        clientCpu0 = client.cpuSeconds();
        serverCpu0 = server.cpuSeconds();
    }
    void report(benchmark::State& state, int n) const
    {
        const double clientCpu = client.cpuSeconds(), serverCpu = server.cpuSeconds();
        bench::PerfControl::disable();
        state.counters["client_cpu_us_per_rec"] = (clientCpu - clientCpu0) * 1e6 / n;
        state.counters["server_cpu_us_per_rec"] = (serverCpu - serverCpu0) * 1e6 / n;
        state.counters["client_peak_rss_MiB"] = client.peakRssMiB();
        state.counters["client_rss_start_MiB"] = clientRss0;
        state.counters["server_peak_rss_MiB"] = server.peakRssMiB();
    }
};

double gzipOfRecordJson(TestClient& c, const std::string& id)
{
    return static_cast<double>(sync::gzipBytes(c.serverRecord(id).dump()).size());
}

void BM_Push(benchmark::State& state)
{
    const int n = scaled(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        const fs::path dir = freshDir("bench-push");
        fs::create_directories(dir / "server");
        ServerProcess server(dir / "server");
        server.start();
        TestClient a(dir / "a", server.url());
        a.login("agent.ald");
        const auto ids = queueDeclarations(a, n);
        sync::SyncOptions o;
        o.batchOps = pushBatch();
        o.pushesInFlight = pushesInFlight();
        o.pull = false;
        state.ResumeTiming();
        const Usage usage(server.pid());
        const auto start = std::chrono::steady_clock::now();
        const auto r = a.sync(o);
        const double secs =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        usage.report(state, n);
        state.PauseTiming();
        if (!r.ok || r.applied != n)
            state.SkipWithError(("push failed: " + r.error).c_str());
        const double gz = gzipOfRecordJson(a, ids.front());
        state.counters["records"] = n;
        state.counters["records_per_s"] = n / secs;
        state.counters["wire_up_B_per_rec"] = static_cast<double>(r.stats.bytesSent) / n;
        state.counters["wire_total_B_per_rec"] =
            static_cast<double>(r.stats.bytesSent + r.stats.bytesReceived) / n;
        state.counters["gzip_record_json_B"] = gz;
        state.counters["up_vs_gzip"] = static_cast<double>(r.stats.bytesSent) / n / gz;
        fs::remove_all(dir);
        state.ResumeTiming();
    }
}

// Pushes n declarations as one seeding device (a process of its own: its memory is not the
// benchmark's). Writes the first record's id to `sampleFile` when one is given.
int seedWorker(const fs::path& dir, const std::string& url, int n, const std::string& sampleFile)
{
    TestClient w(dir, url);
    w.login("agent.ald");
    sync::SyncOptions o;
    o.batchOps = 1000;
    o.pull = false;
    for (int done = 0; done < n;) {
        const int chunk = std::min(10000, n - done);
        const auto ids = queueDeclarations(w, chunk);
        if (done == 0 && !sampleFile.empty())
            std::ofstream(sampleFile) << ids.front();
        const auto r = w.sync(o);
        if (!r.ok || r.applied != chunk) {
            std::fprintf(stderr, "seed worker: push failed: %s\n", r.error.c_str());
            return 1;
        }
        done += chunk;
    }
    return 0;
}

pid_t spawnSeedWorker(const fs::path& dir, const std::string& url, int n,
                      const std::string& sampleFile)
{
    const std::vector<std::string> argv = {"/proc/self/exe",  "--seed-worker", dir.string(), url,
                                           std::to_string(n), sampleFile};
    const pid_t pid = ::fork();
    if (pid == 0)
        test::execArgv(argv);
    return pid;
}

// A server data dir holding n declarations, seeded once per size and process through the real
// push path by VITALIS_BENCH_SYNC_SEEDERS devices in parallel (default 3: client and server
// work in turns, so parallel devices keep both cores busy). Each run copies it and starts a
// fresh server on the copy.
struct SeededData {
    fs::path data;
    std::string sampleId;
};

class SeedCache
{
public:
    ~SeedCache()
    {
        for (const auto& [n, d] : m_seeded)
            fs::remove_all(d.data.parent_path().parent_path());
    }
    const SeededData& get(int n)
    {
        if (auto it = m_seeded.find(n); it != m_seeded.end())
            return it->second;
        const fs::path dir = freshDir("bench-seed");
        fs::create_directories(dir / "server");
        ServerProcess server(dir / "server");
        server.start();
        const char* v = std::getenv("VITALIS_BENCH_SYNC_SEEDERS");
        const int k = std::clamp(v && *v ? std::atoi(v) : 3, 1, 16);
        std::vector<pid_t> workers;
        for (int i = 0; i < k; ++i)
            workers.push_back(spawnSeedWorker(dir / ("w" + std::to_string(i)), server.url(),
                                              n / k + (i < n % k ? 1 : 0),
                                              i == 0 ? (dir / "sample").string() : ""));
        bool ok = true;
        for (pid_t w : workers) {
            int status = 0;
            ok = ::waitpid(w, &status, 0) == w && WIFEXITED(status) && WEXITSTATUS(status) == 0 &&
                 ok;
        }
        server.stop(); // a stopped server: the copied files are consistent
        if (!ok)
            throw std::runtime_error("seeding failed (see " + dir.string() + ")");
        for (int i = 0; i < k; ++i)
            fs::remove_all(dir / ("w" + std::to_string(i)));
        std::string sample;
        std::ifstream(dir / "sample") >> sample;
        return m_seeded[n] = {dir / "server" / "data", sample};
    }

private:
    std::map<int, SeededData> m_seeded;
};

SeedCache& seedCache()
{
    static SeedCache cache;
    return cache;
}

void BM_Pull(benchmark::State& state)
{
    const int n = scaled(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        const SeededData& seeded = seedCache().get(n);
        const fs::path dir = freshDir("bench-pull");
        fs::create_directories(dir / "server");
        fs::copy(seeded.data, dir / "server" / "data", fs::copy_options::recursive);
        ServerProcess server(dir / "server");
        server.start();
        TestClient b(dir / "b", server.url());
        b.login("regagent.ald");
        sync::SyncOptions o;
        o.pullLimit = 5000; // the server's largest page
        o.push = false;
        state.ResumeTiming();
        const Usage usage(server.pid());
        const auto start = std::chrono::steady_clock::now();
        const auto r = b.sync(o);
        const double secs =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        usage.report(state, n);
        state.PauseTiming();
        if (!r.ok || b.store().records().count() != n)
            state.SkipWithError(("pull failed: " + r.error).c_str());
        const double gz = gzipOfRecordJson(b, seeded.sampleId);
        state.counters["records"] = n;
        state.counters["records_per_s"] = n / secs;
        state.counters["wire_down_B_per_rec"] = static_cast<double>(r.stats.bytesReceived) / n;
        state.counters["gzip_record_json_B"] = gz;
        state.counters["down_vs_gzip"] = static_cast<double>(r.stats.bytesReceived) / n / gz;
        fs::remove_all(dir);
        state.ResumeTiming();
    }
}

// One declaration with a 16 MiB scan (scaled), uploaded in chunks of range(0) bytes: MB/s of
// attachment content end to end (read from the SQLCipher profile, SHA-256 on the server).
void BM_AttachmentUpload(benchmark::State& state)
{
    const std::int64_t chunk = state.range(0);
    const std::size_t size = static_cast<std::size_t>(scaled(16 * 1024)) * 1024;
    for (auto _ : state) {
        state.PauseTiming();
        const fs::path dir = freshDir("bench-attach");
        fs::create_directories(dir / "server");
        ServerProcess server(dir / "server");
        server.start();
        TestClient a(dir / "a", server.url());
        a.login("agent.ald");
        SystemClock clock;
        LocalRecordService records(a.store(), clock);
        json fields = birthDeclaration(clock);
        fields.erase("proof_of_birth");
        const Record r =
            records.start(a.actor(), {"birth", "birth", 1, fields, RecordAction::CreateDraft});
        // Random bytes: scans (JPEG, PDF) are already compressed, so gzip cannot shrink them.
        std::mt19937 rng(42);
        std::vector<std::uint8_t> scan(size);
        for (auto& b : scan)
            b = static_cast<std::uint8_t>(rng() & 0xff);
        sync::AttachmentLinker(a.store(), records, clock)
            .attach(a.actor(),
                    {r.id, "proof_of_birth", "scan.pdf", "application/pdf", "birth_notification"},
                    scan);
        a.act(r.id, RecordAction::Declare);
        sync::SyncOptions o;
        o.pull = false;
        o.attachmentChunkBytes = chunk;
        state.ResumeTiming();
        const auto start = std::chrono::steady_clock::now();
        const auto rep = a.sync(o);
        const double secs =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        state.PauseTiming();
        if (!rep.ok || rep.attachmentsUploaded != 1)
            state.SkipWithError(("upload failed: " + rep.error).c_str());
        state.counters["MiB"] = static_cast<double>(size) / (1024 * 1024);
        state.counters["MiB_per_s"] = static_cast<double>(size) / (1024 * 1024) / secs;
        state.counters["wire_up_vs_content"] = static_cast<double>(rep.stats.bytesSent) / size;
        fs::remove_all(dir);
        state.ResumeTiming();
    }
}

int repetitions()
{
    const char* v = std::getenv("VITALIS_BENCH_SYNC_REPS");
    return std::max(1, v && *v ? std::atoi(v) : 3);
}

// The sizes, repeated (medians); the other size once, for the client's peak RSS.
BENCHMARK(BM_Push)
    ->Arg(10000)
    ->Iterations(1)
    ->Repetitions(repetitions())
    ->Unit(benchmark::kSecond)
    ->UseRealTime();
BENCHMARK(BM_Pull)
    ->Arg(100000)
    ->Iterations(1)
    ->Repetitions(repetitions())
    ->Unit(benchmark::kSecond)
    ->UseRealTime();
BENCHMARK(BM_Push)->Arg(100000)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();
BENCHMARK(BM_Pull)->Arg(10000)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();
BENCHMARK(BM_AttachmentUpload)
    ->Arg(64 * 1024)
    ->Arg(256 * 1024)
    ->Iterations(1)
    ->Unit(benchmark::kSecond)
    ->UseRealTime();

} // namespace

// `bench_sync --seed-worker DIR URL N SAMPLE_FILE` is one seeding device (SeedCache).
int main(int argc, char** argv)
{
    if (argc == 6 && std::string(argv[1]) == "--seed-worker")
        return seedWorker(argv[2], argv[3], std::atoi(argv[4]), argv[5]);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
