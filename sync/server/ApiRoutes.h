// The HTTP surface of vitalis-server (docs/api.md, docs/openapi.yaml). Handlers only decode,
// authenticate, call a service and encode; the rules live in the services.
#pragma once

#include "sync/server/auth/AuthService.h"
#include "sync/server/certificates/CertificateService.h"
#include "sync/server/http/Metrics.h"
#include "sync/server/http/Router.h"
#include "sync/server/sync/AttachmentService.h"
#include "sync/server/sync/NumberPoolService.h"
#include "sync/server/sync/PullService.h"
#include "sync/server/sync/PushService.h"
#include "sync/server/sync/QueryService.h"

namespace vitalis::server
{

class CertificateKeyService;
struct InteropServices;
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
    AttachmentService* attachments = nullptr;         // attachment routes only when set
    NumberPoolService* numberPools = nullptr;         // offline registration routes only when set
    CertificateService* certificates = nullptr;       // revocation list and /verify only when set
    CertificateKeyService* certificateKeys = nullptr; // device issuing keys (certificates)
    InteropServices* interop = nullptr;               // integration client routes only when set
    DuplicateService* duplicates = nullptr;           // duplicate routes only when set
    // Certificate configurations: GET /api/v1/certificate-templates only when set.
    const CertificateTemplates* certificateTemplates = nullptr;
};

void registerRoutes(Router& router, Services& services);
void registerCertificateKeyRoutes(Router& router, Services& services); // CertificateKeyRoutes.cpp
// The caller's session from the Authorization header; an enrolment-only token (role needs
// TOTP, none enrolled yet) is refused unless `enrolmentAllowed`.
AuthContext authenticated(Services& s, const ApiRequest& req, bool enrolmentAllowed = false);

} // namespace vitalis::server
