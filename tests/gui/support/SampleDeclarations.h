// Declarations for widget tests: a complete birth the shipped form and the server accept (with
// a birth date a few days before the real today, so tests should use a clock set to now).
#pragma once

#include <ctime>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::test
{

inline std::string isoDaysAgo(int days)
{
    const std::time_t t = std::time(nullptr) - static_cast<std::time_t>(days) * 86400;
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", std::gmtime(&t));
    return buf;
}

// A complete birth declaration the shipped form (and the server's) accepts.
inline nlohmann::json birthDeclaration(const std::string& first,
                                       const std::string& family = "Banda")
{
    auto j = nlohmann::json::parse(R"({
        "child_sex": "female", "child_birth_time": "06:45",
        "place_of_birth_type": "health_facility", "birth_facility": "HF-ALD-1",
        "birth_notification_number": "12345674", "birth_type": "single",
        "attendant_at_birth": "midwife", "weight_at_birth": 3.2,
        "mother_name": {"first": "Ruth", "family": "Banda"}, "mother_birth_date": "1996-02-29",
        "mother_nationality": "FAR", "mother_id_type": "national_id",
        "mother_national_id": "1234567897", "mother_marital_status": "married",
        "mother_address": {"location": "VIL-ALD-1", "line": "Plot 12"},
        "father_details_available": "yes", "father_name": {"first": "Joseph", "family": "Banda"},
        "father_birth_date": {"age": 31}, "father_nationality": "FAR",
        "father_id_type": "passport", "father_passport": "ZN123456",
        "father_marital_status": "married", "father_address_same_as_mother": true,
        "informant_type": "mother", "contact_phone": "+260971234567",
        "proof_of_birth": [{"documentType": "birth_notification", "mediaType": "application/pdf", "size": 120000, "name": "n.pdf"}],
        "mother_id_document": [{"documentType": "national_id_card", "mediaType": "image/jpeg", "size": 800000, "name": "nrc.jpg"}],
        "informant_declaration": true})");
    j["child_birth_date"] = isoDaysAgo(3);
    j["child_name"] = {{"first", first}, {"family", family}};
    return j;
}

} // namespace vitalis::test
