#include "sync/server/certificates/CertificateRoutes.h"

#include "certificates/VerificationJson.h"
#include "sync/protocol/JsonReader.h"
#include "sync/server/certificates/VerifyPage.h"
#include "sync/server/http/ApiError.h"

namespace vitalis::server
{

using nlohmann::json;
using protocol::ErrorCode;

namespace
{

// The longest QR text accepted: a version-40 symbol holds 4296 alphanumeric characters.
constexpr std::size_t kMaxQrText = 4296;

std::string qrTextOf(const ApiRequest& req)
{
    const json body = protocol::parseJsonBody(
        std::string_view(req.body.constData(), static_cast<std::size_t>(req.body.size())));
    if (!body.is_object())
        throw ApiError(ErrorCode::InvalidRequest, "send {\"qr\": \"VC1:...\"}");
    const auto it = body.find("qr");
    if (it == body.end() || !it->is_string())
        throw ApiError(ErrorCode::InvalidRequest, "qr must be the text of the certificate's QR",
                       json::object(), "qr");
    std::string text = it->get<std::string>();
    if (text.size() > kMaxQrText)
        throw ApiError(ErrorCode::InvalidRequest,
                       "qr is longer than any QR code can hold (" + std::to_string(kMaxQrText) +
                           " characters)",
                       json::object(), "qr");
    return text;
}

ApiResponse revocationsResponse(CertificateService& service, const ApiRequest& req)
{
    const SignedRevocations list = service.revocations();
    ApiResponse r = req.header("If-None-Match").contains(list.etag)
                        ? ApiResponse::text(304, {}, {})
                        : ApiResponse::text(200, list.bytes,
                                            "application/cose; "
                                            "cose-type=\"cose-sign1\"");
    r.headers.append(qMakePair(QByteArray("ETag"), list.etag));
    // Short, so a verifier online sees a new revocation within minutes; revalidating is cheap.
    r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("public, max-age=300")));
    return r;
}

} // namespace

void registerCertificateRoutes(Router& router, CertificateService& service)
{
    router.add("GET", QStringLiteral("/api/v1/revocations"),
               [&service](const ApiRequest& req) { return revocationsResponse(service, req); });
    router.add(
        "GET", QStringLiteral("/verify"),
        [](const ApiRequest&) {
            ApiResponse r = ApiResponse::text(200, verifyPageHtml(), "text/html; charset=utf-8");
            r.headers.append(qMakePair(QByteArray("Content-Security-Policy"),
                                       QByteArray("default-src 'none'; script-src 'unsafe-inline'; "
                                                  "style-src 'unsafe-inline'; connect-src 'self'; "
                                                  "form-action 'self'; frame-ancestors 'none'")));
            r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-cache")));
            return r;
        },
        true);
    router.add("POST", QStringLiteral("/api/v1/verify"), [&service](const ApiRequest& req) {
        // Counted before the body is read: a flood of bad bodies is throttled too.
        service.admit(req.remote.toString().toStdString());
        const std::string text = qrTextOf(req);
        return ApiResponse::json(200, certificates::verificationToJson(service.verify(text)));
    });
}

} // namespace vitalis::server
