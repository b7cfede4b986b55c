// Vital statistics on the real server, SQLite and PostgreSQL (issue 20, "Must be shown" 1 and
// 2): a known set of registrations gives hand-computed counts, completeness, timeliness, sex
// ratio and office performance; the counters follow corrections, archiving and reinstating,
// equal a full recount (`stats rebuild`), come back with a restored backup; a district
// registrar sees only their district and a field agent nothing.
#include "sync/server/db/Db.h"
#include "sync/server/stats/StatisticsStore.h"
#include "tests/support/ServerTest.h"

#include <cmath>

using namespace vitalis;
using namespace vitalis::test;

namespace
{

struct Made {
    std::string id;
    std::int64_t rev = 0;
};

class Statistics : public ServerTest
{
protected:
    std::string day(int back) const { return isoDaysBefore(serverClock(), back); }

    json applied(Session& s, const json& op)
    {
        const auto r = s.push(json::array({op}));
        EXPECT_EQ(r.status, 200) << r.raw;
        EXPECT_EQ(r.body["results"][0]["status"], "applied") << r.raw;
        return r.body["results"][0];
    }
    Made birth(Session& s, const std::string& office, const std::string& sex,
               const std::string& date)
    {
        json f = birthFields();
        f["child_sex"] = sex;
        f["birth_date"] = date;
        Made m{newRecordId(), 1};
        applied(s, createOp(s.nextMutationId(), m.id, office, f));
        return m;
    }
    Made death(Session& s, const std::string& office, const std::string& born,
               const std::string& died)
    {
        Made m{newRecordId(), 1};
        applied(s, createOp(s.nextMutationId(), m.id, office,
                            {{"deceased_name", "Tomas Ruiz"},
                             {"death_date", died},
                             {"deceased_birth_date", born}},
                            "declare", "tdeath", "death"));
        return m;
    }
    void act(Session& s, Made& m, const std::string& action, const json& extra = json::object(),
             const json& fieldChanges = json::object(), const std::string& form = "tbirth")
    {
        json op = changeOp(s.nextMutationId(), m.id, action, m.rev, fieldChanges, form);
        if (extra.is_object())
            op.update(extra);
        m.rev = applied(s, op)["rev"].get<std::int64_t>();
    }
    json stats(Session& s, const std::string& query, long status = 200)
    {
        const auto r = s.get("/api/v1/statistics" + query);
        EXPECT_EQ(r.status, status) << query << "\n" << r.raw;
        return r.body;
    }
    std::string period() const { return day(400).substr(0, 4) + ".." + day(10).substr(0, 4); }
    int years() const
    {
        return std::stoi(day(10).substr(0, 4)) - std::stoi(day(400).substr(0, 4)) + 1;
    }
};

const json& rowOf(const json& report, const std::string& event, const std::string& key)
{
    for (const auto& r : report["rows"])
        if (r["event"] == event && r["key"] == key)
            return r;
    static const json none;
    ADD_FAILURE() << "no row " << event << "/" << key << " in " << report.dump();
    return none;
}

const json& totalOf(const json& report, const std::string& event)
{
    for (const auto& t : report["totals"])
        if (t["event"] == event)
            return t;
    static const json none;
    ADD_FAILURE() << "no total for " << event;
    return none;
}

const json& officeOf(const json& report, const std::string& office)
{
    for (const auto& o : report["performance"]["offices"])
        if (o["office"] == office)
            return o;
    static const json none;
    ADD_FAILURE() << "no performance row for " << office;
    return none;
}

double pct(double registrations, double expected)
{
    return std::round(1000.0 * registrations / expected) / 10.0;
}

} // namespace

TEST_P(Statistics, CountsCompletenessTimelinessAndPerformanceFollowEveryChange)
{
    auto reg1 = login("registrar1");
    auto reg2 = login("registrar2");
    auto prov = login("provreg");
    const json correctExtra = {{"reason", "clerk's typing error"}, {"reason_code", "spelling"}};

    // Births in O1 (D1): registered on time, on time, within a year, late; one only declared,
    // one sent back. In O2 (D2): one on time, one within a year. Deaths in O1.
    Made b1 = birth(*reg1, "O1", "female", day(10));
    Made b2 = birth(*reg1, "O1", "male", day(10));
    Made b3 = birth(*reg1, "O1", "male", day(100));
    Made b4 = birth(*reg1, "O1", "female", day(400));
    Made b5 = birth(*reg1, "O1", "male", day(10));
    Made b6 = birth(*reg1, "O1", "female", day(10));
    for (Made* m : {&b1, &b2, &b3, &b4})
        act(*reg1, *m, "register");
    act(*reg1, b6, "reject", {{"reason", "mother's name missing"}});
    Made b7 = birth(*reg2, "O2", "male", day(10));
    Made b8 = birth(*reg2, "O2", "male", day(100));
    act(*reg2, b7, "register");
    act(*reg2, b8, "register");
    Made d1 = death(*reg1, "O1", "1940-01-01", day(5)); // 85 or more
    Made d2 = death(*reg1, "O1", day(205), day(5));     // under one year
    act(*reg1, d1, "register", {}, json::object(), "tdeath");
    act(*reg1, d2, "register", {}, json::object(), "tdeath");
    ASSERT_FALSE(HasFailure());

    const std::string p = "&period=" + period();
    const json r0 = stats(*prov, "?event=birth&by=district" + p);
    EXPECT_EQ(rowOf(r0, "birth", "D1")["registrations"], 4);
    EXPECT_EQ(rowOf(r0, "birth", "D1")["expected"], 240.0 * years()); // 10,000 x 24 / 1,000
    EXPECT_EQ(rowOf(r0, "birth", "D1")["completeness_percent"], pct(4, 240.0 * years()));
    EXPECT_EQ(rowOf(r0, "birth", "D2")["registrations"], 2);
    EXPECT_EQ(rowOf(r0, "birth", "D2")["expected"], 180.0 * years()); // 5,000 x 36 / 1,000
    EXPECT_EQ(rowOf(r0, "birth", "D2")["completeness_percent"], pct(2, 180.0 * years()));
    EXPECT_EQ(r0["rows"].size(), 2u) << "province P1 has two districts";
    const json& t0 = totalOf(r0, "birth");
    EXPECT_EQ(t0["registrations"], 6);
    EXPECT_EQ(t0["expected"], 420.0 * years());
    EXPECT_EQ(t0["timeliness"],
              json({{"on_time", 3}, {"within_year", 2}, {"late", 1}, {"not_stated", 0}}));
    EXPECT_EQ(t0["sex"], json({{"male", 4}, {"female", 2}, {"not_stated", 0}}));
    EXPECT_EQ(t0["sex_ratio_at_birth"], 200.0);

    // By month of occurrence: each registered birth in the month of its date.
    std::map<std::string, int> perMonth;
    for (int back : {10, 10, 100, 400, 10, 100})
        ++perMonth[day(back).substr(0, 7)];
    const json byMonth = stats(*prov, "?event=birth&by=month" + p);
    for (const auto& [month, n] : perMonth)
        EXPECT_EQ(rowOf(byMonth, "birth", month)["registrations"], n) << month;
    EXPECT_EQ(byMonth["rows"].size(), 12u * static_cast<std::size_t>(years()));

    const json deaths = stats(*prov, "?event=death&by=age_group" + p);
    EXPECT_EQ(rowOf(deaths, "death", "85+")["registrations"], 1);
    EXPECT_EQ(rowOf(deaths, "death", "under_1")["registrations"], 1);
    EXPECT_EQ(rowOf(deaths, "death", "40-44")["registrations"], 0);

    // Office performance: every step counted once; registered right after declaring.
    const json perf = stats(*prov, "?by=office" + p);
    const json& o1 = officeOf(perf, "O1");
    EXPECT_EQ(o1["declarations"], 8);
    EXPECT_EQ(o1["registrations"], 6);
    EXPECT_EQ(o1["sent_back"], 1);
    EXPECT_EQ(o1["median_days"], 0);
    EXPECT_EQ(o1["p90_days"], 0);
    EXPECT_EQ(officeOf(perf, "O2")["registrations"], 2);
    EXPECT_EQ(officeOf(perf, "O2")["sent_back"], 0);

    // The UN table and the CSV export say the same.
    const auto table =
        prov->get("/api/v1/statistics/tables/births-by-month-and-sex?period=" + period());
    EXPECT_EQ(table.status, 200) << table.raw;
    EXPECT_NE(table.raw.find("total,4,2,0,6\r\n"), std::string::npos) << table.raw;
    const auto csv = prov->get("/api/v1/statistics?event=birth&by=district&format=csv" + p);
    EXPECT_EQ(csv.status, 200);
    EXPECT_NE(csv.raw.find("birth,district,D1,District One,4,"), std::string::npos) << csv.raw;

    // Backup now; later changes must disappear with a restore.
    server->stop();
    db->backup();
    server->start();

    // A corrected sex moves a birth from male to female; a corrected date moves the late one
    // into the legal period; an archived declaration counts nothing, reinstated and
    // registered it counts once.
    act(*reg1, b2, "correct", correctExtra,
        changes({{"child_sex", "female"}}, {{"child_sex", "male"}}));
    act(*reg1, b4, "correct", correctExtra,
        changes({{"birth_date", day(20)}}, {{"birth_date", day(400)}}));
    act(*reg1, b5, "archive", {{"reason", "duplicate of another declaration"}});
    EXPECT_EQ(totalOf(stats(*prov, "?event=birth" + p), "birth")["registrations"], 6);
    act(*reg1, b5, "reinstate");
    act(*reg1, b5, "register");
    ASSERT_FALSE(HasFailure());
    const json r1 = stats(*prov, "?event=birth&by=district" + p);
    const json& t1 = totalOf(r1, "birth");
    EXPECT_EQ(rowOf(r1, "birth", "D1")["registrations"], 5);
    EXPECT_EQ(t1["sex"], json({{"male", 4}, {"female", 3}, {"not_stated", 0}}));
    EXPECT_EQ(t1["timeliness"],
              json({{"on_time", 5}, {"within_year", 2}, {"late", 0}, {"not_stated", 0}}));
    EXPECT_EQ(officeOf(stats(*prov, "?by=office" + p), "O1")["declarations"], 8)
        << "a reinstated declaration is not a new one";

    // The live counters equal a full recount from the records and their history.
    const json before = stats(*prov, "?by=office" + p);
    std::string out;
    ASSERT_EQ(runServerCommand({QStringLiteral("stats"), QStringLiteral("rebuild"),
                                QStringLiteral("--database"), QString::fromStdString(db->url())},
                               &out),
              0)
        << out;
    EXPECT_NE(out.find("statistics rebuilt from 10 record(s)"), std::string::npos) << out;
    EXPECT_EQ(stats(*prov, "?by=office" + p), before);
    EXPECT_EQ(stats(*prov, "?event=birth&by=district" + p), r1);

    // A restore brings back the counters of the backup's moment.
    server->stop();
    db->restore();
    server->start();
    auto again = login("provreg");
    EXPECT_EQ(stats(*again, "?event=birth&by=district" + p), r0);
}

TEST_P(Statistics, ADistrictRegistrarSeesTheirDistrictAndAFieldAgentNothing)
{
    auto reg1 = login("registrar1");
    auto reg2 = login("registrar2");
    Made a = birth(*reg1, "O1", "female", day(10));
    act(*reg1, a, "register");
    Made b = birth(*reg2, "O2", "male", day(10));
    act(*reg2, b, "register");

    const json own = stats(*reg1, "?event=birth&by=district");
    ASSERT_EQ(own["rows"].size(), 1u) << own.dump();
    EXPECT_EQ(own["rows"][0]["key"], "D1");
    EXPECT_EQ(totalOf(own, "birth")["registrations"], 1);
    // Asking for the province, or another district, shows nothing of D2.
    const json province = stats(*reg1, "?event=birth&by=province");
    EXPECT_EQ(totalOf(province, "birth")["registrations"], 1);
    const json other = stats(*reg1, "?location=D2", 404);
    EXPECT_EQ(other["error"]["path"], "?location") << other.dump();
    EXPECT_EQ(reg1->get("/api/v1/statistics/tables/deaths-by-age-and-sex?location=D2").status, 404);
    const json perf = stats(*reg1, "?by=office");
    EXPECT_EQ(perf["performance"]["offices"].size(), 1u);

    // The expected events travel with the reference data to those who may read statistics,
    // so a registrar's laptop knows completeness offline; other roles' laptops do not get them.
    const json ref = reg1->get("/api/v1/reference").body;
    EXPECT_TRUE(ref.contains("statistics") && ref["statistics"].contains("expected")) << ref.dump();
    for (const char* user : {"agent1", "clerk1", "regagent1", "admin1"}) {
        auto s = login(user);
        EXPECT_FALSE(s->get("/api/v1/reference").body.contains("statistics")) << user;
        EXPECT_EQ(stats(*s, "?by=district", 403)["error"]["code"], "forbidden") << user;
        EXPECT_EQ(s->get("/api/v1/statistics/tables/births-by-month-and-sex").status, 403) << user;
    }
    // Bad parameters are named.
    EXPECT_EQ(stats(*reg1, "?by=colour", 400)["error"]["path"], "?by");
    EXPECT_EQ(stats(*reg1, "?period=2026-13", 400)["error"]["path"], "?period");
}

VITALIS_SERVER_BACKENDS(Statistics);

// PostgreSQL: two transactions counting the same cells (one office, one agent, one month) do
// not wait on each other's counter rows. Before the counters had slots, the second waited for
// the first's row lock until it committed: concurrent pushes by one office ran one at a time
// (bench_server_load). Two connections of one process, so their slots are distinct.
TEST(StatisticsCounters, ConcurrentWritersOfOneOfficeDoNotWaitOnEachOther)
{
    TestDatabase database(Backend::Postgres);
    const server::DbSettings settings = dbSettings(database.url());
    server::Db first(settings, QStringLiteral("stats-first"), 0);
    server::Db second(settings, QStringLiteral("stats-second"), 1);
    second.executeRaw(QStringLiteral("SET lock_timeout = '3s'"));
    auto registered = [](const std::string& id) {
        server::StoredRecord s;
        s.record.id = id;
        s.record.eventType = "birth";
        s.record.formId = "tbirth";
        s.record.officeId = "O1";
        s.record.status = RecordStatus::Registered;
        s.record.updatedBy = "agent1";
        s.record.fields = birthFields();
        return s;
    };
    const std::int64_t now = 1'780'000'000'000;
    server::Transaction a(first, nullptr);
    server::StatisticsStore::recordWritten(first, registered(newRecordId()), now, false);
    server::Transaction b(second, nullptr);
    EXPECT_NO_THROW(
        server::StatisticsStore::recordWritten(second, registered(newRecordId()), now + 1, false));
    b.commit();
    a.commit();

    const statistics::StatisticsData d = server::StatisticsStore::read(first, {"O1"});
    std::map<std::string, std::int64_t> steps;
    for (const auto& c : d.activity)
        steps[c.kind + "/" + c.userId] += c.count;
    EXPECT_EQ(steps["declared/agent1"], 2);
    EXPECT_EQ(steps["registered/agent1"], 2);
    std::int64_t delays = 0, vitals = 0;
    for (const auto& c : d.delays)
        delays += c.count;
    for (const auto& v : d.vitals)
        vitals += v.count;
    EXPECT_EQ(delays, 2);
    EXPECT_EQ(vitals, 2);
    // One row per cell and connection, summed by the reader: the report sees one cell.
    EXPECT_EQ(d.activity.size(), 2u);
}
