// The FHIR R4 Bundles the FHIR tests post, as a hospital system would build them: a birth
// (child Patient, mother RelatedPerson MTH with her national ID, Encounter at a facility's
// Location, birth weight 8339-4 and gestational age 11884-4 Observations) and a death
// (deceased Patient, Encounter, Location, Condition), as transaction or document Bundles.
#pragma once

#include "tests/support/Fixtures.h"
#include "tests/support/WireOps.h"

#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::test::fhirbundle
{

using nlohmann::json;

inline constexpr const char* kNid = "https://id.verdania.example/nin";
inline constexpr const char* kFacility = "https://health.verdania.example/facility";
inline constexpr const char* kTxnSystem = "https://hospital.example/notifications";

struct Part {
    std::string type;
    json resource;
};

// Entries with urn:uuid full URLs; "{0}".."{9}" in a reference become the URL of that part. A
// document Bundle gets a Composition about part 0 in front.
inline json bundle(const std::string& type, const std::string& txn, std::vector<Part> parts)
{
    std::vector<std::string> urls;
    for (std::size_t i = 0; i < parts.size(); ++i)
        urls.push_back("urn:uuid:" + newRecordId());
    json entries = json::array();
    for (std::size_t i = 0; i < parts.size(); ++i) {
        std::string text = parts[i].resource.dump();
        for (std::size_t k = 0; k < urls.size(); ++k)
            for (auto at = text.find("{" + std::to_string(k) + "}"); at != std::string::npos;
                 at = text.find("{" + std::to_string(k) + "}"))
                text.replace(at, 2 + std::to_string(k).size(), urls[k]);
        json e = {{"fullUrl", urls[i]}, {"resource", json::parse(text)}};
        if (type == "transaction")
            e["request"] = {{"method", "POST"}, {"url", parts[i].type}};
        entries.push_back(e);
    }
    if (type == "document") // a document begins with its Composition, about the first part
        entries.insert(entries.begin(),
                       json{{"fullUrl", "urn:uuid:" + newRecordId()},
                            {"resource",
                             {{"resourceType", "Composition"},
                              {"status", "final"},
                              {"type",
                               {{"coding", json::array({{{"system", "http://loinc.org"},
                                                         {"code", "71230-7"}}})}}},
                              {"subject", {{"reference", urls[0]}}},
                              {"date", "2026-12-05T08:00:00Z"},
                              {"author", json::array({{{"display", "Aldmoor District Hospital"}}})},
                              {"title", "Birth notification"}}}});
    return {{"resourceType", "Bundle"},
            {"type", type},
            {"identifier", {{"system", kTxnSystem}, {"value", txn}}},
            {"timestamp", "2026-12-05T08:00:00Z"},
            {"entry", entries}};
}

inline json quantity(double value, const std::string& code)
{
    return {
        {"value", value}, {"unit", code}, {"system", "http://unitsofmeasure.org"}, {"code", code}};
}

inline json observation(const std::string& loinc, const json& value)
{
    return {
        {"resourceType", "Observation"},
        {"status", "final"},
        {"code", {{"coding", json::array({{{"system", "http://loinc.org"}, {"code", loinc}}})}}},
        {"subject", {{"reference", "{0}"}}},
        {"valueQuantity", value}};
}

// Entry 0 child, 1 mother, 2 encounter, 3 location, 4 weight, 5 gestational age.
inline json birth(const Clock& clock, const std::string& txn, const std::string& first,
                  const std::string& type = "transaction", const std::string& facility = "HF-ALD-1")
{
    const json child = {{"resourceType", "Patient"},
                        {"name", json::array({{{"given", {first}}, {"family", "Okafor"}}})},
                        {"gender", "female"},
                        {"birthDate", isoDaysBefore(clock, 1)}};
    const json mother = {
        {"resourceType", "RelatedPerson"},
        {"patient", {{"reference", "{0}"}}},
        {"relationship",
         json::array({{{"coding", json::array({{{"system", "http://terminology.hl7.org/CodeSystem/"
                                                           "v3-RoleCode"},
                                                {"code", "MTH"}}})}}})},
        {"name", json::array({{{"given", {"Ngozi"}}, {"family", "Okafor"}}})},
        {"birthDate", motherBirthDate(first)},
        {"identifier",
         json::array({{{"system", kNid}, {"value", nationalIdFor("mother of " + first)}}})}};
    const json encounter = {
        {"resourceType", "Encounter"},
        {"status", "finished"},
        {"class",
         {{"system", "http://terminology.hl7.org/CodeSystem/v3-ActCode"}, {"code", "IMP"}}},
        {"subject", {{"reference", "{0}"}}},
        {"location", json::array({{{"location", {{"reference", "{3}"}}}}})}};
    const json location = {
        {"resourceType", "Location"},
        {"name", "Aldmoor District Hospital"},
        {"identifier", json::array({{{"system", kFacility}, {"value", facility}}})}};
    return bundle(type, txn,
                  {{"Patient", child},
                   {"RelatedPerson", mother},
                   {"Encounter", encounter},
                   {"Location", location},
                   {"Observation", observation("8339-4", quantity(3200, "g"))},
                   {"Observation", observation("11884-4", quantity(39, "wk"))}});
}

// Entry 0 the deceased, 1 location, 2 cause of death.
inline json death(const Clock& clock, const std::string& txn, const std::string& first)
{
    const json deceased = {
        {"resourceType", "Patient"},
        {"name", json::array({{{"given", {first}}, {"family", "Mensah"}}})},
        {"gender", "male"},
        {"birthDate", "1950-03-02"},
        {"deceasedDateTime", isoDaysBefore(clock, 2) + "T04:30:00Z"},
        {"identifier", json::array({{{"system", kNid}, {"value", nationalIdFor(first)}}})}};
    const json location = {
        {"resourceType", "Location"},
        {"identifier", json::array({{{"system", kFacility}, {"value", "HF-ALD-1"}}})}};
    const json cause = {{"resourceType", "Condition"},
                        {"subject", {{"reference", "{0}"}}},
                        {"code", {{"text", "Cardiac arrest"}}}};
    return bundle("transaction", txn,
                  {{"Patient", deceased}, {"Location", location}, {"Condition", cause}});
}

} // namespace vitalis::test::fhirbundle
