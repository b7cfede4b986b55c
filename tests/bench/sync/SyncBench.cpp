// bench_sync: end-to-end sync throughput over loopback against the REAL vitalis-server
// (SQLite backend, its own data dir), client store included (SQLCipher profile):
//   push  N complete birth declarations (default 10,000), records/s
//   pull  M birth declarations into an empty device (default 100,000), records/s
// and the wire bytes per record (gzip both ways, headers included) against the gzip size of
// one record's JSON alone (GET /api/v1/records/{id}). VITALIS_BENCH_SYNC_SCALE scales N and M
// (e.g. 0.1 for a quick look); it also scales the 16 MiB of the attachment upload benchmark.
// Figures go to docs/performance.md.
#include "ProcessUsage.h"
#include "SyncTestEnv.h"
#include "sync/client/AttachmentLinker.h"
#include "sync/client/CurlTransport.h"

#include <benchmark/benchmark.h>
#include <cstdlib>

using namespace vitalis;
using namespace vitalis::synctest;

namespace
{

int scaled(int n)
{
    const char* v = std::getenv("VITALIS_BENCH_SYNC_SCALE");
    const double s = v && *v ? std::atof(v) : 1.0;
    return std::max(100, static_cast<int>(n * s));
}

// Queues n complete declarations on the device in one local transaction per 1,000.
std::vector<std::string> queueDeclarations(TestClient& c, int n)
{
    std::vector<std::string> ids;
    for (int i = 0; i < n;) {
        Transaction tx(c.store().db());
        for (int j = 0; j < 1000 && i < n; ++j, ++i)
            ids.push_back(c.declare(fullDeclaration("Bench" + std::to_string(i))).id);
        tx.commit();
    }
    return ids;
}

// CPU of both processes over the timed region, per record, and their peak memory in it.
struct Usage {
    bench::ProcessUsage client, server;
    double clientCpu0, serverCpu0;
    explicit Usage(pid_t serverPid)
        : client(), server(serverPid), clientCpu0(client.cpuSeconds()),
          serverCpu0(server.cpuSeconds())
    {
        client.resetPeak();
        server.resetPeak();
    }
    void report(benchmark::State& state, int n) const
    {
        state.counters["client_cpu_us_per_rec"] = (client.cpuSeconds() - clientCpu0) * 1e6 / n;
        state.counters["server_cpu_us_per_rec"] = (server.cpuSeconds() - serverCpu0) * 1e6 / n;
        state.counters["client_peak_rss_MiB"] = client.peakRssMiB();
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
        o.batchOps = 1000; // the server's largest batch
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

void BM_Pull(benchmark::State& state)
{
    const int n = scaled(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        const fs::path dir = freshDir("bench-pull");
        fs::create_directories(dir / "server");
        ServerProcess server(dir / "server");
        server.start();
        std::string sample;
        {
            TestClient w(dir / "w", server.url());
            w.login("agent.ald");
            sync::SyncOptions o;
            o.batchOps = 1000;
            o.pull = false;
            for (int done = 0; done < n;) {
                const int chunk = std::min(10000, n - done);
                const auto ids = queueDeclarations(w, chunk);
                if (sample.empty())
                    sample = ids.front();
                if (!w.sync(o).ok)
                    state.SkipWithError("seeding push failed");
                // Keep the writer's store small: the benchmark is about the reader.
                done += chunk;
            }
        }
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
        const double gz = gzipOfRecordJson(b, sample);
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
        json fields = fullDeclaration();
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

BENCHMARK(BM_Push)->Arg(10000)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();
BENCHMARK(BM_Pull)->Arg(100000)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();
BENCHMARK(BM_AttachmentUpload)
    ->Arg(64 * 1024)
    ->Arg(256 * 1024)
    ->Iterations(1)
    ->Unit(benchmark::kSecond)
    ->UseRealTime();

} // namespace

BENCHMARK_MAIN();
