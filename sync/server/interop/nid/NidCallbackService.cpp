#include "sync/server/interop/nid/NidCallbackService.h"

#include "sync/protocol/JsonReader.h"
#include "sync/server/auth/Secrets.h"
#include "sync/server/http/ApiError.h"

namespace vitalis::server::nid
{

using nlohmann::json;
using protocol::ErrorCode;

json NidCallbackService::decide(const json& body)
{
    protocol::ObjectReader r(body, "");
    const std::string token = r.requireString("token", {1, 200});
    const std::string decision = r.requireString("decision", {1, 16});
    if (decision != "accept" && decision != "reject")
        throw ApiError(ErrorCode::InvalidRequest, "decision must be accept or reject", {},
                       "/decision");
    NidAttempt a;
    a.nationalId = r.optionalString("national_id", {0, 64}).value_or("");
    a.reason = r.optionalString("reason", {0, 500}).value_or("");
    r.finish();
    if (decision == "reject" && a.reason.empty())
        throw ApiError(ErrorCode::InvalidRequest, "a rejection needs a reason", {}, "/reason");
    Db& db = pool_.local();
    a.at = clock_.nowMillis();
    // Claimed under the row lock: of two callbacks with one token, one decides.
    std::optional<NidCall> call;
    withRetry([&] {
        Transaction tx(db, &pool_.sqliteWriteMutex());
        call = NidCallStore::awaitingByToken(db, tokenDigest(token), a.at);
        if (call)
            NidCallStore::setToken(db, call->id, "", 0); // single use
        tx.commit();
    });
    if (!call)
        throw ApiError(ErrorCode::Unauthorized,
                       "unknown, used or expired callback token: each token decides one record "
                       "once");
    a.attempts = call->attempts;
    a.status = 0;
    if (decision == "accept") {
        a.state = "accepted";
        answers_.accept(db, *call, a);
        metrics_.recordNidOutcome(call->hook, "callback_accept");
    } else {
        a.state = "rejected";
        answers_.refuse(db, *call, a);
        metrics_.recordNidOutcome(call->hook, "callback_reject");
    }
    return {{"call_id", call->id}, {"record_id", call->recordId}, {"state", a.state}};
}

void registerNidRoutes(Router& router, NidCallbackService& callbacks)
{
    router.add("POST", QStringLiteral("/api/v1/national-id/callback"),
               [&callbacks](const ApiRequest& req) {
                   const json body = protocol::parseJsonBody(std::string_view(
                       req.body.constData(), static_cast<std::size_t>(req.body.size())));
                   return ApiResponse::json(200, callbacks.decide(body));
               });
}

} // namespace vitalis::server::nid
