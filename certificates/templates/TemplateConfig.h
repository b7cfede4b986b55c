// One event's certificate configuration (forms/definitions/certificates/<event>.json): its
// templates (label and SVG file per language, condition), timeliness thresholds and fees.
#pragma once

#include "forms/FormError.h"
#include "forms/JsonLogic.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace vitalis::certificates
{

// How late a registration was: days from the event to the registration.
enum class Timeliness { OnTime, Late, Delayed };
std::string_view toString(Timeliness t);

struct FeeTier {
    Timeliness timeliness = Timeliness::OnTime;
    std::optional<int> upToDays; // inclusive; absent on the last tier (no upper bound)
    std::int64_t amount = 0;     // in the currency's smallest unit
};

struct CertificateTemplate {
    std::string id;
    bool certifiedCopy = false;                         // the "extract" variant
    std::map<std::string, std::string> labels;          // language -> label
    std::map<std::string, std::filesystem::path> files; // language -> SVG (absolute)
    nlohmann::json when; // JsonLogic over the record's fields; null = always
    forms::Logic condition;
    std::string path; // JSON pointer of the template in its file
};

struct TemplateConfig {
    std::string file;
    std::string event;
    std::string eventDateField; // the field the timeliness counts from (e.g. child_birth_date)
    // Which fields fill the QR's claims: "person" (a person name), "sex", "mother", "father",
    // each a field id, and "place", a list of field ids (the first with a value).
    std::map<std::string, std::vector<std::string>> qrFields;
    std::vector<std::string> languages;
    std::string currency;
    std::vector<FeeTier> tiers;  // ordered by upToDays, the last without a bound
    std::int64_t copyAmount = 0; // reprints and certified copies
    std::vector<CertificateTemplate> templates;

    const CertificateTemplate* find(const std::string& templateId) const;
    Timeliness timeliness(int daysToRegistration) const;
    // The fee of a first certificate registered `days` after the event; copies cost copyAmount.
    std::int64_t fee(int daysToRegistration, bool copy) const;
    // The first template of that variant whose condition holds for the record's fields.
    const CertificateTemplate* choose(const nlohmann::json& fields, bool certifiedCopy) const;

    // Reads one configuration file; problems (file, JSON path, message) go to `errors` and the
    // result is empty when the file cannot be used. SVG files are resolved beside the file.
    static std::optional<TemplateConfig> load(const std::filesystem::path& file,
                                              forms::FormErrors& errors);
    static std::optional<TemplateConfig> parse(const nlohmann::json& doc, const std::string& file,
                                               const std::filesystem::path& dir,
                                               forms::FormErrors& errors);
};

// Every <event>.json configuration in `dir`, by event.
std::map<std::string, TemplateConfig> loadTemplateDirectory(const std::filesystem::path& dir,
                                                            forms::FormErrors& errors);

} // namespace vitalis::certificates
