// The sample declarations every test uses, with dates counted back from an injected clock
// (never the machine's): a complete birth and death the shipped forms accept (villages and
// facility of the demo seed), an incomplete birth notification, and the test seed's tbirth.
#pragma once

#include "core/Clock.h"
#include "core/DateText.h"

#include <chrono>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace vitalis::test
{

// The calendar date `daysBack` days before the clock's today (UTC), as YYYY-MM-DD.
inline std::string isoDaysBefore(const Clock& clock, int daysBack)
{
    using namespace std::chrono;
    const sys_days today = floor<days>(sys_time<milliseconds>(milliseconds(clock.nowMillis())));
    return isoDate(year_month_day(today - days(daysBack)));
}

// The mother's date of birth in birthDeclaration. Numbered names ("Child1", "Child2") differ by
// one letter, so a registrar (and the duplicate check, docs/deduplication.md) would take two
// of them for one child declared twice; their mothers are born 40 days apart per number
// (modulo 300, within the form's mother ages), so they read as different families' children.
// Names without digits keep 1996-02-29.
inline std::string motherBirthDate(const std::string& childFirst)
{
    using namespace std::chrono;
    long n = 0;
    bool numbered = false;
    for (char c : childFirst)
        if (c >= '0' && c <= '9') {
            n = (n * 10 + (c - '0')) % 300;
            numbered = true;
        }
    if (!numbered || n == 0)
        return "1996-02-29";
    const sys_days base = sys_days(year(1996) / February / 29);
    return isoDate(year_month_day(base - days(40 * n)));
}

// A Luhn-valid 10-digit national ID of its own for each name: one ID shared by two deceased
// people would make them one person to the duplicate check (the same ID decides).
inline std::string nationalIdFor(const std::string& name)
{
    std::uint64_t h = 1469598103934665603ULL; // FNV-1a
    for (unsigned char c : name)
        h = (h ^ c) * 1099511628211ULL;
    std::string digits = std::to_string(100000000 + h % 900000000); // 9 digits
    int sum = 0;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        int d = digits[digits.size() - 1 - i] - '0';
        if (i % 2 == 0) // doubled: every second digit from the right, the check digit aside
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
    }
    return digits + std::to_string((10 - sum % 10) % 10);
}

// A complete birth declaration (born three days before the clock's today): child, mother and
// father share `family`.
inline nlohmann::json birthDeclaration(const Clock& clock, const std::string& first = "Amina",
                                       const std::string& family = "Banda")
{
    nlohmann::json j = nlohmann::json::parse(R"({
        "child_sex": "female", "child_birth_time": "06:45",
        "place_of_birth_type": "health_facility", "birth_facility": "HF-ALD-1",
        "birth_notification_number": "12345674", "birth_type": "single",
        "attendant_at_birth": "midwife", "weight_at_birth": 3.2,
        "mother_birth_date": "1996-02-29", "mother_nationality": "FAR",
        "mother_id_type": "national_id", "mother_national_id": "1234567897",
        "mother_marital_status": "married",
        "mother_address": {"location": "VIL-ALD-1", "line": "Plot 12"},
        "father_details_available": "yes", "father_birth_date": {"age": 31},
        "father_nationality": "FAR", "father_id_type": "passport", "father_passport": "ZN123456",
        "father_marital_status": "married", "father_address_same_as_mother": true,
        "informant_type": "mother", "contact_phone": "+260971234567",
        "proof_of_birth": [{"documentType": "birth_notification", "mediaType": "application/pdf",
                            "size": 120000, "name": "notification.pdf"}],
        "mother_id_document": [{"documentType": "national_id_card", "mediaType": "image/jpeg",
                                "size": 800000, "name": "nrc.jpg"}],
        "informant_declaration": true})");
    j["child_birth_date"] = isoDaysBefore(clock, 3);
    j["child_name"] = {{"first", first}, {"family", family}};
    j["mother_name"] = {{"first", "Ruth"}, {"family", family}};
    j["mother_birth_date"] = motherBirthDate(first);
    // Numbered children have mothers of their own (an ID decides when both records give one).
    if (first.find_first_of("0123456789") != std::string::npos)
        j["mother_national_id"] = nationalIdFor("mother of " + first + " " + family);
    j["father_name"] = {{"first", "Joseph"}, {"family", family}};
    return j;
}

// A hospital-style notification: the child only (born the day before); the mother's details
// come later.
inline nlohmann::json birthNotification(const Clock& clock, const std::string& first,
                                        const std::string& family)
{
    return {{"child_name", {{"first", first}, {"family", family}}},
            {"child_sex", "male"},
            {"child_birth_date", isoDaysBefore(clock, 1)}};
}

// The smallest notification: a name and a sex, no date (numbered children, alternating sex).
inline nlohmann::json notificationFields(int i)
{
    return {{"child_name", {{"first", "Child" + std::to_string(i)}, {"family", "Banda"}}},
            {"child_sex", i % 2 ? "female" : "male"}};
}

// A complete death declaration (died two days before the clock's today).
inline nlohmann::json deathDeclaration(const Clock& clock, const std::string& first,
                                       const std::string& family)
{
    nlohmann::json j = nlohmann::json::parse(R"({
        "deceased_sex": "male", "deceased_birth_date": "1948-05-17",
        "deceased_nationality": "FAR", "deceased_id_type": "national_id",
        "deceased_national_id": "4701122337", "deceased_marital_status": "widowed",
        "deceased_address": {"location": "VIL-ALD-1", "line": "Plot 7"},
        "death_place_type": "health_facility", "death_facility": "HF-ALD-1",
        "manner_of_death": "natural", "cause_of_death_established": "no",
        "informant_type": "son", "informant_national_id": "5203040505",
        "informant_address": {"location": "VIL-ALD-1", "line": "Plot 9"},
        "contact_phone": "+260977654321",
        "proof_of_death": [{"documentType": "medical_certificate", "mediaType": "application/pdf",
                            "size": 90000, "name": "certificate.pdf"}],
        "informant_id_document": [{"documentType": "national_id_card", "mediaType": "image/jpeg",
                                   "size": 700000, "name": "nrc.jpg"}],
        "informant_declaration": true})");
    j["death_date"] = isoDaysBefore(clock, 2);
    j["deceased_name"] = {{"first", first}, {"family", family}};
    j["deceased_national_id"] = nationalIdFor(first + " " + family);
    j["informant_name"] = {{"first", "Peter"}, {"family", family}};
    return j;
}

// A complete declaration of the test seed's tbirth form (tests/server/data/tbirth.json).
inline nlohmann::json birthFields(const std::string& first = "Ana")
{
    return {{"child_first", first},
            {"child_family", "Lopes"},
            {"child_sex", "female"},
            {"birth_date", "2026-01-15"},
            {"mother_name", "Rosa Lopes"}};
}

} // namespace vitalis::test
