// POST /api/v1/national-id/callback: the national ID system's later decision on a call it
// answered 202. The single-record token it received with that call is the credential: stored
// only as a digest, good for one decision on one record, refused once used or expired.
#pragma once

#include "core/Clock.h"
#include "sync/server/http/Metrics.h"
#include "sync/server/http/Router.h"
#include "sync/server/interop/nid/NidAnswers.h"

#include <nlohmann/json.hpp>

namespace vitalis::server::nid
{

class NidCallbackService
{
public:
    NidCallbackService(DbPool& pool, const Clock& clock, Metrics& metrics, NidAnswers& answers)
        : pool_(pool), clock_(clock), metrics_(metrics), answers_(answers)
    {
    }
    // Throws ApiError (400 naming the path, 401 for an unknown, used or expired token).
    nlohmann::json decide(const nlohmann::json& body);

private:
    DbPool& pool_;
    const Clock& clock_;
    Metrics& metrics_;
    NidAnswers& answers_;
};

void registerNidRoutes(Router& router, NidCallbackService& callbacks);

} // namespace vitalis::server::nid
