#include "sync/server/ApiRoutes.h"

#include "VitalisVersion.h"
#include "sync/protocol/AttachmentMessages.h"
#include "sync/protocol/JsonReader.h"
#include "sync/protocol/NumberPoolMessages.h"
#include "sync/protocol/ProtocolVersion.h"
#include "sync/server/DuplicateRoutes.h"
#include "sync/server/certificates/CertificateRoutes.h"
#include "sync/server/http/ApiError.h"
#include "sync/server/interop/InteropRoutes.h"
#include "sync/server/stats/StatisticsRoutes.h"

#include <limits>

namespace vitalis::server
{

using nlohmann::json;
using protocol::ErrorCode;

namespace
{

json body(const ApiRequest& req)
{
    return protocol::parseJsonBody(
        std::string_view(req.body.constData(), static_cast<std::size_t>(req.body.size())));
}

std::string remoteOf(const ApiRequest& req)
{
    return req.remote.toString().toStdString();
}

// Every endpoint but login/refresh/health needs a token; an enrolment-only token (role needs
// TOTP, none enrolled yet) may only enrol, activate, read itself and log out.
// An integer query parameter (`?name=N`): nullopt when absent and not required; anything but an
// integer >= minimum is refused with `message`, naming the parameter.
std::optional<qint64> integerParam(const ApiRequest& req, const QString& name, qint64 minimum,
                                   const std::string& message, bool required = false)
{
    if (!required && !req.query.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = req.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < minimum)
        throw ApiError(ErrorCode::InvalidRequest, message, json::object(),
                       "?" + name.toStdString());
    return value;
}

void registerAttachmentRoutes(Router& router, Services& s)
{
    AttachmentService& att = *s.attachments;
    router.add("POST", QStringLiteral("/api/v1/attachments"), [&s, &att](const ApiRequest& req) {
        const AuthContext a = authenticated(s, req);
        const auto start = protocol::decodeAttachmentStart(body(req));
        return ApiResponse::json(200, protocol::encodeAttachmentState(att.start(a, start)));
    });
    router.add(
        "GET", QStringLiteral("/api/v1/attachments/{id}"), [&s, &att](const ApiRequest& req) {
            const AuthContext a = authenticated(s, req);
            return ApiResponse::json(200, protocol::encodeAttachmentState(
                                              att.state(a, req.pathParams[0].toStdString())));
        });
    router.add(
        "PUT", QStringLiteral("/api/v1/attachments/{id}"), [&s, &att](const ApiRequest& req) {
            const AuthContext a = authenticated(s, req);
            const qint64 offset =
                *integerParam(req, QStringLiteral("offset"), 0,
                              "a chunk needs ?offset=N (a byte offset, 0 or more)", true);
            return ApiResponse::json(
                200, protocol::encodeAttachmentState(
                         att.putChunk(a, req.pathParams[0].toStdString(), offset, req.body)));
        });
    router.add("POST", QStringLiteral("/api/v1/attachments/{id}/finish"),
               [&s, &att](const ApiRequest& req) {
                   const AuthContext a = authenticated(s, req);
                   return ApiResponse::json(200, protocol::encodeAttachmentState(att.finish(
                                                     a, req.pathParams[0].toStdString())));
               });
    router.add("GET", QStringLiteral("/api/v1/attachments/{id}/content"),
               [&s, &att](const ApiRequest& req) {
                   const AuthContext a = authenticated(s, req);
                   AttachmentContent c = att.content(a, req.pathParams[0].toStdString());
                   ApiResponse r = ApiResponse::text(200, std::move(c.bytes),
                                                     QByteArray::fromStdString(c.mediaType));
                   r.headers.append(qMakePair(QByteArray("X-Content-SHA256"),
                                              QByteArray::fromStdString(c.sha256)));
                   return r;
               });
}

void registerNumberPoolRoutes(Router& router, Services& s)
{
    NumberPoolService& pools = *s.numberPools;
    router.add("POST", QStringLiteral("/api/v1/number-pools"), [&s, &pools](const ApiRequest& req) {
        const AuthContext a = authenticated(s, req);
        const auto request = protocol::decodeNumberPoolRequest(body(req));
        return ApiResponse::json(200, protocol::encodeNumberPoolResponse(pools.serve(a, request)));
    });
    router.add("GET", QStringLiteral("/api/v1/registration-numbers/voided"),
               [&s, &pools](const ApiRequest& req) {
                   const AuthContext a = authenticated(s, req);
                   const std::int64_t since =
                       integerParam(req, QStringLiteral("since"), 0,
                                    "since must be a server time in unix milliseconds")
                           .value_or(0);
                   const QString kind = req.query.hasQueryItem(QStringLiteral("kind"))
                                            ? req.query.queryItemValue(QStringLiteral("kind"))
                                            : QStringLiteral("voided");
                   return ApiResponse::json(200, pools.voided(a, kind.toStdString(), since));
               });
}

} // namespace

AuthContext authenticated(Services& s, const ApiRequest& req, bool enrolmentAllowed)
{
    AuthContext a = s.auth.authenticate(req.header("Authorization"));
    req.user = QString::fromStdString(a.username);
    if (a.enrolmentOnly && !enrolmentAllowed)
        throw ApiError(ErrorCode::TotpEnrolmentRequired,
                       "your role requires a second factor: enrol one with POST "
                       "/api/v1/auth/totp/enrol, then /api/v1/auth/totp/activate");
    return a;
}

void registerRoutes(Router& router, Services& s)
{
    router.add(
        "GET", QStringLiteral("/healthz"),
        [](const ApiRequest&) {
            return ApiResponse::json(200, {{"status", "ok"}, {"version", vitalis::kVersion}});
        },
        true);
    router.add("GET", QStringLiteral("/readyz"), [&s](const ApiRequest&) {
        const bool ok = s.pool.local().ping();
        return ok ? ApiResponse::json(200, {{"status", "ok"}, {"database", "ok"}})
                  : ApiResponse::error(ErrorCode::Unavailable, "database unreachable");
    });
    router.add(
        "GET", QStringLiteral("/metrics"),
        [&s](const ApiRequest&) {
            return ApiResponse::text(200, s.metrics.render(),
                                     "text/plain; version=0.0.4; charset=utf-8");
        },
        true);
    router.add("GET", QStringLiteral("/api/v1/version"), [](const ApiRequest&) {
        return ApiResponse::json(
            200,
            {{"server", vitalis::kVersion},
             {"protocol",
              {{"min", protocol::kMinProtocolVersion}, {"max", protocol::kMaxProtocolVersion}}},
             {"schema",
              {{"min", protocol::kMinSchemaVersion}, {"max", protocol::kMaxSchemaVersion}}}});
    });

    router.add("POST", QStringLiteral("/api/v1/auth/login"), [&s](const ApiRequest& req) {
        const auto request = protocol::decodeLoginRequest(body(req));
        return ApiResponse::json(200,
                                 protocol::encodeTokenPair(s.auth.login(request, remoteOf(req))));
    });
    router.add("POST", QStringLiteral("/api/v1/auth/refresh"), [&s](const ApiRequest& req) {
        const auto request = protocol::decodeRefreshRequest(body(req));
        return ApiResponse::json(200, protocol::encodeTokenPair(s.auth.refresh(request)));
    });
    router.add("POST", QStringLiteral("/api/v1/auth/logout"), [&s](const ApiRequest& req) {
        s.auth.logout(authenticated(s, req, true));
        return ApiResponse::json(200, {{"status", "logged_out"}});
    });
    router.add("GET", QStringLiteral("/api/v1/auth/me"), [&s](const ApiRequest& req) {
        const AuthContext a = authenticated(s, req, true);
        json j = protocol::encodeUserInfo(s.auth.userInfo(a));
        j["device_id"] = a.deviceId;
        j["totp_enrolment_required"] = a.enrolmentOnly;
        return ApiResponse::json(200, j);
    });
    router.add("POST", QStringLiteral("/api/v1/auth/totp/enrol"), [&s](const ApiRequest& req) {
        return ApiResponse::json(200, s.auth.enrolTotp(authenticated(s, req, true)));
    });
    router.add("POST", QStringLiteral("/api/v1/auth/totp/activate"), [&s](const ApiRequest& req) {
        const AuthContext a = authenticated(s, req, true);
        s.auth.activateTotp(a, protocol::decodeTotpCode(body(req)));
        return ApiResponse::json(200, {{"status", "totp_enabled"}});
    });

    router.add("POST", QStringLiteral("/api/v1/push"), [&s](const ApiRequest& req) {
        const AuthContext a = authenticated(s, req);
        const auto request =
            protocol::decodePushRequest(body(req), static_cast<std::size_t>(s.maxBatchOps));
        return ApiResponse::json(200, protocol::encodePushResponse(s.push.push(a, request)));
    });
    router.add("POST", QStringLiteral("/api/v1/pull"), [&s](const ApiRequest& req) {
        const AuthContext a = authenticated(s, req);
        const auto request = protocol::decodePullRequest(body(req), s.maxPullLimit);
        return ApiResponse::text(200, QByteArray::fromStdString(s.pull.pull(a, request).toJson()),
                                 "application/json");
    });

    router.add("GET", QStringLiteral("/api/v1/records/{id}"), [&s](const ApiRequest& req) {
        const AuthContext a = authenticated(s, req);
        return ApiResponse::json(200, s.query.record(a, req.pathParams[0].toStdString()));
    });
    router.add("GET", QStringLiteral("/api/v1/records/{id}/history"), [&s](const ApiRequest& req) {
        const AuthContext a = authenticated(s, req);
        return ApiResponse::json(200, s.query.history(a, req.pathParams[0].toStdString()));
    });
    router.add(
        "GET", QStringLiteral("/api/v1/records/{id}/conflicts"), [&s](const ApiRequest& req) {
            const AuthContext a = authenticated(s, req);
            return ApiResponse::json(200, s.query.conflicts(a, req.pathParams[0].toStdString()));
        });
    router.add(
        "GET", QStringLiteral("/api/v1/records/{id}/corrections"), [&s](const ApiRequest& req) {
            const AuthContext a = authenticated(s, req);
            return ApiResponse::json(200, s.query.corrections(a, req.pathParams[0].toStdString()));
        });
    router.add("GET", QStringLiteral("/api/v1/corrections"), [&s](const ApiRequest& req) {
        const AuthContext a = authenticated(s, req);
        return ApiResponse::json(200, s.query.corrections(a, {}));
    });
    router.add("GET", QStringLiteral("/api/v1/conflicts"), [&s](const ApiRequest& req) {
        const AuthContext a = authenticated(s, req);
        return ApiResponse::json(200, s.query.conflicts(a, {}));
    });
    if (s.attachments)
        registerAttachmentRoutes(router, s);
    if (s.numberPools)
        registerNumberPoolRoutes(router, s);
    if (s.certificates)
        registerCertificateRoutes(router, *s.certificates);
    registerCertificateKeyRoutes(router, s);
    if (s.interop)
        registerInteropRoutes(router, *s.interop);
    registerStatisticsRoutes(router, s);
    registerDuplicateRoutes(router, s);
    router.add("GET", QStringLiteral("/api/v1/reference"), [&s](const ApiRequest& req) {
        const AuthContext a = authenticated(s, req);
        const std::optional<std::int64_t> since =
            integerParam(req, QStringLiteral("since"), std::numeric_limits<qint64>::min(),
                         "since must be an integer version");
        return ApiResponse::json(200, s.query.reference(a, since));
    });
    router.add("GET", QStringLiteral("/api/v1/forms/{id}/{version}"), [&s](const ApiRequest& req) {
        authenticated(s, req);
        bool ok = false;
        const int version = req.pathParams[1].toInt(&ok);
        if (!ok || version < 1)
            throw ApiError(ErrorCode::InvalidRequest, "form version must be a positive integer");
        return ApiResponse::json(200, s.query.form(req.pathParams[0].toStdString(), version));
    });
}

} // namespace vitalis::server
