#include "sync/server/interop/InteropRoutes.h"

#include "sync/protocol/JsonReader.h"
#include "sync/server/http/ApiError.h"

namespace vitalis::server
{

using nlohmann::json;

namespace
{

void noStore(ApiResponse& r)
{
    r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    r.headers.append(qMakePair(QByteArray("Pragma"), QByteArray("no-cache")));
}

ApiResponse fhirResponse(const FhirAnswer& a)
{
    ApiResponse r = ApiResponse::json(a.status, a.body);
    r.contentType = "application/fhir+json";
    if (a.retryAfterSeconds > 0)
        r.headers.append(qMakePair(QByteArray("Retry-After"),
                                   QByteArray::number(static_cast<qint64>(a.retryAfterSeconds))));
    return r;
}

// FHIR R4 (POST /fhir/Bundle): every answer, refusals included, is a FHIR resource.
void registerFhirRoutes(Router& router, InteropServices& s)
{
    // FHIR's conformance statement is public, as servers' /metadata usually are.
    router.add("GET", QStringLiteral("/fhir/metadata"), [&s](const ApiRequest&) {
        return fhirResponse({200, s.fhir->capabilityStatement()});
    });
    router.add("POST", QStringLiteral("/fhir/Bundle"), {}, [&s](const ApiRequest& req) {
        ClientContext c;
        try {
            c = s.tokens.authenticate(req.header("Authorization"), "notify");
        } catch (const ApiError& e) {
            return fhirResponse(FhirBundleService::outcome(e));
        }
        req.user = QString::fromStdString("client:" + c.client.id);
        QByteArray type = req.header("Content-Type");
        type = type.left(type.indexOf(';') < 0 ? type.size() : type.indexOf(';')).trimmed();
        if (type != "application/fhir+json" && type != "application/json")
            return fhirResponse(FhirBundleService::outcome(
                ApiError(protocol::ErrorCode::UnsupportedMediaType,
                         "send the Bundle as Content-Type: application/fhir+json")));
        return fhirResponse(s.fhir->post(c, req.body));
    });
}

} // namespace

void registerInteropRoutes(Router& router, InteropServices& s)
{
    if (s.fhir)
        registerFhirRoutes(router, s);
    // RFC 6749 §4.4: form-encoded, answers in §5.1/§5.2 shapes (not the API's error shape).
    router.add("POST", QStringLiteral("/oauth/token"), {"application/x-www-form-urlencoded"},
               [&s](const ApiRequest& req) {
                   const TokenAnswer a = s.tokens.issue(req.header("Authorization"),
                                                        ClientTokenService::parseForm(req.body),
                                                        req.remote.toString().toStdString());
                   ApiResponse r = ApiResponse::json(a.status, a.body);
                   noStore(r);
                   if (a.challengeBasic)
                       r.headers.append(qMakePair(QByteArray("WWW-Authenticate"),
                                                  QByteArray("Basic realm=\"vitalis\"")));
                   return r;
               });
    // W3C WebSub §5.1: form-encoded hub.* parameters; 202, then verification of intent.
    // The token is checked before the media type, so callers without one learn nothing more.
    router.add(
        "POST", QStringLiteral("/websub"),
        {"application/x-www-form-urlencoded", "application/json"}, [&s](const ApiRequest& req) {
            const ClientContext c = s.tokens.authenticate(req.header("Authorization"), "subscribe");
            req.user = QString::fromStdString("client:" + c.client.id);
            if (!req.header("Content-Type").startsWith("application/x-www-form-urlencoded"))
                throw ApiError(protocol::ErrorCode::UnsupportedMediaType,
                               "send hub.* parameters as Content-Type: "
                               "application/x-www-form-urlencoded (WebSub)");
            const std::string id = s.hub.request(c, ClientTokenService::parseForm(req.body));
            return ApiResponse::json(202,
                                     {{"subscription_id", id}, {"status", "verification_pending"}});
        });
    router.add("POST", QStringLiteral("/api/v1/search"), [&s](const ApiRequest& req) {
        const ClientContext c = s.tokens.authenticate(req.header("Authorization"), "search");
        req.user = QString::fromStdString("client:" + c.client.id);
        const json query = protocol::parseJsonBody(
            std::string_view(req.body.constData(), static_cast<std::size_t>(req.body.size())));
        return ApiResponse::json(200, s.search.search(c, query));
    });
    // DCI (G2P Connect) registry API: refusals are answered in the envelope (status rjct).
    router.add("POST", QStringLiteral("/registry/sync/search"), [&s](const ApiRequest& req) {
        const ClientContext c = s.tokens.authenticate(req.header("Authorization"), "dci");
        req.user = QString::fromStdString("client:" + c.client.id);
        const json body = protocol::parseJsonBody(
            std::string_view(req.body.constData(), static_cast<std::size_t>(req.body.size())));
        return ApiResponse::json(200, s.dci.syncSearch(c, body));
    });
    router.add("POST", QStringLiteral("/registry/search"), [&s](const ApiRequest& req) {
        const ClientContext c = s.tokens.authenticate(req.header("Authorization"), "dci");
        req.user = QString::fromStdString("client:" + c.client.id);
        const json body = protocol::parseJsonBody(
            std::string_view(req.body.constData(), static_cast<std::size_t>(req.body.size())));
        return ApiResponse::json(202, s.dci.asyncSearch(c, body));
    });
    router.add("POST", QStringLiteral("/registry/subscribe"), [&s](const ApiRequest& req) {
        const ClientContext c = s.tokens.authenticate(req.header("Authorization"), "dci");
        req.user = QString::fromStdString("client:" + c.client.id);
        const json body = protocol::parseJsonBody(
            std::string_view(req.body.constData(), static_cast<std::size_t>(req.body.size())));
        return ApiResponse::json(200, s.dciSubscriptions.subscribe(c, body));
    });
    router.add("POST", QStringLiteral("/registry/unsubscribe"), [&s](const ApiRequest& req) {
        const ClientContext c = s.tokens.authenticate(req.header("Authorization"), "dci");
        req.user = QString::fromStdString("client:" + c.client.id);
        const json body = protocol::parseJsonBody(
            std::string_view(req.body.constData(), static_cast<std::size_t>(req.body.size())));
        return ApiResponse::json(200, s.dciSubscriptions.unsubscribe(c, body));
    });
    router.add("POST", QStringLiteral("/registry/txn/status"), [&s](const ApiRequest& req) {
        const ClientContext c = s.tokens.authenticate(req.header("Authorization"), "dci");
        req.user = QString::fromStdString("client:" + c.client.id);
        const json body = protocol::parseJsonBody(
            std::string_view(req.body.constData(), static_cast<std::size_t>(req.body.size())));
        return ApiResponse::json(200, s.dci.transactionStatus(c, body));
    });
    router.add("POST", QStringLiteral("/api/v1/notifications"), [&s](const ApiRequest& req) {
        const ClientContext c = s.tokens.authenticate(req.header("Authorization"), "notify");
        req.user = QString::fromStdString("client:" + c.client.id);
        const json body = protocol::parseJsonBody(
            std::string_view(req.body.constData(), static_cast<std::size_t>(req.body.size())));
        const NotificationAnswer a = s.notifications.notify(c, body);
        return ApiResponse::json(a.status, a.body);
    });
}

} // namespace vitalis::server
