// Signs a certificate's claims into the QR text: CWT -> COSE_Sign1 (device key, chain device
// <- server) -> zlib -> Base45 with the "VC1:" prefix. Refuses once the device key expired.
#pragma once

#include "certificates/CertificateClaims.h"
#include "certificates/KeyCertificate.h"

#include <string>

namespace vitalis::certificates
{

constexpr std::string_view kQrPrefix = "VC1:";

class CertificateIssuer
{
public:
    CertificateIssuer(SigningKey deviceKey, KeyCertificate deviceCertificate,
                      KeyCertificate serverCertificate);

    // Throws CertificateError when the device certificate is not valid at claims.issuedAt
    // ("sync to renew it"): a laptop must not print with an expired key.
    std::string sign(const CertificateClaims& claims) const;

private:
    SigningKey deviceKey_;
    KeyCertificate deviceCertificate_;
    KeyCertificate serverCertificate_;
};

} // namespace vitalis::certificates
