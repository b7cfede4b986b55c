// The server's secrets key, kept in a file outside the database (created 0600 on first start),
// and authenticated encryption of small secrets with it (libsodium secretbox).
#pragma once

#include <QString>
#include <optional>
#include <string>
#include <string_view>

namespace vitalis::server
{

class SecretBox
{
public:
    // Reads the key file, or creates it (mode 0600, its folder 0700) when it does not exist;
    // several processes creating it at once end with one key. Throws std::runtime_error
    // naming the file when it cannot be read, is not a key, or is open to other users.
    static SecretBox fromFile(const QString& path);
    SecretBox(std::string key, QString file); // key: crypto_secretbox_KEYBYTES raw bytes

    // "sb1:" + base64(nonce | ciphertext + tag); a fresh random nonce every time.
    std::string seal(std::string_view plain) const;
    // nullopt when the text was sealed with another key or altered.
    std::optional<std::string> open(std::string_view sealed) const;
    static bool isSealed(std::string_view stored);
    const QString& file() const { return file_; }

private:
    std::string key_;
    QString file_;
};

} // namespace vitalis::server
