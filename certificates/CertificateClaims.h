// What a certificate's QR says, signed: the CWT claims (RFC 8392) with the person in Claim 169
// keys and the civil-registration facts in Vitalis's private claim. Keys: docs/certificates.md.
#pragma once

#include "certificates/Cbor.h"

#include <cstdint>
#include <string>

namespace vitalis::certificates
{

struct CertificateClaims {
    std::string registrationNumber;
    std::string eventType; // "birth", "death", ...
    std::string givenNames;
    std::string familyName;
    std::string sex;         // "male", "female", "other" or empty
    std::string dateOfEvent; // YYYY-MM-DD
    std::string placeOfEvent;
    std::string motherName;       // births
    std::string fatherName;       // births
    std::string registrationDate; // YYYY-MM-DD
    std::string issuingOffice;
    std::int64_t copyNumber = 1;
    std::int64_t issuedAt = 0; // seconds since 1970 (UTC): the CWT "iat"

    // "REGNO/COPY": the id a revocation list voids a single copy by.
    std::string certificateId() const;
    Bytes toCwt() const;
    static CertificateClaims fromCwt(const Bytes& cwt); // throws CertificateError
    bool operator==(const CertificateClaims&) const = default;
};

} // namespace vitalis::certificates
