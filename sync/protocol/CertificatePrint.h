// A certificate print as a certify op carries it ("print" member): template, language, who
// collected it, fee and receipt, copy number and kind; and the one rule both the device and
// the server apply to it (a reprint or certified copy needs a reason).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace vitalis::protocol
{

struct Collector {
    std::string relation;   // mother | father | informant | other
    std::string name;       // required for "other"
    std::string idType;     // national_id, passport, ... (required)
    std::string idNumber;   // required
    bool idChecked = false; // the clerk looked at the ID document (must be true)
    bool operator==(const Collector&) const = default;
};

struct CertificatePrint {
    std::string templateId;
    std::string language;
    Collector collector;
    std::int64_t fee = 0; // smallest currency unit
    std::string currency;
    std::string receiptNumber;
    std::int64_t copyNumber = 1; // the device's count, printed in the QR; the server counts its own
    bool certifiedCopy = false;  // the "extract" variant
    std::int64_t issuedAt = 0;   // the QR's issue time (seconds since 1970, device clock)
    bool operator==(const CertificatePrint&) const = default;
};

bool isCollectorRelation(const std::string& relation);

// Strict decoding (unknown members refused, errors name the JSON path under `path`).
CertificatePrint decodeCertificatePrint(const nlohmann::json& value, const std::string& path);
nlohmann::json encodeCertificatePrint(const CertificatePrint& print);

// The first problem of a print given how many copies were printed before it and the op's
// reason: {JSON path under /print or "/reason", message}; nullopt when it may be printed.
struct PrintProblem {
    std::string path;
    std::string code;
    std::string message;
};
std::optional<PrintProblem> printProblem(const CertificatePrint& print, std::int64_t earlierCopies,
                                         const std::string& reason);

} // namespace vitalis::protocol
