// The signed revocation list the server publishes: revoked device keys (with the time each was
// revoked) and voided registration numbers or certificate ids, signed through the key chain.
#pragma once

#include "certificates/CertificateClaims.h"
#include "certificates/KeyCertificate.h"

#include <string>
#include <vector>

namespace vitalis::certificates
{

struct RevokedKey {
    Bytes keyId;
    std::int64_t revokedAt = 0; // certificates issued at or after this time are rejected
};

struct RevocationList {
    std::int64_t issuedAt = 0;
    std::vector<RevokedKey> revokedKeys;
    std::vector<std::string> voided; // registration numbers (all copies) or "REGNO/COPY"

    // A COSE_Sign1 by the server key, carrying the server's key certificate.
    Bytes sign(const SigningKey& server, const KeyCertificate& serverCertificate) const;
    // Checks the signature and that the server key chains to `rootPublicKey`; throws
    // CertificateError naming what is wrong, so an unsigned list is never trusted.
    static RevocationList open(const Bytes& data, const Bytes& rootPublicKey);

    const RevokedKey* revocationOf(const Bytes& keyId) const;
    bool isVoided(const CertificateClaims& claims) const;
};

} // namespace vitalis::certificates
