// Reads a FHIR R4 transaction or document Bundle for a birth or death into the form field
// values of a native notification, by a Mapping; every problem is an Issue naming the
// FHIRPath of the element, and the FHIRPath each field came from is kept so the form's own
// checks can be reported against the Bundle too.
#pragma once

#include "forms/fhir/FhirIssue.h"
#include "forms/fhir/FhirMapping.h"

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::fhir
{

struct InboundBundle {
    std::string transactionId; // Bundle.identifier as system|value
    nlohmann::json fields = nlohmann::json::object();
    std::string facility;           // the facility's identifier ("" when the mapping has none)
    std::string facilityExpression; // its FHIRPath
    std::map<std::string, std::string> fieldExpressions; // field id -> FHIRPath
    std::vector<Issue> issues;                           // not empty: refused
};

class FhirBundleReader
{
public:
    explicit FhirBundleReader(const std::vector<Mapping>& mappings) : mappings_(mappings) {}

    // The Bundle's shape, before any mapping: resourceType, type, entries, identifier.
    static std::vector<Issue> checkShape(const nlohmann::json& bundle);
    // The mapping for the Bundle's event (the first whose `when` holds on the subject, else one
    // without `when`); null with `issue` set when none applies.
    const Mapping* mappingFor(const nlohmann::json& bundle, Issue& issue) const;
    static InboundBundle read(const Mapping& mapping, const nlohmann::json& bundle);

private:
    const std::vector<Mapping>& mappings_;
};

} // namespace vitalis::fhir
