// Load driver for vitalis-server: starts the real server on a fresh database (SQLite or the
// PostgreSQL of VITALIS_TEST_PG_URL) with the demo country added (its full birth form),
// optionally preloads N records, then measures with 1, 10 and 100 concurrent clients: the
// /healthz request rate (the HTTP layer's ceiling), push throughput in batches of complete
// birth declarations (tests/support's birthDeclaration, ~2 KB), and pull (full download)
// throughput, with p50/p99 latency per request, the server's CPU per pushed record and its
// peak RSS during each phase; then one-field edits of declared records (server CPU per edit).
//
//   bench_server_load [--backend sqlite|postgres] [--clients 1,10,100] [--batch 100]
//                     [--records-per-client 2000] [--preload 0] [--workers 4]
//                     [--pull-limit 5000] [--seconds 3] [--pull-records 20000]
#include "ProcessUsage.h"
#include "core/Uuid.h"
#include "sync/server/db/Db.h"
#include "tests/support/Fixtures.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/WireOps.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <curl/curl.h>
#include <mutex>
#include <thread>

using namespace vitalis;
using namespace vitalis::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace
{

struct Options {
    Backend backend = Backend::Sqlite;
    std::vector<int> clients = {1, 10, 100};
    int batch = 100;
    int recordsPerClient = 2000;
    long preload = 0;
    int workers = 4;
    int pullLimit = 5000;
    int seconds = 3;
    long pullRecords = 20000; // per pull client: a device downloading its jurisdiction
};

// One keep-alive connection per client thread.
class Client
{
public:
    Client() : curl_(curl_easy_init()) {}
    ~Client() { curl_easy_cleanup(curl_); }
    long request(const std::string& url, const std::string& body, const std::string& token,
                 std::string& out)
    {
        out.clear();
        curl_slist* h = nullptr;
        h = curl_slist_append(h, "Content-Type: application/json");
        h = curl_slist_append(h, "Expect:");
        if (!token.empty())
            h = curl_slist_append(h, ("Authorization: Bearer " + token).c_str());
        curl_easy_setopt(curl_, CURLOPT_URL, url.c_str());
        curl_easy_setopt(curl_, CURLOPT_HTTPHEADER, h);
        if (body.empty()) {
            curl_easy_setopt(curl_, CURLOPT_HTTPGET, 1L);
        } else {
            curl_easy_setopt(curl_, CURLOPT_POSTFIELDS, body.data());
            curl_easy_setopt(curl_, CURLOPT_POSTFIELDSIZE_LARGE,
                             static_cast<curl_off_t>(body.size()));
        }
        curl_easy_setopt(
            curl_, CURLOPT_WRITEFUNCTION, +[](char* d, size_t s, size_t n, void* o) {
                static_cast<std::string*>(o)->append(d, s * n);
                return s * n;
            });
        curl_easy_setopt(curl_, CURLOPT_WRITEDATA, &out);
        curl_easy_setopt(curl_, CURLOPT_TIMEOUT, 120L);
        curl_easy_setopt(curl_, CURLOPT_NOSIGNAL, 1L);
        long status = 0;
        if (curl_easy_perform(curl_) == CURLE_OK)
            curl_easy_getinfo(curl_, CURLINFO_RESPONSE_CODE, &status);
        curl_slist_free_all(h);
        return status;
    }

private:
    CURL* curl_;
};

struct Latencies {
    std::mutex m;
    std::vector<double> ms;
    void add(double v)
    {
        std::lock_guard l(m);
        ms.push_back(v);
    }
    double pct(double p)
    {
        std::lock_guard l(m);
        if (ms.empty())
            return 0;
        std::sort(ms.begin(), ms.end());
        return ms[std::min(ms.size() - 1, static_cast<std::size_t>(p * ms.size()))];
    }
};

std::string login(Client& c, ServerProcess& s, const std::string& user, const std::string& dev)
{
    std::string out;
    const long st = c.request(
        s.url("/api/v1/auth/login"),
        json{{"username", user}, {"password", kDemoPassword}, {"device_id", dev}}.dump(), {}, out);
    if (st != 200)
        throw std::runtime_error("login failed: " + out);
    return json::parse(out)["access_token"];
}

// Inserts `n` declared records (with history and change-log rows) straight into the database,
// in the server's own format, so the measured phases run against a big table.
void preload(const std::string& url, long n)
{
    server::DbSettings settings;
    settings.url = server::DatabaseUrl::parse(QString::fromStdString(url));
    settings.sqliteSynchronous = QStringLiteral("NORMAL");
    server::Db db(settings, QStringLiteral("preload"));
    QElapsedTimer t;
    t.start();
    const std::string fields = json(birthFields("Pre")).dump();
    json meta = json::object();
    const json sample = birthFields();
    for (auto it = sample.begin(); it != sample.end(); ++it)
        meta[it.key()] = {{"rev", 1}, {"by", "preload"}, {"at", 1}};
    const QString metaText = QString::fromStdString(meta.dump());
    json revs = json::object();
    for (auto it = sample.begin(); it != sample.end(); ++it)
        revs[it.key()] = 1;
    const QString revsText = QString::fromStdString(revs.dump());
    const QString fieldText = QString::fromStdString(fields);
    std::int64_t seq =
        db.scalarInt(QStringLiteral("SELECT value FROM counters WHERE name = 'change_seq'"))
            .value_or(0);
    constexpr int kRows = 200;
    for (long done = 0; done < n;) {
        server::Transaction tx(db, nullptr);
        for (int chunk = 0; chunk < 10 && done < n; ++chunk) {
            const int rows = static_cast<int>(std::min<long>(kRows, n - done));
            QString rec = QStringLiteral(
                "INSERT INTO records (id, event_type, form_id, form_version, office_id, "
                "location_path, tracking_id, status, status_reason, rev, fields, field_meta, "
                "field_revs, created_at, updated_at, created_by, updated_by, server_created_at, "
                "server_updated_at) VALUES ");
            QString log = QStringLiteral("INSERT INTO change_log (seq, record_id, rev, "
                                         "location_path, server_time) VALUES ");
            QString hist = QStringLiteral(
                "INSERT INTO record_history (record_id, rev, kind, outcome, user_id, device_id, "
                "mutation_id, server_time, status_from, status_to, reason, changes) VALUES ");
            QVariantList rp, lp, hp;
            for (int i = 0; i < rows; ++i) {
                const QString id = QString::fromStdString(newRecordId());
                const QString office = (done + i) % 2 ? QStringLiteral("O1") : QStringLiteral("O2");
                const QString path =
                    (done + i) % 2 ? QStringLiteral("/C/P1/D1/") : QStringLiteral("/C/P1/D2/");
                rec += QStringLiteral("%1(?, 'birth', 'tbirth', 1, ?, ?, ?, 'declared', '', 1, ?, "
                                      "?, ?, 1, 1, 'preload', 'preload', 1, 1)")
                           .arg(i ? QStringLiteral(", ") : QString());
                rp << id << office << path << QStringLiteral("PRE-%1").arg(done + i) << fieldText
                   << metaText << revsText;
                log +=
                    QStringLiteral("%1(?, ?, 1, ?, 1)").arg(i ? QStringLiteral(", ") : QString());
                lp << QVariant::fromValue<qint64>(++seq) << id << path;
                hist += QStringLiteral("%1(?, 1, 'declare', 'applied', 'preload', 'preload', 0, 1, "
                                       "'draft', 'declared', '', '{}')")
                            .arg(i ? QStringLiteral(", ") : QString());
                hp << id;
            }
            db.execute(rec, rp);
            db.execute(log, lp);
            db.execute(hist, hp);
            done += rows;
        }
        db.execute(QStringLiteral("UPDATE counters SET value = ? WHERE name = 'change_seq'"),
                   {QVariant::fromValue<qint64>(seq)});
        tx.commit();
        if (done % 100000 == 0)
            std::fprintf(stderr, "  preloaded %ld records (%.0f s)\n", done, t.elapsed() / 1000.0);
    }
    // A freshly bulk-loaded table is not what a server meets after months of use: set hint bits
    // and statistics first, or the first reads pay for rewriting every page.
    db.executeRaw(db.isPostgres() ? QStringLiteral("VACUUM ANALYZE") : QStringLiteral("ANALYZE"));
    std::fprintf(stderr, "preload: %ld records in %.1f s\n", n, t.elapsed() / 1000.0);
}

void healthz(ServerProcess& s, int clients, int seconds)
{
    std::atomic<long> count{0};
    std::atomic<bool> stop{false};
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&] {
            Client cl;
            std::string out;
            while (!stop)
                if (cl.request(s.url("/healthz"), {}, {}, out) == 200)
                    ++count;
        });
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (auto& t : threads)
        t.join();
    std::printf("| healthz | %d | %.0f req/s | | |\n", clients,
                static_cast<double>(count) / seconds);
}

// The changes of the run's next complete birth declaration: each child, mother and national
// ID its own (numbered names), as an office's day brings, so the server's duplicate check is
// not met by every record resembling all the others.
std::string declarationChanges()
{
    static std::atomic<long> declared{0};
    return vitalis::test::changes(
               birthDeclaration(serverClock(), "Child" + std::to_string(++declared)))
        .dump();
}

// One op creating a birth declaration at the Aldmoor office, spliced from its changes text.
std::string declarationOp(std::int64_t mutation, const std::string& changes,
                          const std::string& recordId = newRecordId())
{
    return R"({"mutation_id":)" + std::to_string(mutation) + R"(,"record_id":")" + recordId +
           R"(","action":"declare","base_rev":0,"form_id":"birth","form_version":1,)"
           R"("record":{"event_type":"birth","office_id":"OFF-ALD","tracking_id":")" +
           newTrackingId('B') + R"("},"changes":)" + changes + "}";
}

// What a phase's line adds when requests failed (nothing when none did).
std::string failedNote(long failed)
{
    return failed ? " " + std::to_string(failed) + " failed requests" : std::string();
}

long push(ServerProcess& s, const Options& o, int clients)
{
    Latencies lat;
    std::atomic<long> records{0};
    std::atomic<long> errors{0};
    std::vector<std::string> tokens(static_cast<std::size_t>(clients));
    {
        Client c;
        for (int i = 0; i < clients; ++i)
            tokens[static_cast<std::size_t>(i)] =
                login(c, s, "agent.ald", "bench-" + generateUuid());
    }
    std::string firstError;
    std::mutex errorMutex;
    const int batches = std::max(1, o.recordsPerClient / o.batch);
    const bench::ProcessUsage server(static_cast<pid_t>(s.pid()));
    server.resetPeak();
    const double cpu0 = server.cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
            Client cl;
            std::string out;
            std::int64_t mutation = 0;
            for (int b = 0; b < batches; ++b) {
                std::string body = R"({"protocol":1,"ops":[)";
                for (int i = 0; i < o.batch; ++i)
                    body += (i ? "," : "") + declarationOp(++mutation, declarationChanges());
                body += "]}";
                QElapsedTimer t;
                t.start();
                const long st = cl.request(s.url("/api/v1/push"), body,
                                           tokens[static_cast<std::size_t>(c)], out);
                lat.add(t.nsecsElapsed() / 1e6);
                if (st == 200 && out.find(R"("status":"rejected")") == std::string::npos) {
                    records += o.batch;
                } else {
                    ++errors;
                    std::lock_guard l(errorMutex);
                    if (firstError.empty())
                        firstError = std::to_string(st) + " " + out.substr(0, 400);
                }
            }
        });
    for (auto& t : threads)
        t.join();
    const double secs = wall.nsecsElapsed() / 1e9;
    const double cpuUs = (server.cpuSeconds() - cpu0) * 1e6 / std::max(1L, records.load());
    std::printf("| push (batches of %d) | %d | %.0f records/s | %.1f ms | %.1f ms | server %.0f "
                "us CPU/rec, peak RSS %.0f MiB |%s\n",
                o.batch, clients, records / secs, lat.pct(0.5), lat.pct(0.99), cpuUs,
                server.peakRssMiB(), failedNote(errors).c_str());
    if (!firstError.empty())
        std::fprintf(stderr, "first failed push: %s\n", firstError.c_str());
    return errors;
}

// A clerk's correction of a declared record: one field (the weight at birth) changed at the
// record's current revision.
std::string editOp(std::int64_t mutation, const std::string& recordId, std::int64_t baseRev)
{
    return R"({"mutation_id":)" + std::to_string(mutation) + R"(,"record_id":")" + recordId +
           R"(","action":"edit","base_rev":)" + std::to_string(baseRev) +
           R"(,"form_id":"birth","form_version":1,"changes":{"weight_at_birth":{"base":null,)"
           R"("value":)" +
           std::to_string(2.0 + 0.01 * static_cast<double>(baseRev)) + "}}}";
}

// Edits of records already on the server: each client declares one batch of records
// (untimed), then pushes rounds of one-field edits of all of them; the server's CPU per edit
// is what checking a change (not the whole record) costs.
long edit(ServerProcess& s, const Options& o, int clients)
{
    Latencies lat;
    std::atomic<long> edits{0};
    std::atomic<long> errors{0};
    std::vector<std::string> tokens(static_cast<std::size_t>(clients));
    std::vector<std::vector<std::string>> ids(static_cast<std::size_t>(clients));
    {
        Client c;
        std::string out;
        for (int i = 0; i < clients; ++i) {
            auto& token = tokens[static_cast<std::size_t>(i)];
            token = login(c, s, "agent.ald", "edit-" + generateUuid());
            std::string body = R"({"protocol":1,"ops":[)";
            for (int k = 0; k < o.batch; ++k) {
                ids[static_cast<std::size_t>(i)].push_back(newRecordId());
                body += (k ? "," : "") + declarationOp(k + 1, declarationChanges(),
                                                       ids[static_cast<std::size_t>(i)].back());
            }
            if (c.request(s.url("/api/v1/push"), body + "]}", token, out) != 200)
                throw std::runtime_error("edit phase: declaring failed: " + out.substr(0, 400));
        }
    }
    const int rounds = std::max(1, o.recordsPerClient / o.batch);
    const bench::ProcessUsage server(static_cast<pid_t>(s.pid()));
    const double cpu0 = server.cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
            Client cl;
            std::string out;
            std::int64_t mutation = o.batch;
            for (int r = 0; r < rounds; ++r) {
                std::string body = R"({"protocol":1,"ops":[)";
                for (int i = 0; i < o.batch; ++i)
                    body += (i ? "," : "") +
                            editOp(++mutation,
                                   ids[static_cast<std::size_t>(c)][static_cast<std::size_t>(i)],
                                   r + 1);
                body += "]}";
                QElapsedTimer t;
                t.start();
                const long st = cl.request(s.url("/api/v1/push"), body,
                                           tokens[static_cast<std::size_t>(c)], out);
                lat.add(t.nsecsElapsed() / 1e6);
                if (st == 200 && out.find(R"("status":"applied")") != std::string::npos &&
                    out.find(R"("status":"rejected")") == std::string::npos &&
                    out.find(R"("status":"conflict")") == std::string::npos)
                    edits += o.batch;
                else if (errors++ == 0)
                    std::fprintf(stderr, "first failed edit batch: %ld %s\n", st,
                                 out.substr(0, 400).c_str());
            }
        });
    for (auto& t : threads)
        t.join();
    const double secs = wall.nsecsElapsed() / 1e9;
    const double cpuUs = (server.cpuSeconds() - cpu0) * 1e6 / std::max(1L, edits.load());
    std::printf("| edit (one field, batches of %d) | %d | %.0f edits/s | %.1f ms | %.1f ms | "
                "server %.0f us CPU/edit |%s\n",
                o.batch, clients, edits / secs, lat.pct(0.5), lat.pct(0.99), cpuUs,
                failedNote(errors).c_str());
    return errors;
}

long pull(ServerProcess& s, const Options& o, int clients)
{
    Latencies lat;
    std::atomic<long> records{0}, errors{0};
    std::vector<std::string> tokens(static_cast<std::size_t>(clients));
    {
        Client c;
        for (int i = 0; i < clients; ++i)
            tokens[static_cast<std::size_t>(i)] =
                login(c, s, "regagent.ald", "pull-" + generateUuid());
    }
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
            Client cl;
            std::string out, cursor;
            long mine = 0;
            for (bool more = true; more && mine < o.pullRecords;) {
                json req = {{"protocol", 1}, {"limit", o.pullLimit}};
                if (!cursor.empty())
                    req["cursor"] = cursor;
                QElapsedTimer t;
                t.start();
                if (cl.request(s.url("/api/v1/pull"), req.dump(),
                               tokens[static_cast<std::size_t>(c)], out) != 200) {
                    if (errors++ == 0)
                        std::fprintf(stderr, "first failed pull: %s\n", out.substr(0, 400).c_str());
                    break;
                }
                lat.add(t.nsecsElapsed() / 1e6);
                // The driver shares the two cores with the server: read only what it needs
                // instead of parsing every record.
                long n = 0;
                for (auto p = out.find("\"type\":\"upsert\""); p != std::string::npos;
                     p = out.find("\"type\":\"upsert\"", p + 1))
                    ++n;
                records += n;
                mine += n;
                const auto c = out.find("\"cursor\":\"");
                cursor = out.substr(c + 10, out.find('"', c + 10) - (c + 10));
                more = out.find("\"has_more\":true") != std::string::npos;
            }
        });
    for (auto& t : threads)
        t.join();
    const double secs = wall.nsecsElapsed() / 1e9;
    std::printf("| pull (full download, pages of %d) | %d | %.0f records/s | %.1f ms | %.1f ms | "
                "%ld records%s\n",
                o.pullLimit, clients, records / secs, lat.pct(0.5), lat.pct(0.99), records.load(),
                failedNote(errors).c_str());
    return errors;
}

Options parse(int argc, char** argv)
{
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--backend")
            o.backend = v == "postgres" ? Backend::Postgres : Backend::Sqlite;
        else if (k == "--clients") {
            o.clients.clear();
            std::stringstream ss(v);
            for (std::string n; std::getline(ss, n, ',');)
                o.clients.push_back(std::stoi(n));
        } else if (k == "--batch")
            o.batch = std::stoi(v);
        else if (k == "--records-per-client")
            o.recordsPerClient = std::stoi(v);
        else if (k == "--preload")
            o.preload = std::stol(v);
        else if (k == "--workers")
            o.workers = std::stoi(v);
        else if (k == "--pull-limit")
            o.pullLimit = std::stoi(v);
        else if (k == "--seconds")
            o.seconds = std::stoi(v);
        else if (k == "--pull-records")
            o.pullRecords = std::stol(v);
        else
            throw std::invalid_argument("unknown option " + k);
    }
    return o;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    curl_global_init(CURL_GLOBAL_DEFAULT);
    try {
        const Options o = parse(argc, argv);
        std::printf("backend: %s, server workers: %d, batch: %d, records per client: %d, "
                    "preloaded: %ld\n\n",
                    backendName(o.backend).c_str(), o.workers, o.batch, o.recordsPerClient,
                    o.preload);
        std::printf(
            "| phase | clients | throughput | p50 | p99 |\n| --- | --- | --- | --- | --- |\n");
        // One database for the whole run, so a preload is paid once; each client count adds
        // its pushed records to it.
        // The demo country (agent.ald pushes, regagent.ald pulls its office): its full birth form.
        TestDatabase db(o.backend, Seed::Demo);
        if (o.preload > 0)
            preload(db.url(), o.preload);
        ServerProcess server(db.url(), {QStringLiteral("--workers"), QString::number(o.workers)});
        server.start();
        long failed = 0;
        for (int clients : o.clients) {
            healthz(server, clients, o.seconds);
            failed += push(server, o, clients);
            failed += edit(server, o, clients);
            failed += pull(server, o, clients);
            std::fflush(stdout);
        }
        server.stop();
        // A figure over failed requests is no figure: the run fails (the suite's smoke runs).
        if (failed) {
            std::fprintf(stderr, "bench_server_load: %ld requests failed\n", failed);
            return 2;
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_server_load: %s\n", e.what());
        return 1;
    }
    return 0;
}
