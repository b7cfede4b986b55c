// The HTTP surface of vitalis-server (docs/api.md, docs/openapi.yaml). Handlers only decode,
// authenticate, call a service and encode; the rules live in the services.
#pragma once

#include "sync/server/auth/AuthService.h"
#include "sync/server/http/Metrics.h"
#include "sync/server/http/Router.h"
#include "sync/server/sync/AttachmentService.h"
#include "sync/server/sync/NumberPoolService.h"
#include "sync/server/sync/PullService.h"
#include "sync/server/sync/PushService.h"
#include "sync/server/sync/QueryService.h"

namespace vitalis::server
{

class DuplicateService;

struct Services {
    DbPool& pool;
    AuthService& auth;
    PushService& push;
    PullService& pull;
    QueryService& query;
    Metrics& metrics;
    int maxBatchOps = 1000;
    int maxPullLimit = 5000;
    AttachmentService* attachments = nullptr; // attachment routes only when set
    NumberPoolService* numberPools = nullptr; // offline registration routes only when set
    DuplicateService* duplicates = nullptr;   // duplicate routes only when set
};

void registerRoutes(Router& router, Services& services);

} // namespace vitalis::server
