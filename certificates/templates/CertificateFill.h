// Fills a certificate template: the record's values as the record screen shows them
// (forms::FieldDisplay, in the certificate's language) plus the print's own facts, put into the
// SVG by mustache (kainjow). Also lists the placeholders a template uses, for the checker.
#pragma once

#include "core/Record.h"
#include "forms/FieldDisplay.h"
#include "forms/FormModel.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace vitalis::certificates
{

// What a print adds to the record's own values.
struct PrintFacts {
    std::string registrationNumber;
    std::string registrationDate; // YYYY-MM-DD
    std::string issueDate;        // YYYY-MM-DD
    std::string issuingOffice;    // the office's name
    std::int64_t copyNumber = 1;
    std::string fee; // as printed, e.g. "500 VDR"
    std::string receiptNumber;
    std::string collector; // who collected it, in words
    std::string templateLabel;
    bool certifiedCopy = false;
};

// Placeholders every template may use besides the form's fields (docs/certificates.md).
const std::vector<std::string>& builtinPlaceholders();
// Every name a template of `form` may use: builtins, value fields, and for person names
// <field>_given and <field>_family.
std::set<std::string> knownPlaceholders(const forms::FormDefinition& form);

// The mustache values (all texts, except the certified_copy and reprint sections' booleans).
nlohmann::json certificateValues(const Record& record, const forms::FieldDisplay& display,
                                 const PrintFacts& facts);

// The template filled in; values are XML-escaped. Throws std::runtime_error on a template
// mustache cannot read.
std::string fillTemplate(const std::string& svg, const nlohmann::json& values);

// The names a template asks for ({{name}}, {{{name}}}, sections); `error` is set when the
// template is not valid mustache.
std::set<std::string> placeholdersOf(const std::string& svg, std::string& error);

} // namespace vitalis::certificates
