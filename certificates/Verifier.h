// Verifies a certificate's QR text offline with only the root public key (and, when the
// verifier has one, a revocation list): the verdict, the signed claims and a reason.
#pragma once

#include "certificates/CertificateClaims.h"
#include "certificates/RevocationList.h"

#include <optional>
#include <string>
#include <string_view>

namespace vitalis::certificates
{

enum class Verdict {
    Valid,
    InvalidSignature,
    UnknownOrUntrustedKey,
    KeyExpired,
    KeyRevoked,
    Voided,
    Malformed,
};

std::string_view verdictName(Verdict verdict); // "valid", "invalid_signature", ...

struct Verification {
    Verdict verdict = Verdict::Malformed;
    // The claims as signed; present whenever they could be read, even when the verdict is not
    // valid, so the verifier can compare them with the paper (and see what was forged).
    std::optional<CertificateClaims> claims;
    std::string reason;
    // The key id (hex) the certificate names as its signer, whenever it could be read: what an
    // administrator revokes (`vitalis-server keys revoke-device KEYID`) for a stolen laptop.
    std::string signingKeyId;
};

class Verifier
{
public:
    static Verification verify(std::string_view text, const Bytes& rootPublicKey,
                               const RevocationList* revocations, std::int64_t now);
};

} // namespace vitalis::certificates
