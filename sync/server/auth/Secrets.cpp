#include "sync/server/auth/Secrets.h"

#include <mutex>
#include <sodium.h>
#include <stdexcept>

namespace vitalis::server
{

void ensureSodium()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    if (!ok)
        throw std::runtime_error("libsodium failed to initialise");
}

std::string randomBytes(std::size_t bytes)
{
    ensureSodium();
    std::string out(bytes, '\0');
    randombytes_buf(out.data(), out.size());
    return out;
}

std::string randomToken(std::size_t bytes)
{
    const std::string raw = randomBytes(bytes);
    std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                    '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(raw.data()),
                      raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(std::char_traits<char>::length(out.c_str()));
    return out;
}

std::string tokenDigest(std::string_view token)
{
    ensureSodium();
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(token.data()),
                       token.size(), nullptr, 0);
    char hex[sizeof digest * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return std::string(hex);
}

std::string PasswordHasher::hash(std::string_view password)
{
    ensureSodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return std::string(out);
}

bool PasswordHasher::verify(std::string_view storedHash, std::string_view password)
{
    ensureSodium();
    const std::string stored(storedHash); // must be NUL-terminated
    return crypto_pwhash_str_verify(stored.c_str(), password.data(), password.size()) == 0;
}

void PasswordHasher::dummyVerify(std::string_view password)
{
    static const std::string dummy = hash("not-a-real-password");
    (void)verify(dummy, password);
}

bool PasswordHasher::looksLikeHash(std::string_view text)
{
    return text.starts_with("$argon2id$");
}

} // namespace vitalis::server
