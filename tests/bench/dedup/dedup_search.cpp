// dedup-search: the duplicate check's candidate search, timed per declaration (p50, p95, max).
//   --server URL  the server's search (DedupKeyStore + Matcher) in a database at URL
//                 (sqlite:PATH or postgres://...), migrated, filled with --records synthetic
//                 births of one office, then --queries declarations checked against them;
//   --device DIR  the laptop's search (DeviceDuplicateCheck) in an encrypted profile in DIR.
// Records come from the quality generator (seeded), so every run searches the same data.
// The sizes: 1,200,000 on the server, 100,000 on the device; CI runs a bounded size.
// Exits 1 when p95 is above --max-p95-ms (default 20).
#include "SyntheticBirths.h"
#include "core/Record.h"
#include "core/store/Database.h"
#include "core/store/FileKeyProvider.h"
#include "core/store/ProfileStore.h"
#include "dedup/BlockingKeys.h"
#include "dedup/RuleLibrary.h"
#include "sync/client/DeviceDuplicateCheck.h"
#include "sync/server/db/Db.h"
#include "sync/server/db/Migrations.h"
#include "sync/server/dedup/DedupKeyStore.h"

#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

using namespace vitalis;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace
{

struct Options {
    std::string server, device;
    int records = 20000;
    int queries = 300;
    double maxP95 = 20;
    std::uint64_t seed = 7;
};

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

int report(const char* what, std::vector<double> t, int records, double maxP95)
{
    std::sort(t.begin(), t.end());
    const auto at = [&](double q) { return t[static_cast<std::size_t>(q * (t.size() - 1))]; };
    std::printf("%s: %d records, %zu searches: p50 %.2f ms, p95 %.2f ms, max %.2f ms\n", what,
                records, t.size(), at(0.5), at(0.95), t.back());
    if (at(0.95) > maxP95) {
        std::printf("FAIL: p95 above %.1f ms\n", maxP95);
        return 1;
    }
    return 0;
}

std::string idOf(int i)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "00000000-0000-4000-8000-%012d", i);
    return buf;
}

// The server side: records rows and their keys, in batches of 5,000 per transaction.
int serverBench(const Options& o, const dedup::RuleLibrary& rules,
                const std::vector<dedup::bench::LabelledRecord>& births)
{
    using namespace vitalis::server;
    std::string url = o.server;
    if (url.rfind("postgres", 0) == 0) {
        // A database of its own beside the one the URL names (the test services' admin one).
        Db admin(DbSettings{DatabaseUrl::parse(QString::fromStdString(url))},
                 QStringLiteral("bench-admin"));
        try {
            admin.executeRaw(QStringLiteral("CREATE DATABASE vitalis_dedup_bench"));
        } catch (const DbError&) { // there from an earlier run
        }
        const auto slash = url.rfind('/');
        const auto query = url.find('?', slash);
        url = url.substr(0, slash + 1) + "vitalis_dedup_bench" +
              (query == std::string::npos ? std::string() : url.substr(query));
    }
    DbSettings settings{DatabaseUrl::parse(QString::fromStdString(url))};
    settings.sqliteSynchronous = QStringLiteral("OFF");
    Db db(settings, QStringLiteral("bench"));
    Migrations::apply(db, 0, [] { return QStringLiteral("bench"); });
    const dedup::RuleSet& rs = *rules.forEvent("birth");
    // Data from an older build without the compact copies is filled again (else no candidate
    // would be found and the search would look fast).
    const bool filled =
        db.scalarInt(QStringLiteral("SELECT COUNT(*) FROM records")).value_or(0) >= o.records &&
        db.scalarInt(QStringLiteral("SELECT COUNT(*) FROM dedup_fields")).value_or(0) >= o.records;
    if (!filled) {
        db.executeRaw(QStringLiteral("DELETE FROM dedup_keys"));
        db.executeRaw(QStringLiteral("DELETE FROM dedup_fields"));
        db.executeRaw(QStringLiteral("DELETE FROM records"));
        db.executeRaw(QStringLiteral("DELETE FROM offices"));
        db.executeRaw(QStringLiteral("DELETE FROM locations"));
        db.executeRaw(QStringLiteral("INSERT INTO locations (id, type, name, names, path) VALUES "
                                     "('L', 'district', 'L', '{}', '/L/')"));
        db.executeRaw(QStringLiteral("INSERT INTO offices (id, code, name, location_id) VALUES "
                                     "('O', 'O', 'O', 'L')"));
        const auto start = Clock::now();
        for (int i = 0; i < o.records;) {
            server::Transaction tx(db, nullptr);
            for (int end = std::min(o.records, i + 5000); i < end; ++i) {
                const auto& f = births[static_cast<std::size_t>(i)].fields;
                db.execute(
                    QStringLiteral("INSERT INTO records (id, event_type, form_id, form_version,"
                                   " office_id, location_path, tracking_id, status, status_reason,"
                                   " rev, fields, field_meta, field_revs, created_at, updated_at,"
                                   " created_by, updated_by, server_created_at, server_updated_at)"
                                   " VALUES (?, 'birth', 'birth', 1, 'O', '/L/', ?, 'declared', '',"
                                   " 1, ?, '{}', '{}', 0, 0, 'u', 'u', 0, 0)"),
                    {QString::fromStdString(idOf(i)), QStringLiteral("T%1").arg(i),
                     QString::fromStdString(f.dump())});
                DedupKeyStore::replace(db, idOf(i), "birth", dedup::blockingKeys(rs, f),
                                       dedup::matchFields(rs, f).dump(), true);
            }
            tx.commit();
        }
        std::printf("server: filled %d records in %.1f s\n", o.records,
                    ms(Clock::now() - start) / 1000);
    }
    const dedup::Matcher& matcher = *rules.matcherFor("birth");
    std::vector<double> times;
    std::size_t mostCandidates = 0;
    for (int q = 0; q < o.queries; ++q) {
        const auto& f = births[static_cast<std::size_t>(q * 7919 % o.records)].fields;
        const auto t0 = Clock::now();
        const auto mine = matcher.prepare(f);
        int flagged = 0;
        const auto candidates =
            DedupKeyStore::candidates(db, "birth", dedup::blockingKeys(rs, f), "none", 200);
        // As DuplicateCheck does it: the score, the explanation only for the flagged.
        for (const auto& c : candidates) {
            const auto theirs = matcher.prepare(c.fields);
            if (matcher.score(mine, theirs) >= rs.threshold)
                flagged += matcher.explain(mine, theirs).flagged ? 1 : 0;
        }
        times.push_back(ms(Clock::now() - t0));
        mostCandidates = std::max(mostCandidates, candidates.size());
        (void)flagged;
    }
    std::printf("server: at most %zu candidates read for one declaration\n", mostCandidates);
    return report(db.isPostgres() ? "server (PostgreSQL)" : "server (SQLite)", times, o.records,
                  o.maxP95);
}

// The device side: an encrypted profile holding the records (kept between runs).
int deviceBench(const Options& o, const dedup::RuleLibrary& rules,
                const std::vector<dedup::bench::LabelledRecord>& births)
{
    FileKeyProvider keys(fs::path(o.device) / "keys");
    auto store = ProfileStore::open(fs::path(o.device) / "profile", keys);
    if (store->db().queryOne("SELECT COUNT(*) FROM records").value_or("0") !=
        std::to_string(o.records)) {
        const auto start = Clock::now();
        for (int i = 0; i < o.records;) {
            Transaction tx(store->db());
            for (int end = std::min(o.records, i + 5000); i < end; ++i) {
                Record r;
                r.id = idOf(i);
                r.eventType = "birth";
                r.formId = "birth";
                r.formVersion = 1;
                r.fields = births[static_cast<std::size_t>(i)].fields;
                r.trackingId = "T" + std::to_string(i);
                r.officeId = "O";
                r.status = RecordStatus::Declared;
                store->records().insert(r);
            }
            tx.commit();
        }
        DeviceDuplicateCheck(*store, rules).refreshIndex();
        std::printf("device: filled and indexed %d records in %.1f s\n", o.records,
                    ms(Clock::now() - start) / 1000);
    }
    DeviceDuplicateCheck check(*store, rules);
    std::vector<double> times;
    for (int q = 0; q < o.queries; ++q) {
        const auto& f = births[static_cast<std::size_t>(q * 7919 % o.records)].fields;
        const auto t0 = Clock::now();
        (void)check.find("birth", f, "none");
        times.push_back(ms(Clock::now() - t0));
    }
    return report("device (SQLCipher)", times, o.records, o.maxP95);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--server")
            o.server = v;
        else if (k == "--device")
            o.device = v;
        else if (k == "--records")
            o.records = std::stoi(v);
        else if (k == "--queries")
            o.queries = std::stoi(v);
        else if (k == "--max-p95-ms")
            o.maxP95 = std::stod(v);
        else if (k == "--seed")
            o.seed = std::stoull(v);
        else {
            std::fprintf(stderr, "dedup-search: unknown option %s\n", k.c_str());
            return 2;
        }
    }
    if (o.server.empty() == o.device.empty() || o.records < 1 || o.queries < 1) {
        std::fprintf(stderr, "usage: dedup-search --server URL | --device DIR [--records N] "
                             "[--queries N] [--max-p95-ms MS] [--seed N]\n");
        return 2;
    }
    const auto rules =
        dedup::RuleLibrary::loadDirectory(fs::path(VITALIS_SOURCE_DIR) / "forms/definitions/dedup");
    const auto births = dedup::bench::generateBirths({o.seed, o.records, 0.05});
    return o.server.empty() ? deviceBench(o, rules, births) : serverBench(o, rules, births);
}
