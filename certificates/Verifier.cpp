#include "certificates/Verifier.h"

#include "certificates/Base45.h"
#include "certificates/CertificateError.h"
#include "certificates/CertificateIssuer.h"
#include "certificates/CoseSign1.h"
#include "certificates/Deflate.h"

namespace vitalis::certificates
{
namespace
{

// Printers' clocks drift; a certificate stamped a little ahead of the verifier is accepted.
constexpr std::int64_t kClockSkew = 24 * 3600;

Verification verdict(Verdict v, std::string reason, std::optional<CertificateClaims> claims)
{
    Verification out;
    out.verdict = v;
    out.claims = std::move(claims);
    out.reason = std::move(reason);
    return out;
}

// The device <- server <- root links; an empty string when the chain holds.
std::string chainProblem(const CoseSign1& message, const Bytes& root, KeyCertificate& device,
                         KeyCertificate& server)
{
    if (message.chain.size() != 2)
        return "the QR does not carry the device and server key certificates";
    device = KeyCertificate::decode(message.chain[0]);
    server = KeyCertificate::decode(message.chain[1]);
    if (server.role != KeyRole::Server || !server.signedBy(root))
        return "the server key is not certified by the country's root key";
    if (device.role != KeyRole::Device || !device.signedBy(server.publicKey))
        return "the issuing device key is not certified by the server key";
    if (message.keyId != device.keyId)
        return "the certificate names a key other than the device key it carries";
    return {};
}

Verification checkKeys(const CertificateClaims& c, const KeyCertificate& device,
                       const KeyCertificate& server, const RevocationList* revocations)
{
    if (!server.validAt(c.issuedAt))
        return verdict(Verdict::KeyExpired, "the server key was not valid when this was issued", c);
    if (!device.validAt(c.issuedAt))
        return verdict(Verdict::KeyExpired,
                       "the issuing device key was not valid when this was issued", c);
    if (!revocations)
        return verdict(Verdict::Valid, "signed by a key certified by the root key", c);
    for (const Bytes& kid : {device.keyId, server.keyId}) {
        const RevokedKey* revoked = revocations->revocationOf(kid);
        if (revoked && c.issuedAt >= revoked->revokedAt)
            return verdict(Verdict::KeyRevoked,
                           "issued after the issuing key " + hex(kid) + " was revoked", c);
    }
    if (revocations->isVoided(c))
        return verdict(Verdict::Voided, "this certificate was voided by the registry", c);
    return verdict(Verdict::Valid, "signed by a key certified by the root key", c);
}

// The chain, the signature, the issue time and the keys of a decoded certificate.
Verification checkDecoded(const CoseSign1& message, const CertificateClaims& claims,
                          const Bytes& rootPublicKey, const RevocationList* revocations,
                          std::int64_t now)
{
    KeyCertificate device;
    KeyCertificate server;
    try {
        if (std::string problem = chainProblem(message, rootPublicKey, device, server);
            !problem.empty())
            return verdict(Verdict::UnknownOrUntrustedKey, problem, claims);
    } catch (const CertificateError& e) {
        return verdict(Verdict::UnknownOrUntrustedKey, e.what(), claims);
    }
    if (!message.verify(device.publicKey))
        return verdict(Verdict::InvalidSignature,
                       "the signature does not match the content: it was changed or forged",
                       claims);
    if (claims.issuedAt > now + kClockSkew)
        return verdict(Verdict::Malformed, "the issue time is in the future", claims);
    return checkKeys(claims, device, server, revocations);
}

} // namespace

std::string_view verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return "valid";
    case Verdict::InvalidSignature:
        return "invalid_signature";
    case Verdict::UnknownOrUntrustedKey:
        return "unknown_or_untrusted_key";
    case Verdict::KeyExpired:
        return "key_expired";
    case Verdict::KeyRevoked:
        return "key_revoked";
    case Verdict::Voided:
        return "voided";
    case Verdict::Malformed:
        break;
    }
    return "malformed";
}

Verification Verifier::verify(std::string_view text, const Bytes& rootPublicKey,
                              const RevocationList* revocations, std::int64_t now)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.remove_suffix(1); // scanners often type a trailing Enter
    if (!text.starts_with(kQrPrefix))
        return verdict(Verdict::Malformed, "not a Vitalis certificate (no VC1: prefix)", {});
    CoseSign1 message;
    std::optional<CertificateClaims> claims;
    try {
        message =
            CoseSign1::decode(deflate::inflate(base45::decode(text.substr(kQrPrefix.size()))));
        claims = CertificateClaims::fromCwt(message.payload);
    } catch (const CertificateError& e) {
        return verdict(Verdict::Malformed, e.what(), claims);
    }
    Verification v = checkDecoded(message, *claims, rootPublicKey, revocations, now);
    v.signingKeyId = hex(message.keyId);
    return v;
}

} // namespace vitalis::certificates
