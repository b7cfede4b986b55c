#include "sync/server/interop/NotificationService.h"

#include "core/RoleCatalog.h"
#include "core/TrackingId.h"
#include "core/Uuid.h"
#include "sync/server/auth/AuthService.h"
#include "sync/server/auth/Secrets.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/http/ApiError.h"
#include "sync/server/sync/RecordStore.h"

namespace vitalis::server
{

using nlohmann::json;
using protocol::ErrorCode;

namespace
{
using sql::i64;
using sql::q;

constexpr std::size_t kMaxTransactionIdLength = 128;

std::string requiredText(const json& body, const char* member)
{
    if (!body.contains(member) || !body[member].is_string() ||
        body[member].get<std::string>().empty())
        throw ApiError(ErrorCode::InvalidRequest, std::string(member) + " is required (a string)",
                       json::object(), std::string("/") + member);
    return body[member].get<std::string>();
}

// The office that receives a notification from `facility`: the one whose location is the
// nearest at or above the facility (a district office for a hospital inside its district).
const Office* officeCovering(const DirectorySnapshot& dir, const std::string& facility)
{
    const Office* best = nullptr;
    std::size_t bestDepth = 0;
    for (const auto& [id, office] : dir.offices) {
        if (!dir.locations.isInside(facility, office.locationId))
            continue;
        const std::size_t depth = dir.pathOf(office.locationId).size();
        if (!best || depth > bestDepth || (depth == bestDepth && office.id < best->id)) {
            best = &office;
            bestDepth = depth;
        }
    }
    return best;
}

// The newest form of `event`; with several forms for one event the sender names it.
std::pair<std::string, int> formFor(const DirectorySnapshot& dir, const std::string& event,
                                    const json& body)
{
    std::vector<std::pair<std::string, int>> found;
    for (const auto& id : dir.forms->formIds())
        if (auto form = dir.forms->latest(id); form && form->event == event)
            found.emplace_back(id, form->version);
    if (body.contains("form_id")) {
        for (const auto& f : found)
            if (body["form_id"].is_string() && f.first == body["form_id"].get<std::string>())
                return f;
        throw ApiError(ErrorCode::InvalidRequest,
                       "form_id names no form of '" + event + "' events on this server",
                       json::object(), "/form_id");
    }
    if (found.size() != 1)
        throw ApiError(ErrorCode::InvalidRequest,
                       found.empty() ? "no form for '" + event + "' events on this server"
                                     : "several forms exist for '" + event + "': send form_id",
                       json::object(), found.empty() ? "/event" : "/form_id");
    return found.front();
}

json fieldErrors(const std::vector<protocol::FieldError>& errors)
{
    json out = json::array();
    for (const auto& e : errors) {
        const std::string path =
            e.field.empty() ? "" : (e.field.front() == '/' ? e.field : "/fields/" + e.field);
        out.push_back({{"path", path}, {"code", e.code}, {"message", e.message}});
    }
    return out;
}
} // namespace

struct NotificationService::Sent {
    std::string transactionId, event, facility, formId, payloadHash;
    int formVersion = 0;
    const Office* office = nullptr;
    json fields;
};

NotificationService::Sent NotificationService::decode(const ClientContext& client,
                                                      const DirectorySnapshot& dir,
                                                      const json& body) const
{
    if (!body.is_object())
        throw ApiError(ErrorCode::InvalidRequest, "the body must be a JSON object");
    Sent s;
    s.transactionId = requiredText(body, "transaction_id");
    if (s.transactionId.size() > kMaxTransactionIdLength)
        throw ApiError(ErrorCode::InvalidRequest, "transaction_id is longer than 128 characters",
                       json::object(), "/transaction_id");
    s.event = requiredText(body, "event");
    if (!client.client.events.count(s.event))
        throw ApiError(ErrorCode::Forbidden, "this client may not notify '" + s.event + "' events",
                       json::object(), "/event");
    s.facility = requiredText(body, "facility");
    if (!dir.locations.contains(s.facility))
        throw ApiError(ErrorCode::InvalidRequest, "unknown facility '" + s.facility + "'",
                       json::object(), "/facility");
    if (!dir.locations.isInside(s.facility, client.client.jurisdictionId))
        throw ApiError(ErrorCode::Forbidden,
                       "facility '" + s.facility + "' is outside this client's jurisdiction",
                       json::object(), "/facility");
    s.office = officeCovering(dir, s.facility);
    if (!s.office)
        throw ApiError(ErrorCode::InvalidRequest,
                       "no registration office covers facility '" + s.facility + "'",
                       json::object(), "/facility");
    if (!body.contains("fields") || !body["fields"].is_object())
        throw ApiError(ErrorCode::InvalidRequest, "fields must be an object of form field values",
                       json::object(), "/fields");
    s.fields = body["fields"];
    std::tie(s.formId, s.formVersion) = formFor(dir, s.event, body);
    s.payloadHash = tokenDigest(body.dump());
    return s;
}

std::optional<NotificationAnswer> NotificationService::repeat(Db& db, const ClientContext& client,
                                                              const Sent& sent) const
{
    Rows r = db.query(QStringLiteral("SELECT n.record_id, n.tracking_id, n.payload_hash, "
                                     "r.status FROM client_notifications n LEFT JOIN records r "
                                     "ON r.id = n.record_id WHERE n.client_id = ? AND "
                                     "n.transaction_id = ?"),
                      {q(client.client.id), q(sent.transactionId)});
    if (!r.next())
        return std::nullopt;
    const std::string status = r.isNull(3) ? std::string() : r.text(3);
    if (r.text(2) != sent.payloadHash)
        throw ApiError(ErrorCode::TransactionReused,
                       "transaction " + sent.transactionId + " was already notified as " +
                           r.text(1) + " with other content; the record has moved on (now '" +
                           status + "'): send a new transaction id, or contact the office",
                       {{"tracking_id", r.text(1)}, {"status", status}}, "/transaction_id");
    return NotificationAnswer{200,
                              {{"transaction_id", sent.transactionId},
                               {"record_id", r.text(0)},
                               {"tracking_id", r.text(1)},
                               {"status", status},
                               {"repeat", true}}};
}

NotificationAnswer NotificationService::notify(const ClientContext& client, const json& body)
{
    Db& db = pool_.local();
    try {
        const auto dir = directory_.current(db);
        const Sent sent = decode(client, *dir, body);
        if (auto again = repeat(db, client, sent))
            return *again;
        try {
            return create(db, client, sent);
        } catch (const DbError& e) {
            // The same transaction posted twice at once: the second one's row lost the race.
            if (e.kind() != DbError::Kind::UniqueViolation)
                throw;
            if (auto again = repeat(db, client, sent))
                return *again;
            throw;
        }
    } catch (const ApiError& e) {
        // Refusals are audited too: a partner's failing integration shows in the log.
        const std::int64_t now = clock_.nowMillis();
        const std::string txn = body.is_object() && body.contains("transaction_id") &&
                                        body["transaction_id"].is_string()
                                    ? body["transaction_id"].get<std::string>()
                                    : std::string();
        withRetry([&] {
            Transaction tx(db, &pool_.sqliteWriteMutex());
            AuthService::audit(db, now, client.client.id, "client_notify_refused", txn,
                               {{"code", std::string(protocol::toString(e.code()))},
                                {"path", e.path()},
                                {"message", e.what()}});
            tx.commit();
        });
        throw;
    }
}

NotificationAnswer NotificationService::create(Db& db, const ClientContext& client,
                                               const Sent& sent)
{
    const std::int64_t now = clock_.nowMillis();
    const std::string deviceId = "client:" + client.client.id;
    std::string code;
    std::int64_t sequence = 0;
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        code = AuthService::deviceCode(db, deviceId, now);
        sequence = IntegrationClientStore::nextTrackingSequence(db, client.client.id);
        tx.commit();
    });
    protocol::Op op;
    op.recordId = generateTimeOrderedUuid(now);
    op.action = RecordAction::Notify;
    op.formId = sent.formId;
    op.formVersion = sent.formVersion;
    op.header = protocol::RecordHeader{sent.event, sent.office->id,
                                       tracking_id::make(tracking_id::eventSymbol(sent.event), code,
                                                         static_cast<std::uint32_t>(sequence)),
                                       now};
    op.changes = FieldChanges::ofValues(json::object(), sent.fields);
    op.clientTime = now;
    AuthContext auth;
    auth.userId = client.client.id;
    auth.username = client.client.name;
    auth.role = role::HospitalClerk; // a notifier: may notify, nothing else
    auth.jurisdictionId = client.client.jurisdictionId;
    auth.deviceId = deviceId;
    const auto result = push_.applyExternal(auth, op, [&](Db& wdb, const protocol::OpResult&) {
        wdb.execute(QStringLiteral("INSERT INTO client_notifications (client_id, transaction_id, "
                                   "record_id, tracking_id, payload_hash, created_at) VALUES "
                                   "(?, ?, ?, ?, ?, ?)"),
                    {q(client.client.id), q(sent.transactionId), q(op.recordId),
                     q(op.header->trackingId), q(sent.payloadHash), i64(now)});
        AuthService::audit(wdb, now, client.client.id, "client_notify", op.recordId,
                           {{"transaction_id", sent.transactionId},
                            {"tracking_id", op.header->trackingId},
                            {"records", json::array({op.recordId})}});
    });
    if (result.outcome == protocol::OpOutcome::Rejected)
        throw ApiError(ErrorCode::InvalidRequest,
                       "the notification was refused: " + (result.errors.empty()
                                                               ? std::string("see field_errors")
                                                               : result.errors.front().message),
                       {{"field_errors", fieldErrors(result.errors)}},
                       fieldErrors(result.errors).empty()
                           ? std::string()
                           : fieldErrors(result.errors)[0]["path"].get<std::string>());
    return {201,
            {{"transaction_id", sent.transactionId},
             {"record_id", op.recordId},
             {"tracking_id", op.header->trackingId},
             {"status", result.status},
             {"repeat", false}}};
}

} // namespace vitalis::server
