// Test keys and claims for the certificate tests: a root, a server key certified by it, a
// device key certified by the server, and a birth certificate's claims on a fixed clock.
#pragma once

#include "certificates/CertificateIssuer.h"
#include "certificates/KeyCertificate.h"

namespace vitalis::test
{

// 2026-03-01 00:00:00 UTC: fixed so expiry arithmetic in tests is exact.
constexpr std::int64_t kKeysCreated = 1772323200;
constexpr std::int64_t kDay = 86400;

struct CertificateKeys {
    certificates::SigningKey root = certificates::SigningKey::generate();
    certificates::SigningKey server = certificates::SigningKey::generate();
    certificates::SigningKey device = certificates::SigningKey::generate();
    certificates::KeyCertificate serverCertificate = certificates::KeyCertificate::issue(
        server.publicKey(), certificates::KeyRole::Server, kKeysCreated, 365 * 5, root);
    certificates::KeyCertificate deviceCertificate =
        certificates::KeyCertificate::certifyDevice(device.publicKey(), server, kKeysCreated);

    certificates::CertificateIssuer issuer() const
    {
        return certificates::CertificateIssuer(device, deviceCertificate, serverCertificate);
    }
};

inline certificates::CertificateClaims birthClaims(std::int64_t issuedAt = kKeysCreated + kDay)
{
    certificates::CertificateClaims c;
    c.registrationNumber = "BR-2026-000123";
    c.eventType = "birth";
    c.givenNames = "Amina Wanjiru";
    c.familyName = "Otieno";
    c.sex = "female";
    c.dateOfEvent = "2026-02-14";
    c.placeOfEvent = "Kisumu County Hospital, Kisumu";
    c.motherName = "Grace Achieng Otieno";
    c.fatherName = "Peter Odhiambo Otieno";
    c.registrationDate = "2026-02-20";
    c.issuingOffice = "Kisumu Central Civil Registry";
    c.copyNumber = 1;
    c.issuedAt = issuedAt;
    return c;
}

} // namespace vitalis::test
