// COSE_Sign1 (RFC 9052) with EdDSA: protected header {alg: -8, kid}, the key chain in the
// unprotected header, Ed25519 over the Sig_structure ["Signature1", protected, h'', payload].
#pragma once

#include "certificates/SigningKey.h"

#include <vector>

namespace vitalis::certificates
{

constexpr std::int64_t kCoseAlgEdDsa = -8;
// Private-use unprotected header label (RFC 9052 reserves < -65536): the key certificates,
// signing key's first, each a CBOR byte string holding an encoded KeyCertificate.
constexpr std::int64_t kHeaderKeyChain = -65537;

struct CoseSign1 {
    Bytes protectedHeader; // the encoded protected map, exactly as signed
    Bytes keyId;
    std::vector<Bytes> chain;
    Bytes payload;
    Bytes signature;

    static Bytes sign(const Bytes& payload, const SigningKey& key, const std::vector<Bytes>& chain);
    // Throws CertificateError when the structure, the algorithm or a header is wrong.
    static CoseSign1 decode(const Bytes& data);
    bool verify(const Bytes& publicKey) const;
};

} // namespace vitalis::certificates
