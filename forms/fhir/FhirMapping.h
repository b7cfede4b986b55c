// A FHIR R4 mapping: which element of which resource in a Bundle fills which field of a form
// (forms/definitions/fhir/<event>.json, docs/admin-guide.md). Read here; checked against its
// form by FhirMappingCheck; used both ways by FhirBundleReader and FhirDocumentWriter.
#pragma once

#include "forms/fhir/FhirPath.h"

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis::fhir
{

// How a FHIR value becomes a form value (and back).
enum class ValueKind { HumanName, Date, Code, Identifier, Quantity, String, Constant };
std::optional<ValueKind> valueKindFromName(const std::string& name);
std::string_view toString(ValueKind kind);

// Which entry of the Bundle a resource name stands for: the first entry of `resourceType`
// whose `where` paths all hold; role "subject" is the person the Bundle is about (the
// Composition's or Encounter's subject, the patient of a RelatedPerson, else the only
// Patient), role "other" any other Patient.
struct Selector {
    std::string resourceType;
    std::string role;
    std::vector<std::pair<std::vector<PathStep>, nlohmann::json>> where;
    std::string jsonPath; // where it is in the mapping file
};

struct ResourceSpec {
    std::string name;
    std::vector<Selector> select; // alternatives, the first that finds an entry wins
    bool required = false;
    nlohmann::json outbound; // the resource written for subscribers before its values
    std::string emitWith;    // outbound: written when this other resource is (no values)
    std::string jsonPath;
};

struct FieldRule {
    std::string field; // the form field id ("" for the facility rule)
    std::string from;  // a resource name
    std::vector<PathStep> path;
    ValueKind kind = ValueKind::String;
    std::string system;                        // Identifier: a name in `systems`
    std::map<std::string, std::string> values; // Code: FHIR code -> form value
    std::map<std::string, double> units;       // Quantity: unit code -> factor to the field
    nlohmann::json constant;                   // Constant: the value set when the path exists
    bool required = false;                     // inbound: the element must be there
    std::string jsonPath;
};

struct Mapping {
    std::string file;
    std::string form, event;
    std::string subject;                        // the resource name of the person registered
    std::vector<PathStep> when;                 // on the subject: must exist for this mapping
    std::map<std::string, std::string> systems; // name -> identifier system URI
    std::vector<ResourceSpec> resources;        // by name
    nlohmann::json document;                    // outbound: the Composition's type, title...
    std::optional<FieldRule> facility;          // where the event happened (routing)
    std::vector<FieldRule> rules;

    const ResourceSpec* resource(const std::string& name) const;
    std::string system(const std::string& name) const; // "" when unknown
};

// Errors read "FILE: /json/path: message".
std::optional<Mapping> parseMapping(const nlohmann::json& doc, const std::string& file,
                                    std::vector<std::string>& errors);
std::optional<Mapping> loadMappingFile(const std::filesystem::path& file,
                                       std::vector<std::string>& errors);
// Every *.json of a folder, by file name.
std::vector<Mapping> loadMappingDirectory(const std::filesystem::path& dir,
                                          std::vector<std::string>& errors);

} // namespace vitalis::fhir
