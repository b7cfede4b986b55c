#include "sync/server/interop/dci/DciRegistry.h"

#include "core/TrackingId.h"
#include "core/Uuid.h"
#include "sync/server/http/ApiError.h"
#include "sync/server/interop/ClientRecordView.h"
#include "sync/server/interop/dci/DciFormat.h"
#include "sync/server/interop/dci/DciMessageLog.h"
#include "sync/server/interop/dci/DciPerson.h"
#include "sync/server/interop/dci/DciPredicate.h"
#include "sync/server/interop/dci/DciReject.h"
#include "sync/server/interop/dci/DciSignature.h"
#include "sync/server/interop/dci/DciTransactionStore.h"

#include <QDateTime>
#include <QUrl>
#include <optional>
#include <set>

namespace vitalis::server::dci
{

using nlohmann::json;

namespace
{

// A non-empty string of at most 128 characters at `path`, or DciReject(`code`).
std::string text(const json& parent, const char* member, const std::string& path,
                 const std::string& code)
{
    const json& v = parent.value(member, json());
    if (!v.is_string() || v.get<std::string>().empty() || v.get<std::string>().size() > 128)
        throw DciReject(code, path + "/" + member,
                        std::string(member) + " must be a non-empty string (at most 128)");
    return v.get<std::string>();
}

// The identifier types an idtype-value query may use; the DCI names first, ours as aliases.
std::optional<std::string> idType(const std::string& type)
{
    if (type == "BRN" || type == "DRN" || type == "registration_number")
        return "registration_number";
    if (type == "UIN" || type == "NIN" || type == "national_id")
        return "national_id";
    if (type == "tracking_id")
        return "tracking_id";
    return std::nullopt;
}

struct Paging {
    std::int64_t size = 20, number = 1;
};

Paging paging(const json& criteria, const std::string& path)
{
    Paging p;
    if (!criteria.contains("pagination"))
        return p;
    const json& pg = criteria["pagination"];
    const auto bounded = [&](const char* m, std::int64_t max) {
        const json& v = pg.value(m, json(1));
        if (!v.is_number_integer() || v.get<std::int64_t>() < 1 || v.get<std::int64_t>() > max)
            throw DciReject("rjct.pagination.invalid", path + "/pagination/" + m,
                            std::string(m) + " must be an integer from 1 to " +
                                std::to_string(max));
        return v.get<std::int64_t>();
    };
    if (!pg.is_object())
        throw DciReject("rjct.pagination.invalid", path + "/pagination",
                        "pagination must be an object {page_size, page_number}");
    p.size = bounded("page_size", SearchService::kMaxLimit);
    p.number = bounded("page_number", 1000000);
    return p;
}

} // namespace

void DciRegistry::checkEnvelope(const json& body)
{
    // Not a DCI message at all: the API's usual 400, naming the member.
    const auto refuse = [](const std::string& path, const std::string& message) {
        throw ApiError(protocol::ErrorCode::InvalidRequest, message, json::object(), path);
    };
    if (!body.is_object())
        refuse("/", "the body must be a DCI message: {signature, header, message}");
    for (const char* member : {"header", "message"})
        if (!body.value(member, json()).is_object())
            refuse(std::string("/") + member, std::string(member) + " must be an object");
    const json& id = body["header"].value("message_id", json());
    if (!id.is_string() || id.get<std::string>().empty() || id.get<std::string>().size() > 128)
        refuse("/header/message_id", "message_id must be a non-empty string (at most 128)");
}

void DciRegistry::checkHeader(const ClientContext& client, const json& body, const Kind& kind)
{
    const json& h = body["header"];
    if (h.contains("version") &&
        (!h["version"].is_string() || h["version"].get<std::string>().rfind("1.", 0) != 0))
        throw DciReject("rjct.version.invalid", "/header/version", "version must be 1.x.y");
    const auto sentAt = isoMillis(h.value("message_ts", json()));
    if (!sentAt)
        throw DciReject("rjct.message_ts.invalid", "/header/message_ts",
                        "message_ts must be an RFC 3339 date-time");
    // A replayed old message is refused by its time, so ids need keeping only for the window.
    const std::int64_t now = clock_.nowMillis();
    if (*sentAt < now - DciMessageLog::kWindowMs || *sentAt > now + DciMessageLog::kSkewMs)
        throw DciReject("rjct.message_ts.invalid", "/header/message_ts",
                        "message_ts must be within the last 24 hours (and not over 5 minutes "
                        "ahead of the registry's clock): " +
                            h["message_ts"].get<std::string>());
    if (h.value("action", json()) != kind.action)
        throw DciReject("rjct.action.invalid", "/header/action",
                        "action must be \"" + std::string(kind.action) + "\" on this endpoint");
    if (h.value("sender_id", json()) != client.client.id)
        throw DciReject("rjct.permission.denied", "/header/sender_id",
                        "sender_id must be your client id");
    if (h.value("is_msg_encrypted", false) != false)
        throw DciReject("rjct.action.not_supported", "/header/is_msg_encrypted",
                        "encrypted messages are not supported: send is_msg_encrypted false");
    if (!client.client.signingKey.empty())
        DciSignature::verify(body, client.client.id, client.client.signingKey,
                             clock_.nowMillis() / 1000);
    const std::string list = kind.list;
    const json& requests = body["message"].value(list, json());
    if (!requests.is_array() || requests.empty())
        throw DciReject("rjct.total_count.invalid", "/message/" + list,
                        list + " must be a non-empty list");
    if (requests.size() > static_cast<std::size_t>(kMaxRequests))
        throw DciReject("rjct.total_count.limit_exceeded", "/message/" + list,
                        "at most " + std::to_string(kMaxRequests) + " items per message");
    if (h.value("total_count", json()) != requests.size())
        throw DciReject("rjct.total_count.invalid", "/header/total_count",
                        "total_count must be the number of " + list + " items");
}

std::optional<DciReject> DciRegistry::admit(const ClientContext& client, const json& body,
                                            const Kind& kind)
{
    try {
        checkHeader(client, body, kind);
        if (kind.callback)
            callback(client, body["header"]);
    } catch (const DciReject& e) {
        return e;
    }
    bool fresh = false;
    Db& db = pool_.local();
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        fresh = DciMessageLog::remember(db, client.client.id, body["header"]["message_id"],
                                        clock_.nowMillis());
        tx.commit();
    });
    if (!fresh)
        return DciReject("rjct.message_id.duplicate", "/header/message_id",
                         "this message_id was already sent");
    return std::nullopt;
}

std::string DciRegistry::callback(const ClientContext& client, const json& header)
{
    const json& uri = header.value("sender_uri", json());
    const QUrl url(uri.is_string() ? QString::fromStdString(uri.get<std::string>()) : QString());
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"http"_qs && url.scheme() != u"https"_qs))
        throw DciReject("rjct.action.not_supported", "/header/sender_uri",
                        "an async search needs sender_uri, the http(s) URL of your on-search "
                        "endpoint");
    if (!client.client.mayCallBack(uri.get<std::string>()))
        throw DciReject("rjct.permission.denied", "/header/sender_uri",
                        "sender_uri is not under a callback URL registered for your client; ask "
                        "the registry's administrators to register it");
    return uri.get<std::string>();
}

json DciRegistry::syncSearch(const ClientContext& client, const json& body)
{
    checkEnvelope(body);
    if (const auto refused = admit(client, body, {"search", "search_request", false}))
        return {{"header",
                 responseHeader(body["header"], "rjct", refused->code(), refused->what(), 0, 0)},
                {"message", json::object()}};
    return answerAll(client, body, generateUuid());
}

json DciRegistry::asyncSearch(const ClientContext& client, const json& body)
{
    checkEnvelope(body);
    const std::string now = isoTime(clock_.nowMillis());
    if (const auto refused = admit(client, body, {"search", "search_request", true}))
        return {{"message",
                 {{"ack_status", "ERR"},
                  {"timestamp", now},
                  {"error", {{"code", refused->code()}, {"message", refused->what()}}},
                  {"correlation_id", nullptr}}}};
    DciTransaction t;
    t.correlationId = generateUuid();
    t.clientId = client.client.id;
    t.messageId = body["header"]["message_id"];
    const json& txn = body["message"].value("transaction_id", json());
    t.transactionId = txn.is_string() ? txn.get<std::string>() : txn.is_null() ? "" : txn.dump();
    t.callback = callback(client, body["header"]);
    t.response = answerAll(client, body, t.correlationId).dump();
    t.createdAt = clock_.nowMillis();
    Db& db = pool_.local();
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        DciTransactionStore::add(db, t);
        tx.commit();
    });
    return {{"message",
             {{"ack_status", "ACK"}, {"timestamp", now}, {"correlation_id", t.correlationId}}}};
}

json DciRegistry::transactionStatus(const ClientContext& client, const json& body)
{
    const json& request = body.is_object() && body.value("message", json()).is_object()
                              ? body["message"].value("txnstatus_request", json())
                              : json();
    const std::string path = "/message/txnstatus_request";
    if (!request.is_object() || request.value("attribute_type", json()) != "correlation_id" ||
        !request.value("attribute_value", json()).is_string())
        throw ApiError(protocol::ErrorCode::InvalidRequest,
                       "txnstatus_request must be {reference_id, txn_type: search, "
                       "attribute_type: correlation_id, attribute_value}",
                       json::object(), path);
    const auto t = DciTransactionStore::load(pool_.local(), client.client.id,
                                             request["attribute_value"].get<std::string>());
    if (!t) // another client's correlation id is as unknown as a made-up one
        throw ApiError(protocol::ErrorCode::NotFound, "no search of yours has that correlation id",
                       json::object(), path + "/attribute_value");
    json status = t->describe();
    status["on_search"] = json::parse(t->response);
    return {{"message",
             {{"txnstatus_response",
               {{"reference_id", request.value("reference_id", json())},
                {"txn_type", "search"},
                {"txn_status", status}}}}}};
}

json DciRegistry::answerAll(const ClientContext& client, const json& body,
                            const std::string& correlationId)
{
    const json& h = body["header"];
    const json& requests = body["message"]["search_request"];
    json responses = json::array();
    json touched = json::array();
    std::set<std::string> references;
    std::size_t completed = 0;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const std::string path = "/message/search_request/" + std::to_string(i);
        const json& req = requests[i];
        const json ref = req.is_object() ? req.value("reference_id", json()) : json();
        try {
            if (ref.is_string() && !references.insert(ref.get<std::string>()).second)
                throw DciReject("rjct.reference_id.duplicate", path + "/reference_id",
                                "reference_id repeats an earlier request of this message");
            responses.push_back(answer(client, req, path, touched));
            ++completed;
        } catch (const DciReject& e) {
            responses.push_back({{"reference_id", ref},
                                 {"timestamp", isoTime(clock_.nowMillis())},
                                 {"status", "rjct"},
                                 {"status_reason_code", e.code()},
                                 {"status_reason_message", e.what()}});
        }
    }
    search_.audit(client, {{"dci_message_id", h["message_id"]}, {"search_request", requests}},
                  touched);
    return {{"header", responseHeader(h, "succ", "", "", requests.size(), completed)},
            {"message",
             {{"transaction_id", body["message"].value("transaction_id", json())},
              {"correlation_id", correlationId},
              {"search_response", responses}}}};
}

json DciRegistry::answer(const ClientContext& client, const json& req, const std::string& path,
                         json& touched)
{
    if (!req.is_object())
        throw DciReject("rjct.search_criteria.invalid", path, "a search request must be an object");
    text(req, "reference_id", path, "rjct.reference_id.invalid");
    if (req.contains("timestamp") && !isoTime(req["timestamp"]))
        throw DciReject("rjct.timestamp.invalid", path + "/timestamp",
                        "timestamp must be an RFC 3339 date-time");
    const json& c = req.value("search_criteria", json());
    const std::string cpath = path + "/search_criteria";
    if (!c.is_object())
        throw DciReject("rjct.search_criteria.invalid", cpath, "search_criteria is missing");
    if (c.contains("reg_type") && c["reg_type"] != kCivil && c["reg_type"] != "civil")
        throw DciReject("rjct.search_criteria.invalid", cpath + "/reg_type",
                        std::string("reg_type must be ") + kCivil);
    json result = run(client, c, cpath, touched);
    result["reference_id"] = req["reference_id"];
    result["timestamp"] = isoTime(clock_.nowMillis());
    result["status"] = "succ";
    return result;
}

json DciRegistry::run(const ClientContext& client, const json& c, const std::string& cpath,
                      json& touched)
{
    json criteria = json::object();
    if (c.contains("reg_event_type")) {
        if (c["reg_event_type"] != "birth" && c["reg_event_type"] != "death")
            throw DciReject("rjct.search_criteria.invalid", cpath + "/reg_event_type",
                            "reg_event_type must be birth or death");
        criteria["event"] = c["reg_event_type"];
    }
    const json& query = c.value("query", json());
    const std::string qpath = cpath + "/query";
    std::optional<DciPredicate> predicate;
    const json& type = c.value("query_type", json());
    if (type == "idtype-value") {
        if (!query.is_object())
            throw DciReject("rjct.search_criteria.invalid", qpath, "query must be {type, value}");
        const auto id = idType(query.value("type", std::string()));
        if (!id)
            throw DciReject("rjct.search_criteria.invalid", qpath + "/type",
                            "type must be BRN, DRN, UIN, NIN, registration_number, national_id "
                            "or tracking_id");
        const std::string value = text(query, "value", qpath, "rjct.search_criteria.invalid");
        if (*id == "tracking_id" && !tracking_id::parse(value).id)
            throw DciReject("rjct.search_criteria.invalid", qpath + "/value",
                            "not a tracking ID: " + tracking_id::parse(value).error);
        if (*id == "national_id") {
            // The search index narrows to records holding the ID in a field the client sees;
            // the predicate keeps those where it is the person's own.
            criteria["national_id"] = value;
            predicate = DciPredicate::equals("national_id", value);
        } else
            criteria[*id] = value;
    } else if (type == "predicate") {
        predicate = DciPredicate::parse(query, qpath);
    } else {
        throw DciReject("rjct.search_criteria.invalid", cpath + "/query_type",
                        "query_type must be idtype-value or predicate");
    }
    const Paging page = paging(c, cpath);
    const std::int64_t first = (page.number - 1) * page.size;
    std::int64_t total = 0;
    json records = json::array();
    search_.forEach(client, criteria, [&](const StoredRecord& s) {
        const json attributes =
            DciPerson::attributes(clientRecordView(s, client.client.allowedFields));
        if (predicate && !predicate->matches(attributes))
            return true;
        if (total >= first && total < first + page.size) {
            json person = DciPerson::person(attributes);
            person["registration_date"] = s.record.registeredAt // YYYY-MM-DD, UTC
                                              ? json(isoTime(s.record.registeredAt).substr(0, 10))
                                              : json(nullptr);
            records.push_back(std::move(person));
            touched.push_back(s.record.id);
        }
        ++total;
        return true;
    });
    return {{"data",
             {{"version", kVersion},
              {"reg_type", kCivil},
              {"reg_record_type", "person"},
              {"reg_records", records}}},
            {"pagination",
             {{"page_size", page.size}, {"page_number", page.number}, {"total_count", total}}}};
}

json DciRegistry::responseHeader(const json& request, const std::string& status,
                                 const std::string& code, const std::string& message,
                                 std::size_t total, std::size_t completed, const char* action) const
{
    json h = {{"version", kVersion},
              {"message_id", generateUuid()},
              {"message_ts", isoTime(clock_.nowMillis())},
              {"action", action},
              {"status", status},
              {"total_count", total},
              {"completed_count", completed},
              {"sender_id", registryId_},
              {"receiver_id", request.value("sender_id", json())},
              {"is_msg_encrypted", false}};
    if (!code.empty()) {
        h["status_reason_code"] = code;
        h["status_reason_message"] = message;
    }
    return h;
}

} // namespace vitalis::server::dci
