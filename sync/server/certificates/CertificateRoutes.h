// The public certificate routes (no login): GET /api/v1/revocations (the signed revocation
// list, with ETag), GET /verify (the verify page) and POST /api/v1/verify (its check).
#pragma once

#include "sync/server/certificates/CertificateService.h"
#include "sync/server/http/Router.h"

namespace vitalis::server
{

void registerCertificateRoutes(Router& router, CertificateService& service);

} // namespace vitalis::server
