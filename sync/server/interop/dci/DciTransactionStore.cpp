#include "sync/server/interop/dci/DciTransactionStore.h"

#include "sync/server/db/SqlValue.h"

namespace vitalis::server::dci
{

using nlohmann::json;
using sql::i64;
using sql::q;

namespace
{

const QString kColumns =
    QStringLiteral("correlation_id, client_id, message_id, transaction_id, callback, response, "
                   "state, attempts, next_attempt_at, created_at, last_status, last_error");

DciTransaction fromRow(const Rows& r)
{
    DciTransaction t;
    t.correlationId = r.text(0);
    t.clientId = r.text(1);
    t.messageId = r.text(2);
    t.transactionId = r.text(3);
    t.callback = r.text(4);
    t.response = r.text(5);
    t.state = r.text(6);
    t.attempts = static_cast<int>(r.i64(7));
    t.nextAttemptAt = r.i64(8);
    t.createdAt = r.i64(9);
    t.lastStatus = static_cast<int>(r.i64(10));
    t.lastError = r.text(11);
    return t;
}

} // namespace

json DciTransaction::describe() const
{
    return {{"correlation_id", correlationId},
            {"message_id", messageId},
            {"transaction_id", transactionId},
            {"state", state},
            {"attempts", attempts},
            {"last_status", lastStatus},
            {"created_at", createdAt}};
}

void DciTransactionStore::add(Db& db, const DciTransaction& t)
{
    db.execute(u"INSERT INTO dci_transactions ("_qs + kColumns +
                   u") VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, 0, '')"_qs,
               {q(t.correlationId), q(t.clientId), q(t.messageId), q(t.transactionId),
                q(t.callback), q(t.response), i64(t.createdAt), i64(t.createdAt)});
}

std::vector<DciTransaction> DciTransactionStore::claimDue(Db& db, std::int64_t now,
                                                          std::int64_t leaseMs, int limit)
{
    std::vector<DciTransaction> due;
    {
        Rows r = db.query(u"SELECT "_qs + kColumns +
                              u" FROM dci_transactions WHERE state = 'pending' AND "
                              u"next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?"_qs,
                          {i64(now), limit});
        while (r.next())
            due.push_back(fromRow(r));
    }
    std::vector<DciTransaction> claimed;
    for (auto& t : due)
        if (db.execute(QStringLiteral("UPDATE dci_transactions SET next_attempt_at = ? WHERE "
                                      "correlation_id = ? AND next_attempt_at = ? AND state = "
                                      "'pending'"),
                       {i64(now + leaseMs), q(t.correlationId), i64(t.nextAttemptAt)}) == 1)
            claimed.push_back(std::move(t));
    return claimed;
}

void DciTransactionStore::delivered(Db& db, const std::string& id, int status)
{
    db.execute(QStringLiteral("UPDATE dci_transactions SET state = 'delivered', attempts = "
                              "attempts + 1, last_status = ?, last_error = '' WHERE "
                              "correlation_id = ?"),
               {status, q(id)});
}

void DciTransactionStore::failed(Db& db, const std::string& id, int status,
                                 const std::string& error, std::int64_t nextAt, bool dead)
{
    db.execute(QStringLiteral("UPDATE dci_transactions SET state = ?, attempts = attempts + 1, "
                              "last_status = ?, last_error = ?, next_attempt_at = ? WHERE "
                              "correlation_id = ?"),
               {q(dead ? "dead" : "pending"), status, q(error), i64(nextAt), q(id)});
}

std::optional<DciTransaction> DciTransactionStore::load(Db& db, const std::string& clientId,
                                                        const std::string& correlationId)
{
    Rows r = db.query(u"SELECT "_qs + kColumns +
                          u" FROM dci_transactions WHERE client_id = ? AND correlation_id = ?"_qs,
                      {q(clientId), q(correlationId)});
    if (!r.next())
        return std::nullopt;
    return fromRow(r);
}

} // namespace vitalis::server::dci
