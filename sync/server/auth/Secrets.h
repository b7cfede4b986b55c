// Random tokens, token digests and argon2id password hashes, all through libsodium.
// Tokens are 256 random bits; the server stores only their BLAKE2b digest.
#pragma once

#include <string>
#include <string_view>

namespace vitalis::server
{

void ensureSodium(); // sodium_init once; throws if the library cannot start

std::string randomToken(std::size_t bytes = 32); // base64url, no padding
std::string randomBytes(std::size_t bytes);
std::string tokenDigest(std::string_view token); // hex BLAKE2b-256

struct PasswordHasher {
    // argon2id with libsodium's INTERACTIVE limits (about 64 MiB, tens of milliseconds).
    static std::string hash(std::string_view password);
    static bool verify(std::string_view storedHash, std::string_view password);
    // Spends the same time as a verify, so unknown usernames cannot be told apart by timing.
    static void dummyVerify(std::string_view password);
    static bool looksLikeHash(std::string_view text);
};

} // namespace vitalis::server
