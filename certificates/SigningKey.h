// An Ed25519 key pair (libsodium) and its key id: the first 8 bytes of the BLAKE2b hash of the
// public key, which is what certificates, COSE headers and revocation lists name keys by.
#pragma once

#include "certificates/Cbor.h"

#include <string>

namespace vitalis::certificates
{

constexpr std::size_t kPublicKeySize = 32;
constexpr std::size_t kSignatureSize = 64;
constexpr std::size_t kKeyIdSize = 8;

Bytes keyIdOf(const Bytes& publicKey);
std::string hex(const Bytes& data);
Bytes fromHex(const std::string& text, const char* what); // throws CertificateError
bool verifySignature(const Bytes& publicKey, const Bytes& message, const Bytes& signature);

class SigningKey
{
public:
    static SigningKey generate();
    // The 64-byte libsodium secret key (seed followed by the public key).
    static SigningKey fromSecret(const Bytes& secret);
    // The key pair of a 32-byte seed (e.g. one kept in the OS keychain).
    static SigningKey fromSeed(const Bytes& seed);

    const Bytes& publicKey() const { return publicKey_; }
    const Bytes& secret() const { return secret_; }
    Bytes keyId() const { return keyIdOf(publicKey_); }
    Bytes sign(const Bytes& message) const;

private:
    SigningKey(Bytes secret, Bytes publicKey);
    Bytes secret_;
    Bytes publicKey_;
};

} // namespace vitalis::certificates
