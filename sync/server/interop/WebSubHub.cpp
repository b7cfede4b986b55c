#include "sync/server/interop/WebSubHub.h"

#include "core/Uuid.h"
#include "sync/server/auth/AuthService.h"
#include "sync/server/db/SqlValue.h"
#include "sync/server/http/ApiError.h"

#include <QUrl>

namespace vitalis::server
{

using nlohmann::json;
using protocol::ErrorCode;

namespace
{
using sql::i64;
using sql::q;

// action -> what subscribers read in the topic name.
const std::pair<const char*, const char*> kTopicActions[] = {
    {"declare", "declared"},
    {"register", "registered"},
    {"correct", "corrected"},
    {"approve_correction", "corrected"},
    {"certify", "certificate_printed"},
    {"archive", "archived"},
    {"mark_duplicate", "marked_duplicate"},
};

std::string param(const QUrlQuery& form, const char* name, bool required)
{
    const QString v = form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    if (required && v.isEmpty())
        throw ApiError(ErrorCode::InvalidRequest, std::string(name) + " is required",
                       json::object(), name);
    return v.toStdString();
}

// hub.payload, this hub's own parameter (WebSub leaves the content to the publisher): the
// native record JSON (default) or a FHIR R4 document Bundle.
std::string payloadFormat(const QUrlQuery& form)
{
    const std::string payload = param(form, "hub.payload", false);
    if (payload.empty())
        return "native";
    if (payload != "native" && payload != "fhir")
        throw ApiError(ErrorCode::InvalidRequest,
                       "hub.payload must be native (the record JSON) or fhir (a FHIR R4 "
                       "document Bundle)",
                       json::object(), "hub.payload");
    return payload;
}
} // namespace

std::string websub_topic::forAction(const std::string& eventType, const std::string& action)
{
    for (const auto& [a, what] : kTopicActions)
        if (action == a)
            return eventType + "." + what;
    return {};
}

bool websub_topic::isKnown(const std::string& topic, std::string* eventType)
{
    const auto dot = topic.find('.');
    if (dot == std::string::npos || dot == 0)
        return false;
    for (const auto& [a, what] : kTopicActions)
        if (topic.compare(dot + 1, std::string::npos, what) == 0) {
            if (eventType)
                *eventType = topic.substr(0, dot);
            return true;
        }
    return false;
}

std::string WebSubHub::request(const ClientContext& client, const QUrlQuery& form)
{
    const std::string mode = param(form, "hub.mode", true);
    if (mode != "subscribe" && mode != "unsubscribe")
        throw ApiError(ErrorCode::InvalidRequest, "hub.mode must be subscribe or unsubscribe",
                       json::object(), "hub.mode");
    const std::string topic = param(form, "hub.topic", true);
    std::string event;
    if (!websub_topic::isKnown(topic, &event))
        throw ApiError(ErrorCode::InvalidRequest,
                       "unknown hub.topic '" + topic +
                           "' (EVENT.declared, .registered, .corrected, .certificate_printed, "
                           ".archived, .marked_duplicate)",
                       json::object(), "hub.topic");
    if (!client.client.events.count(event))
        throw ApiError(ErrorCode::Forbidden, "this client may not follow '" + event + "' events",
                       json::object(), "hub.topic");
    const std::string callback = param(form, "hub.callback", true);
    const QUrl url(QString::fromStdString(callback), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
        url.host().isEmpty())
        throw ApiError(ErrorCode::InvalidRequest, "hub.callback must be an http(s) URL",
                       json::object(), "hub.callback");
    const std::string secret = param(form, "hub.secret", mode == "subscribe");
    if (secret.size() > 200)
        throw ApiError(ErrorCode::InvalidRequest, "hub.secret must be under 200 bytes (WebSub)",
                       json::object(), "hub.secret");
    std::int64_t lease = kDefaultLeaseSeconds;
    if (const std::string l = param(form, "hub.lease_seconds", false); !l.empty()) {
        bool ok = false;
        lease = QString::fromStdString(l).toLongLong(&ok);
        if (!ok || lease < 60)
            throw ApiError(ErrorCode::InvalidRequest,
                           "hub.lease_seconds must be a number of seconds, 60 or more",
                           json::object(), "hub.lease_seconds");
        lease = std::min(lease, kMaxLeaseSeconds);
    }
    const std::string payload = payloadFormat(form);
    const std::int64_t now = clock_.nowMillis();
    Db& db = pool_.local();
    std::string id;
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        Rows r = db.query(QStringLiteral("SELECT id FROM websub_subscriptions WHERE client_id = ? "
                                         "AND topic = ? AND callback = ?"),
                          {q(client.client.id), q(topic), q(callback)});
        if (r.next()) {
            id = r.text(0);
            // A renewal or an unsubscription: the current lease holds until verified.
            db.execute(QStringLiteral("UPDATE websub_subscriptions SET pending_mode = ?, "
                                      "verify_at = ?, lease_seconds = ?, secret = CASE WHEN ? = "
                                      "'' THEN secret ELSE ? END, payload = CASE WHEN ? = "
                                      "'subscribe' THEN ? ELSE payload END, updated_at = ? "
                                      "WHERE id = ?"),
                       {q(mode), i64(now), i64(lease), q(secret), q(secret), q(mode), q(payload),
                        i64(now), q(id)});
        } else if (mode == "subscribe") {
            id = generateUuid();
            db.execute(QStringLiteral("INSERT INTO websub_subscriptions (id, client_id, topic, "
                                      "callback, secret, lease_seconds, expires_at, state, "
                                      "pending_mode, verify_at, created_at, updated_at, payload) "
                                      "VALUES (?, ?, ?, ?, ?, ?, 0, 'pending', 'subscribe', ?, ?, "
                                      "?, ?)"),
                       {q(id), q(client.client.id), q(topic), q(callback), q(secret), i64(lease),
                        i64(now), i64(now), i64(now), q(payload)});
        }
        AuthService::audit(db, now, client.client.id, "websub_" + mode, id.empty() ? topic : id,
                           {{"topic", topic}, {"callback", callback}, {"payload", payload}});
        tx.commit();
    });
    return id;
}

} // namespace vitalis::server
