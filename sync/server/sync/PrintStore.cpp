#include "sync/server/sync/PrintStore.h"

#include "sync/server/db/SqlValue.h"

namespace vitalis::server
{

using nlohmann::json;
using sql::i64;
using sql::q;

std::int64_t PrintStore::copiesPrinted(Db& db, const std::string& recordId)
{
    return db
        .scalarInt(QStringLiteral("SELECT COUNT(*) FROM certificate_prints WHERE record_id = ?"),
                   {q(recordId)})
        .value_or(0);
}

void PrintStore::insert(Db& db, const PrintRow& row)
{
    const protocol::CertificatePrint& p = row.print;
    db.execute(QStringLiteral("INSERT INTO certificate_prints (record_id, copy_number, "
                              "template_id, language, certified_copy, collector, fee, currency, "
                              "receipt_number, reason, device_copy_number, user_id, device_id, "
                              "mutation_id, rev, printed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                              "?, ?, ?, ?, ?, ?, ?)"),
               {q(row.recordId), i64(row.copyNumber), q(p.templateId), q(p.language),
                i64(p.certifiedCopy ? 1 : 0),
                q(protocol::encodeCertificatePrint(p)["collector"].dump()), i64(p.fee),
                q(p.currency), q(p.receiptNumber), q(row.reason), i64(p.copyNumber), q(row.userId),
                q(row.deviceId), i64(row.mutationId), i64(row.rev), i64(row.printedAt)});
}

json PrintStore::historyJson(const PrintRow& row)
{
    json j = protocol::encodeCertificatePrint(row.print);
    j["device_copy_number"] = row.print.copyNumber;
    j["copy_number"] = row.copyNumber; // the server's count is the one the history keeps
    return j;
}

} // namespace vitalis::server
