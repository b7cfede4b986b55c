// bench_registry_search: POST /api/v1/search by name and national ID against the real server,
// timed per request (p50, p95, max) with the server's and this process's CPU per search.
//   bench_registry_search [--backend sqlite|postgres] [--records 20000] [--queries 500]
//                         [--max-p95-ms 60]
// The database is the demo country (its birth form) filled with seeded synthetic births
// (tests/bench/dedup's generator: common names, twins, duplicates) spread over the four offices
// and a year, written straight to records and search_keys by the server's own SearchKeyStore.
// The size is 1,200,000 records (docs/performance.md); the suite runs a bounded size.
// Exits 1 when p95 is above --max-p95-ms.
#include "ProcessUsage.h"
#include "SyntheticBirths.h"
#include "sync/server/Directory.h"
#include "sync/server/db/Db.h"
#include "sync/server/interop/SearchKeyStore.h"
#include "tests/support/HttpRequest.h"
#include "tests/support/ServerProcess.h"
#include "tests/support/TestDatabase.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>

using namespace vitalis;
using namespace vitalis::test;
using nlohmann::json;

namespace
{

struct Options {
    Backend backend = Backend::Sqlite;
    int records = 20000;
    int queries = 500;
    double maxP95 = 60;
};

struct Place {
    std::string office, path;
};

std::vector<Place> places(server::Db& db)
{
    std::vector<Place> out;
    server::Rows r = db.query(QStringLiteral("SELECT o.id, l.path FROM offices o JOIN locations l "
                                             "ON l.id = o.location_id ORDER BY o.id"));
    while (r.next())
        out.push_back({r.text(0), r.text(1)});
    return out;
}

// Records and their search keys in transactions of 2,000, as the push would leave them.
void fill(const std::string& url, const std::vector<dedup::bench::LabelledRecord>& births)
{
    server::DbSettings settings;
    settings.url = server::DatabaseUrl::parse(QString::fromStdString(url));
    settings.sqliteSynchronous = QStringLiteral("OFF");
    server::Db db(settings, QStringLiteral("fill"));
    server::Directory directory;
    const auto dir = directory.current(db);
    const auto form = dir->forms->latest("birth");
    const std::vector<Place> where = places(db);
    QElapsedTimer t;
    t.start();
    constexpr std::int64_t kYearStart = 1735689600000; // 2025-01-01
    for (std::size_t i = 0; i < births.size();) {
        server::Transaction tx(db, nullptr);
        for (std::size_t end = std::min(births.size(), i + 2000); i < end; ++i) {
            server::StoredRecord s;
            Record& r = s.record;
            char id[40];
            std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012zu", i);
            r.id = id;
            r.eventType = "birth";
            r.formId = form->id;
            r.formVersion = form->version;
            r.fields = births[i].fields;
            const Place& p = where[i % where.size()];
            r.officeId = p.office;
            s.locationPath = p.path;
            r.createdAt = kYearStart + static_cast<std::int64_t>(i) * 26000; // about a year
            db.execute(
                QStringLiteral("INSERT INTO records (id, event_type, form_id, form_version, "
                               "office_id, location_path, tracking_id, status, status_reason, rev,"
                               " fields, field_meta, field_revs, created_at, updated_at, "
                               "created_by, updated_by, server_created_at, server_updated_at) "
                               "VALUES (?, 'birth', ?, ?, ?, ?, ?, 'declared', '', 1, ?, '{}', "
                               "'{}', ?, ?, 'bench', 'bench', ?, ?)"),
                {QString::fromStdString(r.id), QString::fromStdString(r.formId), r.formVersion,
                 QString::fromStdString(r.officeId), QString::fromStdString(s.locationPath),
                 QStringLiteral("TB%1").arg(i), QString::fromStdString(r.fields.dump()),
                 QVariant::fromValue<qint64>(r.createdAt), QVariant::fromValue<qint64>(r.createdAt),
                 QVariant::fromValue<qint64>(r.createdAt),
                 QVariant::fromValue<qint64>(r.createdAt)});
            server::SearchKeyStore::index(db, s, *dir->forms);
        }
        tx.commit();
        if (i % 100000 == 0)
            std::fprintf(stderr, "  filled %zu records (%.0f s)\n", i, t.elapsed() / 1000.0);
    }
    db.executeRaw(db.isPostgres() ? QStringLiteral("VACUUM ANALYZE") : QStringLiteral("ANALYZE"));
    std::printf("filled %zu records with their search keys in %.1f s\n", births.size(),
                t.elapsed() / 1000.0);
}

std::string clientToken(ServerProcess& server, const std::string& url)
{
    std::string out;
    const int code = runServerCommand(
        {QStringLiteral("client"), QStringLiteral("create"), QStringLiteral("--name"),
         QStringLiteral("Bench"), QStringLiteral("--scopes"), QStringLiteral("search"),
         QStringLiteral("--jurisdiction"), QStringLiteral("VD"), QStringLiteral("--events"),
         QStringLiteral("birth"), QStringLiteral("--database"), QString::fromStdString(url)},
        &out);
    if (code != 0 || out.rfind('{') == std::string::npos)
        throw std::runtime_error("client create failed: " + out);
    const json c = json::parse(out.substr(out.rfind('{')));
    const std::string basic =
        c["client_id"].get<std::string>() + ":" + c["client_secret"].get<std::string>();
    const auto r = httpRequest(
        "POST", server.url("/oauth/token"), "grant_type=client_credentials",
        {{"Content-Type", "application/x-www-form-urlencoded"},
         {"Authorization", "Basic " + QByteArray::fromStdString(basic).toBase64().toStdString()}});
    if (r.status != 200 || !r.body.contains("access_token"))
        throw std::runtime_error("no token: " + r.raw);
    return r.body["access_token"];
}

// What integrators ask, in turn: a child's full name (by sound), a mother's full name in her
// field, a mother's national ID, a first name with a status, a family name alone.
json queryFor(int q, const std::vector<dedup::bench::LabelledRecord>& births)
{
    const json& f = births[static_cast<std::size_t>(q) * 7919 % births.size()].fields;
    const auto full = [](const json& n) {
        return n.value("first", "") + " " + n.value("family", "");
    };
    switch (q % 5) {
    case 0:
        return {{"name", full(f["child_name"])}};
    case 1:
        return {{"name", full(f["mother_name"])}, {"name_field", "mother_name"}};
    case 2:
        if (f.contains("mother_national_id"))
            return {{"national_id", f["mother_national_id"]}};
        return {{"name", full(f["child_name"])}, {"name_match", "exact"}};
    case 3:
        return {{"name", f["child_name"].value("first", "")}, {"status", "declared"}};
    default:
        return {{"name", f["child_name"].value("family", "")}};
    }
}

// CPU seconds of every PostgreSQL process on the machine (the server's backends do the
// searching there); 0 on a machine without one.
double postgresCpu()
{
    double total = 0;
    for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
        const std::string name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos)
            continue;
        std::ifstream comm(entry.path() / "comm");
        std::string command;
        if (std::getline(comm, command) && command == "postgres")
            total += bench::ProcessUsage(static_cast<pid_t>(std::stol(name))).cpuSeconds();
    }
    return total;
}

double at(const std::vector<double>& sorted, double q)
{
    return sorted[static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1))];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--backend")
            o.backend = v == "postgres" ? Backend::Postgres : Backend::Sqlite;
        else if (k == "--records")
            o.records = std::stoi(v);
        else if (k == "--queries")
            o.queries = std::stoi(v);
        else if (k == "--max-p95-ms")
            o.maxP95 = std::stod(v);
    }
    dedup::bench::GeneratorOptions g;
    g.seed = 11;
    g.records = o.records;
    const auto births = dedup::bench::generateBirths(g);
    TestDatabase db(o.backend, Seed::Demo);
    ServerProcess server(db.url());
    server.start(); // migrates the seeded database
    server.stop();
    fill(db.url(), births);
    server.start();
    const std::string token = clientToken(server, db.url());
    bench::ProcessUsage serverUsage(server.pid()), self;
    const double serverCpu0 = serverUsage.cpuSeconds(), selfCpu0 = self.cpuSeconds(),
                 pgCpu0 = postgresCpu();
    std::vector<double> times;
    std::vector<std::vector<double>> byKind(5);
    long found = 0;
    for (int q = 0; q < o.queries; ++q) {
        const json query = queryFor(q, births);
        const auto t0 = std::chrono::steady_clock::now();
        const auto r = httpRequest(
            "POST", server.url("/api/v1/search"), query.dump(),
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}});
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count();
        if (r.status != 200) {
            std::fprintf(stderr, "search %s: %ld %s\n", query.dump().c_str(), r.status,
                         r.raw.c_str());
            return 2;
        }
        found += static_cast<long>(r.body["results"].size());
        times.push_back(ms);
        byKind[static_cast<std::size_t>(q % 5)].push_back(ms);
    }
    const double serverCpu = serverUsage.cpuSeconds() - serverCpu0;
    const double selfCpu = self.cpuSeconds() - selfCpu0;
    const double pgCpu = postgresCpu() - pgCpu0;
    const char* names[] = {"child full name", "mother's name in her field", "national ID",
                           "first name + status", "family name alone"};
    for (std::size_t k = 0; k < byKind.size(); ++k) {
        std::sort(byKind[k].begin(), byKind[k].end());
        std::printf("  %-28s p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", names[k],
                    at(byKind[k], 0.5), at(byKind[k], 0.95), byKind[k].back());
    }
    std::sort(times.begin(), times.end());
    std::printf("%s, %d records, %d searches (%ld results): p50 %.2f ms, p95 %.2f ms, max %.2f "
                "ms; CPU per search: server %.2f ms, PostgreSQL %.2f ms, this client %.2f ms\n",
                o.backend == Backend::Postgres ? "PostgreSQL" : "SQLite", o.records, o.queries,
                found, at(times, 0.5), at(times, 0.95), times.back(), serverCpu * 1000 / o.queries,
                pgCpu * 1000 / o.queries, selfCpu * 1000 / o.queries);
    if (at(times, 0.95) > o.maxP95) {
        std::printf("FAIL: p95 above %.1f ms\n", o.maxP95);
        return 1;
    }
    return 0;
}
