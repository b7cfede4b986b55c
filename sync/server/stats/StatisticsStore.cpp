#include "sync/server/stats/StatisticsStore.h"

#include "sync/server/db/Migrations.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/db/TransactionMemo.h"

#include <chrono>
#include <map>

namespace vitalis::server
{

using nlohmann::json;
using sql::i64;
using sql::q;
using statistics::RecordFacts;

namespace
{

constexpr std::int64_t kDayMillis = 86'400'000;
constexpr const char* kBuiltMark = "statistics_built";

int monthOfMillis(std::int64_t millis)
{
    using namespace std::chrono;
    const year_month_day d{floor<days>(sys_time<milliseconds>(milliseconds(millis)))};
    return static_cast<int>(d.year()) * 100 + static_cast<int>(static_cast<unsigned>(d.month()));
}

// The statistics section's text, read once per transaction of this thread's connection.
thread_local TransactionMemo<int, std::string> sectionText;

// What the tables remember of one record between writes.
struct FactsRow {
    bool exists = false;
    std::string status;
    RecordFacts facts;
    std::int64_t declaredAt = 0;
    std::int64_t registeredAt = 0;
};

FactsRow loadFacts(Db& db, const std::string& recordId)
{
    FactsRow f;
    Rows r = db.query(QStringLiteral("SELECT status, counted, event_type, office_id, yyyymm, sex, "
                                     "age_group, place, timeliness, declared_at, registered_at "
                                     "FROM stats_record_facts WHERE record_id = ?"),
                      {q(recordId)});
    if (!r.next())
        return f;
    f.exists = true;
    f.status = r.text(0);
    f.facts.counted = r.i64(1) != 0;
    f.facts.eventType = r.text(2);
    f.facts.officeId = r.text(3);
    f.facts.month = static_cast<int>(r.i64(4));
    f.facts.sex = r.text(5);
    f.facts.ageGroup = r.text(6);
    f.facts.place = r.text(7);
    f.facts.timeliness = r.text(8);
    f.declaredAt = r.i64(9);
    f.registeredAt = r.i64(10);
    return f;
}

void saveFacts(Db& db, const std::string& recordId, const FactsRow& f)
{
    db.execute(QStringLiteral(
                   "INSERT INTO stats_record_facts (record_id, event_type, office_id, status, "
                   "counted, yyyymm, sex, age_group, place, timeliness, declared_at, "
                   "registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                   "(record_id) DO UPDATE SET event_type = excluded.event_type, office_id = "
                   "excluded.office_id, status = excluded.status, counted = excluded.counted, "
                   "yyyymm = excluded.yyyymm, sex = excluded.sex, age_group = excluded.age_group, "
                   "place = excluded.place, timeliness = excluded.timeliness, declared_at = "
                   "excluded.declared_at, registered_at = excluded.registered_at"),
               {q(recordId), q(f.facts.eventType), q(f.facts.officeId), q(f.status),
                f.facts.counted ? 1 : 0, f.facts.month, q(f.facts.sex), q(f.facts.ageGroup),
                q(f.facts.place), q(f.facts.timeliness), i64(f.declaredAt), i64(f.registeredAt)});
}

// Copies of each counter row (Db::counterSlot): enough for the server's writer connections.
constexpr int kCounterSlots = 64;

void addVital(Db& db, const RecordFacts& f, std::int64_t delta)
{
    db.execute(QStringLiteral("INSERT INTO stats_vital (event_type, office_id, yyyymm, sex, "
                              "age_group, place, timeliness, slot, registrations) VALUES (?, ?, "
                              "?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_type, office_id, yyyymm, "
                              "sex, age_group, place, timeliness, slot) DO UPDATE SET "
                              "registrations = stats_vital.registrations + excluded.registrations"),
               {q(f.eventType), q(f.officeId), f.month, q(f.sex), q(f.ageGroup), q(f.place),
                q(f.timeliness), db.counterSlot(kCounterSlots), i64(delta)});
}

void addActivity(Db& db, const statistics::ActivityCount& a)
{
    db.execute(QStringLiteral("INSERT INTO stats_activity (event_type, office_id, user_id, yyyymm, "
                              "kind, slot, steps) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                              "(event_type, office_id, user_id, yyyymm, kind, slot) DO UPDATE SET "
                              "steps = stats_activity.steps + excluded.steps"),
               {q(a.eventType), q(a.officeId), q(a.userId), a.month, q(a.kind),
                db.counterSlot(kCounterSlots), i64(a.count)});
}

void addDelay(Db& db, const statistics::DelayCount& d)
{
    db.execute(QStringLiteral("INSERT INTO stats_delay (event_type, office_id, user_id, yyyymm, "
                              "days, slot, registrations) VALUES (?, ?, ?, ?, ?, ?, ?) ON "
                              "CONFLICT (event_type, office_id, user_id, yyyymm, days, slot) DO "
                              "UPDATE SET registrations = stats_delay.registrations + "
                              "excluded.registrations"),
               {q(d.eventType), q(d.officeId), q(d.userId), d.month, d.days,
                db.counterSlot(kCounterSlots), i64(d.count)});
}

// The workflow step of one status change, shared by the live path and the rebuild so both
// count alike: declared and registered once per record (the first time; a reinstated record
// is not a new declaration), with the declaration -> registration time; sent back each time.
struct Step {
    std::vector<statistics::ActivityCount> activity;
    std::vector<statistics::DelayCount> delays;
};

Step transition(FactsRow& f, const std::string& eventType, const std::string& officeId,
                const std::string& to, const std::string& userId, std::int64_t at)
{
    Step s;
    const int month = monthOfMillis(at);
    const bool declaredOrLater =
        to == "declared" || to == "validated" || to == "registered" || to == "certified";
    if (declaredOrLater && f.declaredAt == 0) { // a reinstated record is not declared again
        f.declaredAt = at;
        s.activity.push_back({eventType, officeId, userId, "declared", month, 1});
    }
    if ((to == "registered" || to == "certified") && f.registeredAt == 0) {
        f.registeredAt = at;
        s.activity.push_back({eventType, officeId, userId, "registered", month, 1});
        const int days =
            static_cast<int>(std::max<std::int64_t>(0, at - f.declaredAt) / kDayMillis);
        s.delays.push_back({eventType, officeId, userId, month, days, 1});
    }
    if (to == "requires_updates")
        s.activity.push_back({eventType, officeId, userId, "sent_back", month, 1});
    f.status = to;
    return s;
}

void apply(Db& db, const Step& s)
{
    for (const auto& a : s.activity)
        addActivity(db, a);
    for (const auto& d : s.delays)
        addDelay(db, d);
}

// Counters summed in memory during a rebuild, written once at the end.
struct Totals {
    std::map<std::string, std::pair<RecordFacts, std::int64_t>> vitals;
    std::map<std::string, statistics::ActivityCount> activity;
    std::map<std::string, statistics::DelayCount> delays;

    static std::string key(std::initializer_list<std::string> parts)
    {
        std::string k;
        for (const auto& p : parts)
            k += p + '\x1f';
        return k;
    }
    void add(const Step& s)
    {
        for (const auto& a : s.activity) {
            auto [it, fresh] = activity.try_emplace(
                key({a.eventType, a.officeId, a.userId, std::to_string(a.month), a.kind}), a);
            if (!fresh)
                it->second.count += a.count;
        }
        for (const auto& d : s.delays) {
            auto [it, fresh] =
                delays.try_emplace(key({d.eventType, d.officeId, d.userId, std::to_string(d.month),
                                        std::to_string(d.days)}),
                                   d);
            if (!fresh)
                it->second.count += d.count;
        }
    }
    void add(const RecordFacts& f)
    {
        auto& v = vitals[key({f.eventType, f.officeId, std::to_string(f.month), f.sex, f.ageGroup,
                              f.place, f.timeliness})];
        v.first = f;
        ++v.second;
    }
    void write(Db& db) const
    {
        for (const auto& [k, v] : vitals)
            addVital(db, v.first, v.second);
        for (const auto& [k, a] : activity)
            addActivity(db, a);
        for (const auto& [k, d] : delays)
            addDelay(db, d);
    }
};

struct HistoryStep {
    std::string from, to, userId;
    std::int64_t at = 0;
};

// The status changes of the records from `first` to `last` (ids), in order.
std::map<std::string, std::vector<HistoryStep>> historyOf(Db& db, const std::string& first,
                                                          const std::string& last)
{
    std::map<std::string, std::vector<HistoryStep>> out;
    Rows r = db.query(QStringLiteral("SELECT record_id, status_from, status_to, user_id, "
                                     "server_time FROM record_history WHERE record_id >= ? AND "
                                     "record_id <= ? ORDER BY record_id, rev"),
                      {q(first), q(last)});
    while (r.next())
        if (r.text(1) != r.text(2))
            out[r.text(0)].push_back({r.text(1), r.text(2), r.text(3), r.i64(4)});
    return out;
}

} // namespace

std::int64_t StatisticsStore::rebuild(Db& db)
{
    for (const char* table : {"stats_record_facts", "stats_vital", "stats_activity", "stats_delay"})
        db.executeRaw(QStringLiteral("DELETE FROM ") + QString::fromLatin1(table));
    const statistics::StatisticsConfig cfg = config(db);
    Totals totals;
    std::int64_t records = 0;
    std::string after;
    for (;;) {
        const std::vector<StoredRecord> page = RecordStore::pageAfter(db, after, 2000);
        if (page.empty())
            break;
        const auto history = historyOf(db, page.front().record.id, page.back().record.id);
        for (const StoredRecord& s : page) {
            const Record& r = s.record;
            FactsRow f;
            f.exists = true;
            if (const auto h = history.find(r.id); h != history.end())
                for (const HistoryStep& step : h->second)
                    totals.add(
                        transition(f, r.eventType, r.officeId, step.to, step.userId, step.at));
            f.status = std::string(toString(r.status));
            f.facts = statistics::factsOf(r, f.registeredAt, cfg);
            if (f.facts.counted)
                totals.add(f.facts);
            saveFacts(db, r.id, f);
            ++records;
        }
        after = page.back().record.id;
    }
    totals.write(db);
    db.execute(QStringLiteral("INSERT INTO server_meta (key, value) VALUES (?, '1') ON CONFLICT "
                              "(key) DO UPDATE SET value = excluded.value"),
               {q(kBuiltMark)});
    return records;
}

statistics::StatisticsData StatisticsStore::read(Db& db, const std::set<std::string>& officeIds,
                                                 const std::string& event, int fromMonth,
                                                 int toMonth)
{
    statistics::StatisticsData d;
    if (officeIds.empty())
        return d;
    QString where = u" WHERE office_id IN ("_qs;
    QVariantList params;
    for (const auto& id : officeIds) {
        where += params.isEmpty() ? u"?"_qs : u", ?"_qs;
        params.push_back(q(id));
    }
    where += u")"_qs;
    if (!event.empty()) {
        where += u" AND event_type = ?"_qs;
        params.push_back(q(event));
    }
    if (fromMonth > 0) {
        where += u" AND yyyymm BETWEEN ? AND ?"_qs;
        params << fromMonth << toMonth;
    }
    {
        Rows r = db.query(u"SELECT event_type, office_id, yyyymm, sex, age_group, place, "
                          "timeliness, SUM(registrations) FROM stats_vital"_qs +
                              where +
                              u" GROUP BY event_type, office_id, yyyymm, sex, age_group, place, "
                              "timeliness HAVING SUM(registrations) <> 0"_qs,
                          params);
        while (r.next())
            d.vitals.push_back({{true, r.text(0), r.text(1), static_cast<int>(r.i64(2)), r.text(3),
                                 r.text(4), r.text(5), r.text(6)},
                                r.i64(7)});
    }
    {
        Rows r = db.query(u"SELECT event_type, office_id, user_id, kind, yyyymm, SUM(steps) FROM "
                          "stats_activity"_qs +
                              where + u" GROUP BY event_type, office_id, user_id, kind, yyyymm"_qs,
                          params);
        while (r.next())
            d.activity.push_back(
                {r.text(0), r.text(1), r.text(2), r.text(3), static_cast<int>(r.i64(4)), r.i64(5)});
    }
    Rows r = db.query(u"SELECT event_type, office_id, user_id, yyyymm, days, SUM(registrations) "
                      "FROM stats_delay"_qs +
                          where + u" GROUP BY event_type, office_id, user_id, yyyymm, days"_qs,
                      params);
    while (r.next())
        d.delays.push_back({r.text(0), r.text(1), r.text(2), static_cast<int>(r.i64(3)),
                            static_cast<int>(r.i64(4)), r.i64(5)});
    return d;
}

void StatisticsStore::recordWritten(Db& db, const StoredRecord& s, std::int64_t serverTime,
                                    bool fresh)
{
    const Record& r = s.record;
    FactsRow f = fresh ? FactsRow{} : loadFacts(db, r.id);
    const RecordFacts before = f.facts;
    const std::string status(toString(r.status));
    if (!f.exists || f.status != status)
        apply(db, transition(f, r.eventType, r.officeId, status, r.updatedBy, serverTime));
    f.facts = statistics::factsOf(r, f.registeredAt, config(db));
    if (f.exists && before == f.facts)
        return saveFacts(db, r.id, f); // status or times may have moved; the counts did not
    if (f.exists && before.counted)
        addVital(db, before, -1);
    if (f.facts.counted)
        addVital(db, f.facts, 1);
    saveFacts(db, r.id, f);
}

json StatisticsStore::configSection(Db& db)
{
    Rows r =
        db.query(QStringLiteral("SELECT value FROM server_meta WHERE key = 'statistics_config'"));
    if (!r.next())
        return json();
    json section = json::parse(r.text(0), nullptr, false);
    return section.is_discarded() ? json() : section;
}

const statistics::StatisticsConfig& StatisticsStore::config(Db& db)
{
    // Wanted at every record write: parsing the section each time was 6 % of the server's push
    // CPU, and reading it a statement per record. The text is read once per transaction; each
    // writer thread keeps the last text it parsed, and another text is parsed again.
    const std::string& text = sectionText.get(db, 0, [&] {
        Rows r = db.query(
            QStringLiteral("SELECT value FROM server_meta WHERE key = 'statistics_config'"));
        return r.next() ? r.text(0) : std::string();
    });
    thread_local std::optional<std::pair<std::string, statistics::StatisticsConfig>> cached;
    if (cached && cached->first == text)
        return cached->second; // valid until this thread reads another text
    statistics::StatisticsConfig cfg = statistics::StatisticsConfig::defaults();
    // Checked when stored; a damaged text falls back to the defaults rather than refuse writes.
    if (!text.empty())
        try {
            cfg = statistics::StatisticsConfig::fromJson(json::parse(text));
        } catch (const std::exception&) {
        }
    cached.emplace(text, std::move(cfg));
    return cached->second;
}

void StatisticsStore::saveConfig(Db& db, const json& section)
{
    statistics::StatisticsConfig::fromJson(section); // throws with the JSON paths
    sectionText.forget();                            // read again, even later in this transaction
    Rows old =
        db.query(QStringLiteral("SELECT value FROM server_meta WHERE key = 'statistics_config'"));
    const bool changed = !old.next() || old.text(0) != section.dump();
    db.execute(QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('statistics_config', "
                              "?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
               {q(section.dump())});
    if (changed) // the counters follow the new rules at the next start
        db.execute(QStringLiteral("DELETE FROM server_meta WHERE key = ?"), {q(kBuiltMark)});
}

bool StatisticsStore::ensureBuilt(Db& db)
{
    Transaction tx(db, nullptr);
    // Several servers starting at once on one PostgreSQL database: one counts, the others wait
    // here and then find the mark.
    Migrations::lockSchema(db);
    if (db.scalarInt(QStringLiteral("SELECT COUNT(*) FROM server_meta WHERE key = ?"),
                     {q(kBuiltMark)})
            .value_or(0) > 0)
        return false;
    rebuild(db);
    tx.commit();
    return true;
}

} // namespace vitalis::server
