// POST /fhir/Bundle: a hospital's FHIR R4 transaction or document Bundle for a birth or death,
// read by the FHIR mapping of its event (forms/definitions/fhir) into a native notification
// and handed to NotificationService, so it passes the same form checks, routing, duplicate
// check and idempotency on (client, Bundle.identifier). Every answer is FHIR: a
// transaction-response Bundle, or an OperationOutcome naming the FHIRPath of each problem.
#pragma once

#include "core/Clock.h"
#include "forms/fhir/FhirBundleReader.h"
#include "forms/fhir/FhirIssue.h"
#include "forms/fhir/FhirMapping.h"
#include "sync/server/Directory.h"
#include "sync/server/http/ApiError.h"
#include "sync/server/interop/NotificationService.h"

#include <QByteArray>
#include <filesystem>
#include <vector>

namespace vitalis::server
{

struct FhirAnswer {
    int status = 201;
    nlohmann::json body;                // a Bundle or an OperationOutcome
    std::int64_t retryAfterSeconds = 0; // 429: the Retry-After header
};

class FhirBundleService
{
public:
    static constexpr qint64 kMaxBundleBytes = 1024 * 1024; // one event, never a batch
    static constexpr std::size_t kMaxEntries = 100;

    FhirBundleService(DbPool& pool, Directory& directory, NotificationService& notifications,
                      const Clock& clock, const std::vector<fhir::Mapping>& mappings)
        : pool_(pool), directory_(directory), notifications_(notifications), clock_(clock),
          mappings_(mappings), reader_(mappings_)
    {
    }

    FhirAnswer post(const ClientContext& client, const QByteArray& body);

    // GET /fhir/metadata: what this server does with FHIR, for clients that ask first.
    nlohmann::json capabilityStatement() const;
    // An ApiError from elsewhere (authentication, media type) as an OperationOutcome.
    static FhirAnswer outcome(const ApiError& e, const std::string& expression = {});
    // The mapping of `event` ("" none): outbound payloads are written with it too.
    const fhir::Mapping* mappingFor(const std::string& event) const;

private:
    nlohmann::json nativeBody(const ClientContext& client, const fhir::Mapping& mapping,
                              const fhir::InboundBundle& in) const;
    FhirAnswer refused(const ApiError& e, const fhir::InboundBundle& in) const;
    // A Bundle refused before it became a notification, in the audit log as NotificationService
    // logs its own refusals: a partner's failing integration shows there.
    FhirAnswer audited(const ClientContext& client, const nlohmann::json& bundle,
                       FhirAnswer answer);

    DbPool& pool_;
    Directory& directory_;
    NotificationService& notifications_;
    const Clock& clock_;
    const std::vector<fhir::Mapping>& mappings_;
    fhir::FhirBundleReader reader_;
};

// share/vitalis/forms/fhir beside the program, else forms/definitions/fhir of a source tree
// above it (builds and tests); empty when neither exists.
std::filesystem::path defaultFhirMappingsDirectory(const std::filesystem::path& programDir);

} // namespace vitalis::server
