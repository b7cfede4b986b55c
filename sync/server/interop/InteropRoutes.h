// The integration surface of vitalis-server: the OAuth 2.0 token endpoint for integration
// clients and the endpoints they call with its tokens (docs/integration-guide.md).
#pragma once

#include "sync/server/http/Router.h"
#include "sync/server/interop/ClientTokenService.h"
#include "sync/server/interop/FhirBundleService.h"
#include "sync/server/interop/NotificationService.h"
#include "sync/server/interop/SearchService.h"
#include "sync/server/interop/WebSubHub.h"
#include "sync/server/interop/dci/DciRegistry.h"
#include "sync/server/interop/dci/DciSubscriptions.h"

namespace vitalis::server
{

struct InteropServices {
    ClientTokenService& tokens;
    NotificationService& notifications;
    WebSubHub& hub;
    SearchService& search;
    dci::DciRegistry& dci;
    dci::DciSubscriptions& dciSubscriptions;
    FhirBundleService* fhir = nullptr; // POST /fhir/Bundle when set
};

void registerInteropRoutes(Router& router, InteropServices& services);

} // namespace vitalis::server
