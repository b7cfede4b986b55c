// The FHIR payload of a WebSub delivery: the filtered record the outbox queued (WebSubOutbox,
// clientRecordView) written as an R4 document Bundle by the mapping of its event, so a
// subscriber asking for FHIR gets exactly the fields it may read, no more.
#pragma once

#include "forms/fhir/FhirMapping.h"

#include <optional>
#include <string>
#include <vector>

namespace vitalis::server
{

class FhirPayloadWriter
{
public:
    explicit FhirPayloadWriter(const std::vector<fhir::Mapping>& mappings) : mappings_(mappings) {}

    // `nativeBody` is {"topic", "occurred_at", "record"}; nullopt when no mapping serves the
    // record's event (the delivery then goes out as native JSON).
    std::optional<std::string> document(const std::string& nativeBody) const;

private:
    const std::vector<fhir::Mapping>& mappings_;
};

} // namespace vitalis::server
