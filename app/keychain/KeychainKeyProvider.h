// KeyProvider backed by the OS keychain through QtKeychain (Secret Service on Linux,
// Credential Manager on Windows, Keychain on macOS). Every job has a timeout.
#pragma once

#include "core/store/KeyProvider.h"

#include <QString>
#include <chrono>
#include <functional>
#include <memory>

class QObject;

namespace vitalis
{

// QtKeychain is thread-affine (one job executor, created on the thread of the first job, and
// queued signals between jobs and it), so this provider has ONE owner thread: the thread that
// constructs it, normally the GUI thread. Calls from any other thread are handed to the owner
// through its event loop and waited for with the same deadline; no job is ever created or
// destroyed anywhere else.
class KeychainKeyProvider final : public KeyProvider
{
public:
    // `service` groups Vitalis entries in the keychain; tests pass their own so they never
    // touch a real profile's key.
    explicit KeychainKeyProvider(QString service = QStringLiteral("Vitalis"),
                                 std::chrono::milliseconds timeout = std::chrono::seconds(20));
    ~KeychainKeyProvider() override;

    SecretKey loadKey(const std::string& profileId) override;
    SecretKey createKey(const std::string& profileId) override;
    std::string describe() const override;

    // Removes a profile's key (profile deletion, tests). Missing entries are not an error.
    void deleteKey(const std::string& profileId);

private:
    SecretKey loadOnOwner(const std::string& profileId);
    SecretKey createOnOwner(const std::string& profileId);
    void deleteOnOwner(const std::string& profileId);
    // Runs `work` on the owner thread and returns its result or rethrows its exception.
    template <class R> R onOwnerThread(std::function<R()> work, const std::string& profileId);

    QString m_service;
    std::chrono::milliseconds m_timeout;
    std::unique_ptr<QObject> m_owner; // lives on the owner thread; receives the handed-over calls
};

} // namespace vitalis
