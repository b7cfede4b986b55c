// POST /api/v1/certificate-keys: a laptop that prints has its issuing key certified
// (CertificateKeyService); GET /api/v1/certificate-templates: the certificate configurations
// laptops cache at sync (docs/api.md).
#include "sync/server/ApiRoutes.h"
#include "sync/server/http/ApiError.h"
#include "sync/server/sync/CertificateKeyService.h"

namespace vitalis::server
{

namespace
{

void registerTemplateRoute(Router& router, Services& s)
{
    router.add("GET", QStringLiteral("/api/v1/certificate-templates"), [&s](const ApiRequest& req) {
        authenticated(s, req);
        const CertificateTemplates& t = *s.certificateTemplates;
        ApiResponse r = req.header("If-None-Match").contains(t.etag())
                            ? ApiResponse::text(304, {}, {})
                            : ApiResponse::text(200, t.body(), "application/json");
        r.headers.append(qMakePair(QByteArray("ETag"), t.etag()));
        r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("private, no-cache")));
        return r;
    });
}

} // namespace

void registerCertificateKeyRoutes(Router& router, Services& s)
{
    if (s.certificateTemplates)
        registerTemplateRoute(router, s);
    if (!s.certificateKeys)
        return;
    router.add("POST", QStringLiteral("/api/v1/certificate-keys"), [&s](const ApiRequest& req) {
        const AuthContext a = s.auth.authenticate(req.header("Authorization"));
        req.user = QString::fromStdString(a.username);
        if (a.enrolmentOnly)
            throw ApiError(protocol::ErrorCode::TotpEnrolmentRequired,
                           "your role requires a second factor: enrol one first");
        const auto body = protocol::parseJsonBody(
            std::string_view(req.body.constData(), static_cast<std::size_t>(req.body.size())));
        return ApiResponse::json(200, s.certificateKeys->certify(a, body));
    });
}

} // namespace vitalis::server
