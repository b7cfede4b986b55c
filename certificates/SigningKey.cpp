#include "certificates/SigningKey.h"

#include "certificates/CertificateError.h"

#include <sodium.h>

namespace vitalis::certificates
{
namespace
{

void ensureSodium()
{
    if (sodium_init() < 0) // idempotent and thread-safe; needed before the first key
        throw std::runtime_error("libsodium could not be initialised");
}

} // namespace

Bytes keyIdOf(const Bytes& publicKey)
{
    Bytes id(kKeyIdSize);
    crypto_generichash(id.data(), id.size(), publicKey.data(), publicKey.size(), nullptr, 0);
    return id;
}

std::string hex(const Bytes& data)
{
    std::string out(data.size() * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), data.data(), data.size());
    out.pop_back();
    return out;
}

Bytes fromHex(const std::string& text, const char* what)
{
    Bytes out(text.size() / 2);
    std::size_t length = 0;
    const char* end = nullptr;
    if (text.size() % 2 != 0 ||
        sodium_hex2bin(out.data(), out.size(), text.data(), text.size(), nullptr, &length, &end) !=
            0 ||
        end != text.data() + text.size())
        throw CertificateError(std::string(what) + ": not hexadecimal");
    out.resize(length);
    return out;
}

bool verifySignature(const Bytes& publicKey, const Bytes& message, const Bytes& signature)
{
    ensureSodium();
    return publicKey.size() == kPublicKeySize && signature.size() == kSignatureSize &&
           crypto_sign_verify_detached(signature.data(), message.data(), message.size(),
                                       publicKey.data()) == 0;
}

SigningKey::SigningKey(Bytes secret, Bytes publicKey)
    : secret_(std::move(secret)), publicKey_(std::move(publicKey))
{
}

SigningKey SigningKey::generate()
{
    ensureSodium();
    Bytes pk(crypto_sign_PUBLICKEYBYTES);
    Bytes sk(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(pk.data(), sk.data());
    return SigningKey(std::move(sk), std::move(pk));
}

SigningKey SigningKey::fromSecret(const Bytes& secret)
{
    ensureSodium();
    if (secret.size() != crypto_sign_SECRETKEYBYTES)
        throw CertificateError("private key: expected " +
                               std::to_string(crypto_sign_SECRETKEYBYTES) + " bytes");
    Bytes pk(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_ed25519_sk_to_pk(pk.data(), secret.data());
    return SigningKey(secret, std::move(pk));
}

SigningKey SigningKey::fromSeed(const Bytes& seed)
{
    ensureSodium();
    if (seed.size() != crypto_sign_SEEDBYTES)
        throw CertificateError("key seed: expected " + std::to_string(crypto_sign_SEEDBYTES) +
                               " bytes");
    Bytes pk(crypto_sign_PUBLICKEYBYTES);
    Bytes sk(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(pk.data(), sk.data(), seed.data());
    return SigningKey(std::move(sk), std::move(pk));
}

Bytes SigningKey::sign(const Bytes& message) const
{
    Bytes signature(crypto_sign_BYTES);
    crypto_sign_detached(signature.data(), nullptr, message.data(), message.size(), secret_.data());
    return signature;
}

} // namespace vitalis::certificates
