#include "sync/server/interop/WebSubOutbox.h"

#include "core/Uuid.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/db/TransactionMemo.h"
#include "sync/server/interop/ClientRecordView.h"
#include "sync/server/interop/WebSubHub.h"

namespace vitalis::server
{

using nlohmann::json;

namespace
{
using sql::i64;
using sql::q;

struct Target {
    std::string subscription, allowed, format;
};

// The subscribers of each topic and office path, read once per transaction: a push batch's
// records mostly share both (one statement per record before), and subscriptions are not
// written in a push.
thread_local TransactionMemo<std::pair<std::string, std::string>, std::vector<Target>> targetMemo;

std::vector<Target> readTargets(Db& db, const std::string& topic, const std::string& path,
                                std::int64_t now)
{
    // Subscribers whose client's jurisdiction holds the record's office (a path prefix).
    Rows r = db.query(
        QStringLiteral("SELECT s.id, c.allowed_fields, s.payload FROM websub_subscriptions s "
                       "JOIN integration_clients c ON c.id = s.client_id "
                       "JOIN locations l ON l.id = c.jurisdiction_id "
                       "WHERE s.topic = ? AND s.state = 'active' AND s.expires_at > ? "
                       "AND c.revoked_at IS NULL AND substr(?, 1, length(l.path)) = l.path"),
        {q(topic), i64(now), q(path)});
    std::vector<Target> targets;
    while (r.next())
        targets.push_back({r.text(0), r.text(1), r.text(2) == "fhir" ? "fhir" : "native"});
    return targets;
}
} // namespace

json WebSubOutbox::payload(const StoredRecord& s, const std::string& topic,
                           const std::vector<std::string>& allowedFields, std::int64_t now)
{
    return {{"topic", topic}, {"occurred_at", now}, {"record", clientRecordView(s, allowedFields)}};
}

json WebSubOutbox::list(Db& db, const std::string& state, int limit)
{
    json out = json::array();
    Rows r = db.query(QStringLiteral("SELECT d.id, d.subscription_id, s.client_id, s.callback, "
                                     "d.topic, d.record_id, d.state, d.attempts, d.created_at, "
                                     "d.last_status, d.last_error FROM websub_deliveries d "
                                     "LEFT JOIN websub_subscriptions s ON s.id = "
                                     "d.subscription_id WHERE ? = '' OR d.state = ? ORDER BY "
                                     "d.created_at DESC LIMIT ?"),
                      {q(state), q(state), limit});
    while (r.next())
        out.push_back({{"delivery_id", r.text(0)},
                       {"subscription_id", r.text(1)},
                       {"client_id", r.text(2)},
                       {"callback", r.text(3)},
                       {"topic", r.text(4)},
                       {"record_id", r.text(5)},
                       {"state", r.text(6)},
                       {"attempts", r.i64(7)},
                       {"created_at", r.i64(8)},
                       {"last_status", r.i64(9)},
                       {"last_error", r.text(10)}});
    return out;
}

int WebSubOutbox::replay(Db& db, const std::string& id, std::int64_t now)
{
    Transaction tx(db, nullptr);
    const int n = db.execute(QStringLiteral("UPDATE websub_deliveries SET state = 'pending', "
                                            "attempts = 0, next_attempt_at = ?, created_at = ? "
                                            "WHERE (id = ? AND state IN ('dead', 'gone')) OR "
                                            "(? = '' AND state = 'dead')"),
                             {i64(now), i64(now), q(id), q(id)});
    tx.commit();
    return n;
}

void WebSubOutbox::recordEvent(Db& db, const StoredRecord& s, RecordAction action, std::int64_t now)
{
    const std::string topic =
        websub_topic::forAction(s.record.eventType, std::string(toString(action)));
    if (topic.empty())
        return;
    const auto& targets = targetMemo.get(db, std::make_pair(topic, s.locationPath), [&] {
        return readTargets(db, topic, s.locationPath, now);
    });
    for (const auto& t : targets) {
        // A FHIR delivery starts as the same filtered record; WebSubWorker writes its Bundle.
        const json body =
            payload(s, topic, json::parse(t.allowed).get<std::vector<std::string>>(), now);
        db.execute(QStringLiteral("INSERT INTO websub_deliveries (id, subscription_id, topic, "
                                  "record_id, body, state, next_attempt_at, created_at, format) "
                                  "VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?)"),
                   {q(generateUuid()), q(t.subscription), q(topic), q(s.record.id), q(body.dump()),
                    i64(now), i64(now), q(t.format)});
    }
}

} // namespace vitalis::server
