// Seeded, labelled synthetic birth declarations for measuring duplicate detection: originals,
// true duplicates with clerks' errors, and hard non-duplicates (twins, siblings, common names).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace vitalis::dedup::bench
{

struct LabelledRecord {
    nlohmann::json fields;
    int entity = 0;   // records with the same entity are the same birth (true duplicates)
    std::string kind; // original | duplicate | twin | sibling
};

struct GeneratorOptions {
    std::uint64_t seed = 1;
    int records = 1000;
    double duplicates = 0.05; // share of records that are duplicates of another
};

// The same options always give the same records, on every machine (no std distributions).
std::vector<LabelledRecord> generateBirths(const GeneratorOptions& options);

} // namespace vitalis::dedup::bench
