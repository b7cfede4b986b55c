// Writes a record as a FHIR R4 document Bundle (Composition first, then the subject Patient,
// RelatedPersons, Encounter, Location, Observations...) by the same Mapping that reads
// hospital Bundles, run backwards: what a subscriber asking for FHIR payloads receives.
#pragma once

#include "forms/fhir/FhirMapping.h"

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::fhir
{

struct DocumentSource {
    nlohmann::json record; // the record as the client may see it (id, status, fields...)
    std::string topic;     // the WebSub topic announced
    std::int64_t occurredAtMillis = 0;
};

// `newUuid` names the Bundle and its entries (urn:uuid:...). Fields the record lacks (not
// allowed to the client, or not given) leave their elements, and resources left without a
// value, out.
nlohmann::json writeDocument(const Mapping& mapping, const DocumentSource& source,
                             const std::function<std::string()>& newUuid);

// YYYY-MM-DDThh:mm:ssZ (a FHIR instant) of milliseconds since the epoch.
std::string fhirInstant(std::int64_t millis);

} // namespace vitalis::fhir
