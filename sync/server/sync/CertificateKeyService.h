// Certifies the issuing keys of laptops that print (POST /api/v1/certificate-keys): the laptop
// sends the public half of a key it made, the server signs a device key certificate with its
// own signing key (the chain device <- server <- root the QR carries; docs/certificates.md).
#pragma once

#include "certificates/KeyCertificate.h"
#include "core/Clock.h"
#include "sync/server/Directory.h"
#include "sync/server/auth/AuthService.h"
#include "sync/server/certificates/CertificateService.h"
#include "sync/server/db/Db.h"

#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace vitalis::server
{

class CertificateKeyService
{
public:
    // `keys` are the server's signing key and certificate, read once at start
    // (CertificateKeys::fromFiles, shared with the revocation list); none: printing is off.
    CertificateKeyService(DbPool& pool, Directory& directory, const Clock& clock,
                          const CertificateKeys& keys, int deviceDays);

    // {"public_key": hex} -> {"device_certificate", "server_certificate" (hex), "valid_from",
    // "valid_until" (seconds)}. Refused (forbidden) to a role without the certify scope.
    nlohmann::json certify(const AuthContext& auth, const nlohmann::json& body);

private:
    DbPool& pool_;
    Directory& directory_;
    const Clock& clock_;
    int deviceDays_;
    std::optional<certificates::SigningKey> serverKey_;
    std::optional<certificates::KeyCertificate> serverCertificate_;
};

} // namespace vitalis::server
