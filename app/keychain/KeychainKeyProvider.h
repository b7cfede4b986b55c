// KeyProvider backed by the OS keychain through QtKeychain (Secret Service on Linux,
// Credential Manager on Windows, Keychain on macOS). Every job has a timeout.
#pragma once

#include "core/store/KeyProvider.h"

#include <QString>
#include <chrono>

namespace vitalis
{

class KeychainKeyProvider final : public KeyProvider
{
public:
    // `service` groups Vitalis entries in the keychain; tests pass their own so they never
    // touch a real profile's key.
    explicit KeychainKeyProvider(QString service = QStringLiteral("Vitalis"),
                                 std::chrono::milliseconds timeout = std::chrono::seconds(20));

    SecretKey loadKey(const std::string& profileId) override;
    SecretKey createKey(const std::string& profileId) override;
    std::string describe() const override;

    // Removes a profile's key (profile deletion, tests). Missing entries are not an error.
    void deleteKey(const std::string& profileId);

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace vitalis
