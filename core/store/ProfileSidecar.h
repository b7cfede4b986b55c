// profile.json: the plaintext note beside each profile database recording how it is
// encrypted (never a secret), so any later SQLCipher can be told how to open it.
#pragma once

#include <filesystem>
#include <string>

namespace vitalis
{

struct CipherParams {
    // PRAGMA cipher_page_size. SQLCipher 3 defaults to 1024; 2048 measured fastest for this
    // store (tests/bench/store): each page written costs a fixed AES+HMAC setup, and 4096
    // doubles the bytes encrypted per touched page for the ~17 pages a commit touches.
    int pageSize = 2048;
    int compatibility = 3; // SQLCipher major format; 4.x opens it with cipher_compatibility=3
    std::string keyFormat = "raw-256"; // x'<64 hex>' raw key: no passphrase KDF
    std::string cipher = "aes-256-cbc";
    std::string hmac = "HMAC_SHA1"; // SQLCipher 3 page HMAC
    int kdfIter = 64000;            // unused with raw keys; recorded for completeness
    int fastKdfIter = 2;            // HMAC key derivation rounds (SQLCipher 3 default)
};

struct ProfileSidecar {
    static constexpr int kFormatVersion = 1;
    std::string profileId;
    std::string database = "vitalis.db";
    std::string sqlcipherVersion; // version that created the file
    CipherParams cipher;

    // Throws StoreError(BadProfile) naming the file and JSON path of what is wrong.
    static ProfileSidecar read(const std::filesystem::path& file);
    // Written atomically (temp file, fsync, rename) with mode 0600.
    void write(const std::filesystem::path& file) const;
};

} // namespace vitalis
