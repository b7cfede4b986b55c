// The restricted FHIRPath the FHIR mappings use: element names joined by dots, each with an
// optional [n] index ("name", "code.coding[0].code", "valueQuantity.value"); read and write.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis::fhir
{

struct PathStep {
    std::string name;
    int index = -1; // -1: no [n] given
};

// A parsed path; nullopt (and `error` set) for anything outside the restricted language.
std::optional<std::vector<PathStep>> parsePath(const std::string& text, std::string* error);

// One value a path reaches, with the concrete FHIRPath from the resource to it ("name[0]").
struct PathHit {
    const nlohmann::json* value = nullptr;
    std::string where;
};

// FHIRPath collection semantics: a step into an array without [n] visits every element.
std::vector<PathHit> select(const nlohmann::json& resource, const std::vector<PathStep>& path);

// True when some value the path reaches equals `expected` (a FHIRPath `=` on a collection).
bool anyEquals(const nlohmann::json& resource, const std::vector<PathStep>& path,
               const nlohmann::json& expected);

// The slot a value is written into: objects made as needed; a step with [n] makes an array;
// `appendLast` adds a new element to an array at the last step ("name", "identifier").
nlohmann::json& ensure(nlohmann::json& resource, const std::vector<PathStep>& path,
                       bool appendLast);

std::string toString(const std::vector<PathStep>& path);

} // namespace vitalis::fhir
