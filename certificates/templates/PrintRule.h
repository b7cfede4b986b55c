// The one rule a certificate print follows against its event's configuration (template,
// language, certified copy, fee), applied by the printing laptop and again by the server.
#pragma once

#include "certificates/templates/TemplateConfig.h"

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace vitalis::certificates
{

// What a print says it was (the op's "print" member, or the laptop's choice).
struct PrintedCertificate {
    std::string templateId;
    std::string language;
    bool certifiedCopy = false;
    std::int64_t fee = 0;
};

// The fee the configuration asks for one print of a record.
struct PrintFee {
    std::int64_t amount = 0;
    bool copy = false;           // a certified copy or a reprint: the copy fee
    bool certifiedCopy = false;  // which kind of copy (for the words)
    std::int64_t copyNumber = 1; // this print's copy number
    int days = 0;                // event to registration
    Timeliness timeliness = Timeliness::OnTime;
    std::string currency;
    // "a late registration (45 days)", "a reprint (copy 2)", "a certified copy".
    std::string describe() const;
};

// Whole days from `eventDate` to `registrationDate` (YYYY-MM-DD); 0 when either is not a date
// (a record without its event date counts as registered on time).
int daysToRegistration(const std::string& eventDate, const std::string& registrationDate);

// Reprints (copies printed before) and certified copies cost the copy fee; a first certificate
// the fee of its timeliness tier (docs/certificates.md, Templates).
PrintFee printFee(const TemplateConfig& config, const nlohmann::json& fields,
                  const std::string& registrationDate, bool certifiedCopy,
                  std::int64_t earlierCopies);

struct PrintRuleProblem {
    std::string path; // JSON path under /print
    std::string code; // unknown_template, unknown_language, fee_mismatch
    std::string message;
};

// The first way `printed` disagrees with the configuration of `eventType` in `configs` for a
// record with `fields`, registered on `registrationDate`, printed `earlierCopies` times before.
std::optional<PrintRuleProblem>
printRuleProblem(const std::map<std::string, TemplateConfig>& configs, const std::string& eventType,
                 const nlohmann::json& fields, const std::string& registrationDate,
                 std::int64_t earlierCopies, const PrintedCertificate& printed);

} // namespace vitalis::certificates
