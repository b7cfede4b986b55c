#include "sync/server/DuplicateRoutes.h"

#include "sync/server/dedup/DuplicateService.h"
#include "sync/server/http/ApiError.h"

namespace vitalis::server
{

namespace
{
// As every record endpoint: a token, and not an enrolment-only one.
AuthContext caller(Services& s, const ApiRequest& req)
{
    AuthContext a = s.auth.authenticate(req.header("Authorization"));
    req.user = QString::fromStdString(a.username);
    if (a.enrolmentOnly)
        throw ApiError(protocol::ErrorCode::TotpEnrolmentRequired,
                       "your role requires a second factor: enrol one with POST "
                       "/api/v1/auth/totp/enrol, then /api/v1/auth/totp/activate");
    return a;
}
} // namespace

void registerDuplicateRoutes(Router& router, Services& s)
{
    if (!s.duplicates)
        return;
    DuplicateService& d = *s.duplicates;
    router.add("GET", QStringLiteral("/api/v1/records/{id}/duplicates"),
               [&s, &d](const ApiRequest& req) {
                   const AuthContext a = caller(s, req);
                   return ApiResponse::json(200, d.forRecord(a, req.pathParams[0].toStdString()));
               });
    router.add("GET", QStringLiteral("/api/v1/duplicates"), [&s, &d](const ApiRequest& req) {
        const AuthContext a = caller(s, req);
        return ApiResponse::json(200, d.openQueue(a, 500));
    });
}

} // namespace vitalis::server
