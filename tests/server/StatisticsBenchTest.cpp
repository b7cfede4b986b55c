// The statistics dashboard's speed (issue 20): N registered records (births and deaths over
// three years, three offices) written straight into the server's tables, counted by
// `vitalis-server stats rebuild`, then the dashboard's requests over HTTP as a national
// registrar. Each must answer in under 200 ms (p95 of 20 runs), on SQLite and PostgreSQL.
// VITALIS_STATS_RECORDS sets N (default 20,000 to keep CI short; the size is
// 1200000, figures in docs/performance.md).
#include "core/Uuid.h"
#include "sync/server/db/Db.h"
#include "tests/support/ServerTest.h"

#include <QElapsedTimer>
#include <algorithm>
#include <random>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

long recordCount()
{
    const char* n = std::getenv("VITALIS_STATS_RECORDS");
    return n ? std::max(1L, std::atol(n)) : 20000L;
}

std::string isoDate(int year, int month, int day)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

// One registered record's row values, spread like a country's register.
struct Generated {
    QString event, form, office, path, fields;
    qint64 declaredAt = 0, registeredAt = 0;
};

Generated generate(std::mt19937& rng, long i)
{
    static const char* offices[] = {"O1", "O2", "O3"};
    static const char* paths[] = {"/C/P1/D1/", "/C/P1/D2/", "/C/P2/D3/"};
    const int o = static_cast<int>(rng() % 3);
    const int year = 2024 + static_cast<int>(rng() % 3), month = 1 + static_cast<int>(rng() % 11);
    const int day = 1 + static_cast<int>(rng() % 28);
    const std::string date = isoDate(year, month, day);
    const bool birth = rng() % 5 != 0;
    json f =
        birth ? json{{"child_first", "Ana"},
                     {"child_family", "Bench"},
                     {"child_sex", rng() % 2 ? "male" : "female"},
                     {"birth_date", date},
                     {"mother_name", "Rosa Bench"}}
              : json{{"deceased_name", "Tomas Bench"},
                     {"death_date", date},
                     {"deceased_birth_date", isoDate(1930 + static_cast<int>(rng() % 95), 6, 1)}};
    // Event date (UTC midnight) + 0..400 days to declare, + 0..30 more to register.
    const qint64 eventMs =
        static_cast<qint64>(
            std::chrono::sys_days(std::chrono::year_month_day{std::chrono::year(year),
                                                              std::chrono::month(month),
                                                              std::chrono::day(day)})
                .time_since_epoch()
                .count()) *
        86'400'000LL;
    Generated g;
    g.event = birth ? QStringLiteral("birth") : QStringLiteral("death");
    g.form = birth ? QStringLiteral("tbirth") : QStringLiteral("tdeath");
    g.office = QString::fromLatin1(offices[o]);
    g.path = QString::fromLatin1(paths[o]);
    g.fields = QString::fromStdString(f.dump());
    g.declaredAt = eventMs + static_cast<qint64>(rng() % (i % 10 ? 30 : 400)) * 86'400'000LL;
    g.registeredAt = g.declaredAt + static_cast<qint64>(rng() % 30) * 86'400'000LL;
    return g;
}

void insertRecords(const std::string& url, long n)
{
    server::DbSettings settings;
    settings.url = server::DatabaseUrl::parse(QString::fromStdString(url));
    settings.sqliteSynchronous = QStringLiteral("NORMAL");
    server::Db db(settings, QStringLiteral("stats-bench"));
    std::mt19937 rng(20);
    constexpr int kRows = 200;
    for (long done = 0; done < n;) {
        server::Transaction tx(db, nullptr);
        for (int chunk = 0; chunk < 25 && done < n; ++chunk) {
            const int rows = static_cast<int>(std::min<long>(kRows, n - done));
            QString rec = QStringLiteral(
                "INSERT INTO records (id, event_type, form_id, form_version, office_id, "
                "location_path, tracking_id, status, status_reason, rev, fields, field_meta, "
                "field_revs, created_at, updated_at, created_by, updated_by, server_created_at, "
                "server_updated_at) VALUES ");
            QString hist = QStringLiteral(
                "INSERT INTO record_history (record_id, rev, kind, outcome, user_id, device_id, "
                "mutation_id, server_time, status_from, status_to, reason, changes) VALUES ");
            QVariantList rp, hp;
            for (int i = 0; i < rows; ++i) {
                const Generated g = generate(rng, done + i);
                const QString id = QString::fromStdString(generateUuid());
                rec += QStringLiteral("%1(?, ?, ?, 1, ?, ?, ?, 'registered', '', 2, ?, '{}', "
                                      "'{}', ?, ?, 'bench', 'bench', ?, ?)")
                           .arg(i ? QStringLiteral(", ") : QString());
                rp << id << g.event << g.form << g.office << g.path
                   << QStringLiteral("BENCH-%1").arg(done + i) << g.fields << g.declaredAt
                   << g.registeredAt << g.declaredAt << g.registeredAt;
                hist += QStringLiteral("%1(?, 1, 'declare', 'applied', 'bench', 'bench', 0, ?, "
                                       "'draft', 'declared', '', '{}'), (?, 2, 'register', "
                                       "'applied', 'bench', 'bench', 0, ?, 'declared', "
                                       "'registered', '', '{}')")
                            .arg(i ? QStringLiteral(", ") : QString());
                hp << id << g.declaredAt << id << g.registeredAt;
            }
            db.execute(rec, rp);
            db.execute(hist, hp);
            done += rows;
        }
        tx.commit();
    }
    db.executeRaw(db.isPostgres() ? QStringLiteral("VACUUM ANALYZE") : QStringLiteral("ANALYZE"));
}

class StatisticsBench : public ServerTest
{
};

} // namespace

TEST_P(StatisticsBench, DashboardAnswersInUnder200Milliseconds)
{
    const long n = recordCount();
    QElapsedTimer t;
    t.start();
    insertRecords(db->url(), n);
    const double loadSeconds = t.elapsed() / 1000.0;
    std::string out;
    t.restart();
    ASSERT_EQ(runServerCommand({QStringLiteral("stats"), QStringLiteral("rebuild"),
                                QStringLiteral("--database"), QString::fromStdString(db->url())},
                               &out),
              0)
        << out;
    const double rebuildSeconds = t.elapsed() / 1000.0;
    out.clear();
    ASSERT_EQ(runServerCommand({QStringLiteral("user"), QStringLiteral("add"),
                                QStringLiteral("--username"), QStringLiteral("national"),
                                QStringLiteral("--role"), QStringLiteral("local_registrar"),
                                QStringLiteral("--office"), QStringLiteral("O1"),
                                QStringLiteral("--jurisdiction"), QStringLiteral("C"),
                                QStringLiteral("--database"), QString::fromStdString(db->url())},
                               &out, QByteArray(kPassword) + '\n'),
              0)
        << out;
    auto national = login("national");
    const char* dashboard[] = {"/api/v1/statistics?event=birth&by=district&period=2026",
                               "/api/v1/statistics?event=birth&by=month&period=2024..2026",
                               "/api/v1/statistics?by=office&period=2025",
                               "/api/v1/statistics?event=death&by=age_group",
                               "/api/v1/statistics/tables/births-by-month-and-sex?period=2026"};
    std::fprintf(stderr, "%s, %ld records: load %.1f s, stats rebuild %.1f s\n",
                 backendName(GetParam()).c_str(), n, loadSeconds, rebuildSeconds);
    std::int64_t total = 0;
    for (const char* path : dashboard) {
        std::vector<double> ms;
        for (int i = 0; i < 20; ++i) {
            t.restart();
            const auto r = national->get(path);
            ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            ASSERT_EQ(r.status, 200) << r.raw;
            if (i == 0 && r.body.contains("totals"))
                for (const auto& tot : r.body["totals"])
                    total += tot["registrations"].get<std::int64_t>();
        }
        std::sort(ms.begin(), ms.end());
        std::fprintf(stderr, "  %-66s p50 %6.1f ms  p95 %6.1f ms\n", path, ms[10], ms[18]);
        EXPECT_LT(ms[18], 200.0) << path;
    }
    EXPECT_GT(total, 0) << "the dashboard counted nothing";
}

VITALIS_SERVER_BACKENDS(StatisticsBench);
