#include "sync/server/interop/dci/DciNotifier.h"

#include "core/Uuid.h"
#include "sync/server/interop/ClientRecordView.h"
#include "sync/server/interop/dci/DciFormat.h"
#include "sync/server/interop/dci/DciPerson.h"
#include "sync/server/interop/dci/DciSubscriptionStore.h"
#include "sync/server/interop/dci/DciTransactionStore.h"

namespace vitalis::server::dci
{

using nlohmann::json;

void DciNotifier::recordEvent(Db& db, const StoredRecord& s, RecordAction action, std::int64_t now)
{
    if (action != RecordAction::Register)
        return;
    for (const auto& sub :
         DciSubscriptionStore::subscribers(db, s.record.eventType, s.locationPath)) {
        json person =
            DciPerson::person(DciPerson::attributes(clientRecordView(s, sub.allowedFields)));
        person["registration_date"] = isoTime(now).substr(0, 10);
        const json envelope = {
            {"header",
             {{"version", kVersion},
              {"message_id", generateUuid()},
              {"message_ts", isoTime(now)},
              {"action", "notify"},
              {"sender_id", "vitalis"},
              {"receiver_id", sub.clientId},
              {"total_count", 1},
              {"is_msg_encrypted", false}}},
            {"message",
             {{"transaction_id", sub.code},
              {"notify_event", json::array({{{"reference_id", generateUuid()},
                                             {"timestamp", isoTime(now)},
                                             {"subscription_code", sub.code},
                                             {"data",
                                              {{"version", kVersion},
                                               {"reg_type", kCivil},
                                               {"reg_event_type", s.record.eventType},
                                               {"reg_record_type", "person"},
                                               {"reg_records", json::array({person})}}}}})}}}};
        DciTransaction t;
        t.correlationId = generateUuid();
        t.clientId = sub.clientId;
        t.messageId = envelope["header"]["message_id"];
        t.transactionId = sub.code;
        t.callback = sub.callback;
        t.response = envelope.dump();
        t.createdAt = now;
        DciTransactionStore::add(db, t);
    }
}

} // namespace vitalis::server::dci
